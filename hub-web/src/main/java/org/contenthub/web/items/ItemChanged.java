package org.contenthub.web.items;

/**
 * Fired inside the transaction that created, changed or deleted an item, so that what follows from
 * the change (the search index, later notifications) is recorded in that same transaction.
 */
public record ItemChanged(long itemId) {}
