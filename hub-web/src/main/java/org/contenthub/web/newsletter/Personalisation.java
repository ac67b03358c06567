package org.contenthub.web.newsletter;

/**
 * What differs per recipient: the greeting's name, their own unsubscribe link, the address of the
 * newsletter on the hub, and in the weekly digest a line on what their contribution yielded that
 * week ({@code note}, null for none).
 */
public record Personalisation(String name, String unsubscribeUrl, String webUrl, String note) {}
