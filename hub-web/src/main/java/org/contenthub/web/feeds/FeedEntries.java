package org.contenthub.web.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.web.curation.UrlCanonicalizer;
import org.contenthub.web.curation.WebAddress;
import org.contenthub.web.platform.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns Rome's view of an entry into a {@link FeedEntry}. */
final class FeedEntries {

  private static final int TITLE_FROM_TEXT = 140;
  private static final int MAX_SUMMARY_HTML = 100_000;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");
  private static final Pattern RSS_AUTHOR = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  private FeedEntries() {}

  /**
   * @param documentBase the feed's address, or its {@code xml:base}
   * @param contentRelativeToDocument true for Atom, where relative references in content are
   *     relative to the document ({@code xml:base}); RSS has no such rule, and its relative
   *     references are in practice relative to the entry's page
   */
  static FeedEntry of(SyndEntry entry, URI documentBase, boolean contentRelativeToDocument) {
    String pageUrl = pageUrl(entry, documentBase);
    String canonicalLink = canonical(pageUrl);
    URI entryBase =
        contentRelativeToDocument || pageUrl == null ? documentBase : URI.create(pageUrl);

    SyndContent description = entry.getDescription();
    SyndContent content = entry.getContents().isEmpty() ? null : entry.getContents().get(0);
    SyndContent summarySource =
        hasText(description) ? description : hasText(content) ? content : null;
    String summaryHtml = summarySource == null ? null : sanitised(summarySource, entryBase);
    String summaryText = summaryHtml == null ? null : blankToNull(plainText(summaryHtml));

    String title = blankToNull(plainText(entry.getTitle()));
    if (title == null && summaryText != null) {
      title = abbreviate(summaryText, TITLE_FROM_TEXT);
    }
    String guid = blankToNull(collapse(entry.getUri()));
    if (guid == null) {
      guid =
          canonicalLink != null
              ? canonicalLink
              : "sha256:" + sha256(nullSafe(title) + "\n" + nullSafe(summaryText));
    }
    List<String> htmlBodies = new ArrayList<>();
    htmlBodies.add(content == null ? null : content.getValue());
    htmlBodies.add(description == null ? null : description.getValue());
    return new FeedEntry(
        guid,
        pageUrl,
        canonicalLink,
        title,
        summaryHtml,
        summaryText,
        EntryImages.find(entry, entryBase, htmlBodies),
        instant(entry.getPublishedDate()),
        instant(entry.getUpdatedDate()),
        author(entry),
        categories(entry));
  }

  /** An absolute, canonical http(s) URL, or null for anything else. */
  static String webUrl(URI base, String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    try {
      URI uri = WebAddress.resolve(base, reference.strip());
      return WebAddress.isWeb(uri) ? uri.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String plainText(String maybeHtml) {
    if (maybeHtml == null) {
      return null;
    }
    // Jsoup both strips tags and decodes entities, including the twice-escaped "&amp;eacute;"
    // that survives XML parsing as "&eacute;".
    return collapse(Jsoup.parse(maybeHtml).text());
  }

  /** The entry's page as the feed gives it, made absolute. */
  private static String pageUrl(SyndEntry entry, URI base) {
    List<String> candidates = new ArrayList<>();
    candidates.add(entry.getLink());
    for (SyndLink link : entry.getLinks()) {
      if (link.getRel() == null || "alternate".equals(link.getRel())) {
        candidates.add(link.getHref());
      }
    }
    for (String candidate : candidates) {
      String url = webUrl(base, candidate);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  private static String canonical(String url) {
    if (url == null) {
      return null;
    }
    try {
      return UrlCanonicalizer.canonicalize(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String sanitised(SyndContent content, URI base) {
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    String html;
    if (type.equals("text") || type.equals("text/plain")) {
      html = org.jsoup.nodes.Entities.escape(value).replace("\n", "<br>");
    } else {
      html = value;
    }
    if (html.length() > MAX_SUMMARY_HTML) {
      html = html.substring(0, MAX_SUMMARY_HTML);
    }
    // Relative links and images in a feed are relative to the entry; made absolute before
    // sanitising, because on the hub they would point at the hub.
    Document doc = Jsoup.parseBodyFragment(html, base.toString());
    for (Element a : doc.select("a[href]")) {
      a.attr("href", a.absUrl("href"));
    }
    for (Element img : doc.select("img[src]")) {
      img.attr("src", img.absUrl("src"));
    }
    return blankToNull(HtmlSanitizer.sanitize(doc.body().html()));
  }

  private static String author(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      String name = blankToNull(plainText(person.getName()));
      if (name == null) {
        name = blankToNull(collapse(person.getEmail()));
      }
      if (name != null) {
        names.add(name);
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null) {
      String author = blankToNull(plainText(entry.getAuthor()));
      if (author != null) {
        Matcher m = RSS_AUTHOR.matcher(author);
        names.add(m.matches() ? m.group(1).strip() : author); // "jan@x.nl (Jan de Vries)"
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static List<String> categories(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      names.add(category.getName());
    }
    // RSS 1.0 feeds tag with dc:subject, which Rome keeps in the Dublin Core module.
    if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
      for (DCSubject subject : dc.getSubjects()) {
        names.add(subject.getValue());
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> result = new ArrayList<>();
    for (String raw : names) {
      String name = blankToNull(plainText(raw));
      if (name != null && seen.add(name.toLowerCase(Locale.ROOT))) {
        result.add(name);
      }
    }
    return result;
  }

  private static boolean hasText(SyndContent content) {
    return content != null && content.getValue() != null && !content.getValue().isBlank();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  static String collapse(String text) {
    return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private static String abbreviate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut < max / 2 ? max - 1 : cut).stripTrailing() + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String nullSafe(String s) {
    return s == null ? "" : s;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
