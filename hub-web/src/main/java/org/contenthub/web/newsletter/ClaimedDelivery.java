package org.contenthub.web.newsletter;

/**
 * A delivery a worker has claimed and now sends; {@code measured}: the reader consented to
 * measurement when the newsletter started, so their links say who clicked.
 */
record ClaimedDelivery(
    long id,
    long newsletterId,
    String email,
    String displayName,
    String language,
    int attempts,
    boolean measured) {}
