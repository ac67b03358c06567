package org.contenthub.web.newsletter;

/**
 * What differs per recipient: the greeting's name, their own unsubscribe link, the address of the
 * newsletter on the hub, in the weekly digest a line on what their contribution yielded that week
 * ({@code note}, null for none), and for a reader who consents to measurement the query that makes
 * their clicks on the newsletter's links count as theirs ({@code linkSuffix}, null for none).
 */
public record Personalisation(
    String name, String unsubscribeUrl, String webUrl, String note, String linkSuffix) {

  public Personalisation(String name, String unsubscribeUrl, String webUrl, String note) {
    this(name, unsubscribeUrl, webUrl, note, null);
  }

  /** A counted link of the newsletter as this reader's mail carries it. */
  public String link(String url) {
    return linkSuffix == null || url == null ? url : url + linkSuffix;
  }
}
