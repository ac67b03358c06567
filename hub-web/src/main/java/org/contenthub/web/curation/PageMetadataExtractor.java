package org.contenthub.web.curation;

import java.net.URI;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Proposes title, description, image, site name, language and canonical address for a page from
 * what publishers put there for social networks and search engines: Open Graph first (nearly every
 * news site and blog writes it, for Facebook and LinkedIn), then Twitter cards, then schema.org
 * JSON-LD, then plain HTML ({@code <title>}, {@code <meta name=description>}). Stateless and
 * thread-safe.
 */
public final class PageMetadataExtractor {

  private static final int MAX_SITE_NAME = 200;
  private static final int MAX_URL = 2048;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);");

  /** Metadata of a fetched page: decoded by its charset, relative to its final address. */
  public PageMetadata extract(FetchedResource page) {
    return extract(page.htmlText(), page.finalUrl(), page.header("content-language").orElse(null));
  }

  /** Metadata of HTML text found at {@code pageUrl}. */
  public PageMetadata extract(String html, URI pageUrl) {
    return extract(html, pageUrl, null);
  }

  /**
   * Metadata of HTML text found at {@code pageUrl}, with the Content-Language response header as a
   * last hint for the language.
   */
  public PageMetadata extract(String html, URI pageUrl, String contentLanguageHeader) {
    Document doc = Jsoup.parse(html, pageUrl.toString());
    URI base = baseOf(doc, pageUrl);
    Map<String, String> meta = metaTags(doc);
    JsonLdSummary ld = JsonLdSummary.of(doc);

    String title =
        firstText(
            PageMetadata.MAX_TITLE,
            meta.get("og:title"),
            meta.get("twitter:title"),
            ld.headline(),
            doc.title());
    String description =
        firstText(
            PageMetadata.MAX_DESCRIPTION,
            meta.get("og:description"),
            meta.get("twitter:description"),
            ld.description(),
            meta.get("description"));
    String image =
        firstWebUrl(
            base,
            Stream.concat(
                    Stream.of(
                        meta.get("og:image:secure_url"),
                        meta.get("og:image"),
                        meta.get("og:image:url"),
                        meta.get("twitter:image"),
                        meta.get("twitter:image:src")),
                    Stream.concat(
                        ld.images().stream(),
                        Stream.of(attr(doc, "link[rel~=(?i)^image_src$]", "href"))))
                .toList());
    String siteName =
        firstText(
            MAX_SITE_NAME,
            meta.get("og:site_name"),
            ld.publisherName(),
            meta.get("application-name"),
            hostName(pageUrl));
    String language =
        Stream.of(
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta.get("og:locale"),
                meta.get("http-equiv:content-language"),
                contentLanguageHeader,
                ld.language())
            .map(PageMetadataExtractor::languageTag)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    // rel=canonical before og:url: search engines honour it, and CMSs often fill og:url with
    // the home page or the address including its tracking parameters.
    String canonical =
        firstWebUrl(
            base,
            List.of(
                nullToEmpty(attr(doc, "link[rel~=(?i)^canonical$]", "href")),
                nullToEmpty(meta.get("og:url")),
                nullToEmpty(ld.url()),
                pageUrl.toString()));
    return new PageMetadata(title, description, image, siteName, language, canonical);
  }

  /** Property and name meta tags, the first of each, keys in lower case. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> tags = new HashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = meta.attr("content");
      if (content.isBlank()) {
        continue;
      }
      for (String key : List.of(meta.attr("property"), meta.attr("name"))) {
        if (!key.isBlank()) {
          tags.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
        }
      }
      if (!meta.attr("http-equiv").isBlank()) {
        tags.putIfAbsent(
            "http-equiv:" + meta.attr("http-equiv").strip().toLowerCase(Locale.ROOT), content);
      }
    }
    return tags;
  }

  private static URI baseOf(Document doc, URI pageUrl) {
    Element baseTag = doc.selectFirst("base[href]");
    if (baseTag != null) {
      try {
        URI base = WebAddress.resolve(pageUrl, baseTag.attr("href"));
        if (WebAddress.isWeb(base)) {
          return base;
        }
      } catch (IllegalArgumentException ignored) {
        // a broken <base> is ignored, as browsers do
      }
    }
    return pageUrl;
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    return element == null ? null : element.attr(attribute);
  }

  private static String firstText(int max, String... candidates) {
    for (String candidate : candidates) {
      String text = cleanText(candidate, max);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static String firstWebUrl(URI base, List<String> candidates) {
    for (String candidate : candidates) {
      if (candidate == null || candidate.isBlank() || candidate.strip().length() > MAX_URL) {
        continue;
      }
      try {
        URI uri = WebAddress.resolve(base, Parser.unescapeEntities(candidate.strip(), true));
        if (WebAddress.isWeb(uri)) {
          return uri.toString();
        }
      } catch (IllegalArgumentException ignored) {
        // the next candidate may be usable
      }
    }
    return null;
  }

  /**
   * Plain text: tags removed, entities decoded (twice-encoded ones too, a frequent CMS bug), white
   * space collapsed, and cut at a word boundary when too long.
   */
  static String cleanText(String value, int max) {
    if (value == null) {
      return null;
    }
    String text = value;
    if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
      text = Jsoup.parse(text).text();
    }
    for (int i = 0; i < 2 && ENTITY.matcher(text).find(); i++) {
      text = Parser.unescapeEntities(text, false);
    }
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > max) {
      int cut = text.lastIndexOf(' ', max - 1);
      if (cut < max / 2) {
        cut = max - 1;
      }
      text = text.substring(0, cut).stripTrailing() + "…";
    }
    return text;
  }

  /** {@code nl_NL}, {@code NL}, {@code en-us} and {@code nl-NL, en} become BCP 47 tags. */
  static String languageTag(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String first = value.split("[,;]")[0].strip().replace('_', '-');
    try {
      Locale locale = new Locale.Builder().setLanguageTag(first).build();
      String tag = locale.toLanguageTag();
      return tag.equals("und") || locale.getLanguage().isEmpty() ? null : tag;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static String hostName(URI pageUrl) {
    String host = WebAddress.hostOf(pageUrl);
    if (host == null || IpLiteral.parse(host).isPresent()) {
      return null;
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
