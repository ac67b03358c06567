package org.contenthub.web.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.web.curation.TextDecoding;

/**
 * Feed bytes made into XML text the parser accepts, repairing what feed software commonly gets
 * wrong: a wrong or missing encoding declaration (see {@link TextDecoding}), a byte-order mark,
 * blank lines or a script's warning before the XML declaration, control characters XML forbids,
 * bare ampersands ("Kaas & Co"), and a DOCTYPE (RSS 0.91 declares one; the parser refuses DOCTYPEs
 * so that no document can define entities, the door to XXE and "billion laughs").
 */
final class FeedText {

  private static final Pattern DOCTYPE =
      Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORBIDDEN_CONTROLS =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?!(#\\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)");
  private static final Pattern FEED_START = Pattern.compile("<\\?xml\\b|<(rss|feed|rdf:RDF)\\b");
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);

  private FeedText() {}

  static String prepare(byte[] bytes, String headerCharset) {
    String text = TextDecoding.decodeXml(bytes, headerCharset);
    int start = text.indexOf('<');
    if (start < 0 || text.stripLeading().startsWith("{")) {
      return text.strip(); // not XML at all; the parser says so
    }
    // Whatever precedes the XML declaration or the feed's root (blank lines, a PHP warning with
    // its own markup) is not part of the feed.
    Matcher root = FEED_START.matcher(text);
    text = text.substring(root.find() ? root.start() : start);
    text = FORBIDDEN_CONTROLS.matcher(text).replaceAll("");
    text = DOCTYPE.matcher(text).replaceFirst("");
    return escapeBareAmpersands(text);
  }

  /** Outside CDATA sections only: inside them an ampersand is already just a character. */
  private static String escapeBareAmpersands(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    Matcher cdata = CDATA.matcher(text);
    int last = 0;
    while (cdata.find()) {
      out.append(BARE_AMPERSAND.matcher(text.substring(last, cdata.start())).replaceAll("&amp;"));
      out.append(cdata.group());
      last = cdata.end();
    }
    out.append(BARE_AMPERSAND.matcher(text.substring(last)).replaceAll("&amp;"));
    return out.toString();
  }

  /** True for a web page rather than a feed. */
  static boolean looksLikeHtml(String text) {
    String head =
        text.substring(0, Math.min(text.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
    boolean feedRoot = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    return !feedRoot && (head.contains("<html") || head.startsWith("<!doctype html"));
  }
}
