package org.contenthub.web.intake;

/**
 * A chat message's media is waiting to be fetched; fired in the transaction that recorded it and
 * acted on by {@link MediaFetcher} only after it committed.
 */
public record MediaQueued(long messageId) {}
