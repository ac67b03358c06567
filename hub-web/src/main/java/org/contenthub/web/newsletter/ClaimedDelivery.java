package org.contenthub.web.newsletter;

/** A delivery a worker has claimed and now sends. */
record ClaimedDelivery(
    long id, long newsletterId, String email, String displayName, String language, int attempts) {}
