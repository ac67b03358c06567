package org.contenthub.web.newsletter;

/**
 * What differs per recipient: the greeting's name, their own unsubscribe link and the address of
 * the newsletter on the hub.
 */
public record Personalisation(String name, String unsubscribeUrl, String webUrl) {}
