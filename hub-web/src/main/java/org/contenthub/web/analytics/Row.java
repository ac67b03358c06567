package org.contenthub.web.analytics;

/**
 * One row of a table: what it is about ({@code key}: an item or person id, a department, network or
 * period), a readable label, its figures, and how its earned media value was computed.
 */
public record Row(String key, String label, Figures figures, String valuation) {}
