package org.contenthub.web.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.web.feeds.FeedException.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 from bytes with Rome, after {@link FeedText} has
 * repaired the usual damage, and maps each entry with {@link FeedEntries}. Thread-safe.
 */
public final class FeedParser {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_ENTRIES = 500;

  private static final Pattern ROOT_XML_BASE =
      Pattern.compile("<feed\\b[^>]*?\\sxml:base\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);

  private final long maxBytes;
  private final int maxEntries;

  /** 10 MB and 500 entries at most. */
  public FeedParser() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);
  }

  public FeedParser(long maxBytes, int maxEntries) {
    if (maxBytes <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("Limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  /**
   * Parses a feed.
   *
   * @param body the bytes as served
   * @param headerCharset the charset of the Content-Type header, or null
   * @param feedUrl where the feed came from (after redirects); relative links are resolved against
   *     it
   */
  public ParsedFeed parse(byte[] body, String headerCharset, URI feedUrl) throws FeedException {
    Objects.requireNonNull(feedUrl, "feedUrl");
    if (body.length > maxBytes) {
      throw new FeedException(
          Reason.TOO_LARGE, "The feed is larger than " + maxBytes / (1024 * 1024) + " MB.");
    }
    String text = FeedText.prepare(body, headerCharset);
    if (text.isBlank()) {
      throw new FeedException(Reason.NOT_A_FEED, "The address answered with an empty document.");
    }
    if (text.stripLeading().startsWith("{")) {
      throw new FeedException(
          Reason.NOT_A_FEED,
          "The address serves JSON (perhaps a JSON Feed); the hub reads RSS and Atom.");
    }
    if (FeedText.looksLikeHtml(text)) {
      throw notAFeedButAPage(text, feedUrl);
    }
    SyndFeed feed = build(text);
    boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
    URI base = atom ? xmlBase(text, feedUrl) : feedUrl;
    List<String> warnings = new ArrayList<>();
    List<FeedEntry> entries = new ArrayList<>();
    Set<String> guids = new HashSet<>();
    int duplicates = 0;
    for (SyndEntry syndEntry : feed.getEntries()) {
      FeedEntry entry = FeedEntries.of(syndEntry, base, atom);
      if (!guids.add(entry.guid())) {
        duplicates++;
        continue;
      }
      if (entries.size() == maxEntries) {
        warnings.add(
            "The feed has more than "
                + maxEntries
                + " entries; only the first "
                + maxEntries
                + " were read.");
        break;
      }
      entries.add(entry);
    }
    if (duplicates > 0) {
      warnings.add(
          duplicates
              + (duplicates == 1 ? " entry repeats" : " entries repeat")
              + " an earlier guid; the first was kept.");
    }
    return new ParsedFeed(
        feed.getFeedType(),
        FeedEntries.plainText(feed.getTitle()),
        FeedEntries.webUrl(feedUrl, feed.getLink()),
        feed.getLanguage() == null
            ? null
            : FeedEntries.collapse(feed.getLanguage()).replace('_', '-'),
        entries,
        warnings);
  }

  private static SyndFeed build(String text) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setXmlHealerOn(true); // HTML entities such as &nbsp; and &eacute; become characters
    input.setAllowDoctypes(false);
    try {
      return input.build(new StringReader(text));
    } catch (ParsingFeedException e) {
      String where =
          e.getLineNumber() > 0
              ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")"
              : "";
      throw new FeedException(
          Reason.MALFORMED, "The feed is not well-formed XML" + where + ": " + rootMessage(e), e);
    } catch (IllegalArgumentException e) {
      throw new FeedException(
          Reason.NOT_A_FEED, "The document is XML, but neither RSS nor Atom.", e);
    } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
      throw new FeedException(Reason.MALFORMED, "The feed could not be read: " + rootMessage(e), e);
    }
  }

  /** The {@code xml:base} of an Atom feed's root element, resolved against its address. */
  private static URI xmlBase(String text, URI feedUrl) {
    Matcher m = ROOT_XML_BASE.matcher(text);
    if (m.find()) {
      String base =
          FeedEntries.webUrl(feedUrl, org.jsoup.parser.Parser.unescapeEntities(m.group(2), true));
      if (base != null) {
        return URI.create(base);
      }
    }
    return feedUrl;
  }

  private static FeedException notAFeedButAPage(String html, URI feedUrl) {
    List<String> feeds = new ArrayList<>();
    for (Element link :
        Jsoup.parse(html, feedUrl.toString())
            .select("link[rel~=(?i)alternate][type~=(?i)application/(rss|atom)\\+xml][href]")) {
      String url = FeedEntries.webUrl(feedUrl, link.attr("href"));
      if (url != null) {
        feeds.add(url);
      }
    }
    String hint = feeds.isEmpty() ? "" : " The page names its feed: " + String.join(", ", feeds);
    return new FeedException(
        Reason.NOT_A_FEED, "The address serves a web page, not a feed." + hint);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.toLowerCase(Locale.ROOT).startsWith("invalid xml: ")
        ? message.substring(13)
        : message;
  }
}
