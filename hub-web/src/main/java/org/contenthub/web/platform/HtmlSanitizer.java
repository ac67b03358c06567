package org.contenthub.web.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Anything a person wrote as rich text passes through here before it is stored: formatting, lists,
 * quotes, tables, links and images survive; scripts, event handlers, styles and {@code javascript:}
 * URLs do not. Links to other sites open without access to the hub's window.
 */
public final class HtmlSanitizer {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .allowUrlProtocols("http", "https", "mailto")
                  .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                  .allowElements("img")
                  .allowAttributes("src", "alt", "title", "width", "height")
                  .onElements("img")
                  .allowElements("figure", "figcaption", "hr", "br", "pre", "code")
                  .toFactory());

  private HtmlSanitizer() {}

  /** Safe HTML, or null for null. */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html).strip();
  }

  /** Plain text someone typed or pasted, as HTML: escaped, blank lines become paragraphs. */
  public static String fromPlainText(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      String escaped =
          paragraph
              .strip()
              .replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\"", "&quot;")
              .replaceAll("\\R", "<br>");
      html.append("<p>").append(escaped).append("</p>");
    }
    return html.toString();
  }

  /** The text without any markup, e.g. for excerpts and plain-text mails. */
  public static String toText(String html) {
    if (html == null) {
      return "";
    }
    return org.jsoup.Jsoup.parse(html).text();
  }
}
