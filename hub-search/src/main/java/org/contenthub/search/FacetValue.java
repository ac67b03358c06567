package org.contenthub.search;

/** A facet value and how many visible hits carry it. */
public record FacetValue(String value, long count) {}
