package org.contenthub.web.people;

/**
 * A person deleted their measurement data; observed synchronously, inside the transaction that
 * deletes it, by features keeping figures of their own about people (so it is all or nothing).
 */
public record MeasurementErased(long accountId) {}
