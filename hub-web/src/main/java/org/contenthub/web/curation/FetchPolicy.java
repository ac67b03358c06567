package org.contenthub.web.curation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limits of one kind of fetch. Build it from configuration with {@link #forPages(String)} or
 * {@link #forFeeds(String)} and adjust with the {@code with*} methods.
 *
 * @param allowList host names, domains ({@code *.corp.example}), addresses and CIDR blocks that may
 *     be fetched although they are private; empty by default
 * @param maxBytes the most bytes of body the hub reads (after decompression)
 * @param connectTimeout how long to wait for a connection per address
 * @param readTimeout how long to wait for the next bytes of the answer
 * @param totalTimeout how long a whole fetch may take, redirects included, so that a server
 *     dripping one byte at a time cannot hold a thread
 * @param maxRedirects how many redirects are followed
 * @param allowedContentTypes media types accepted for the body (lower case, without parameters);
 *     empty accepts any
 * @param userAgent the User-Agent header
 */
public record FetchPolicy(
    List<String> allowList,
    long maxBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    Set<String> allowedContentTypes,
    String userAgent) {

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** Web pages for curation: HTML only. */
  public static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  /**
   * Feeds. Many servers label feeds loosely (text/xml, text/plain, even text/html), so the parser
   * decides; a page served instead of a feed then gets a clear "not a feed" message.
   */
  public static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/rdf+xml",
          "application/xml",
          "text/xml",
          "application/x-rss+xml",
          "application/feed+json",
          "text/plain",
          "text/html",
          "application/xhtml+xml",
          "application/octet-stream");

  private static final String USER_AGENT = "Mozilla/5.0 (compatible; ContentHub/1.0)";

  public FetchPolicy {
    allowList = List.copyOf(allowList);
    new AllowList(allowList); // refuses a malformed entry now, at start-up, not at the first fetch
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    allowedContentTypes =
        allowedContentTypes.stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Curation of pasted URLs: HTML, 5 MB, 5 redirects, 5 s to connect, 10 s to read, 20 s in all.
   */
  public static FetchPolicy forPages(String allowedHosts) {
    return new FetchPolicy(
        parseAllowList(allowedHosts),
        DEFAULT_MAX_BYTES,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        DEFAULT_MAX_REDIRECTS,
        HTML_TYPES,
        USER_AGENT);
  }

  /** Polling feeds: as for pages, but 10 MB and the loose feed content types. */
  public static FetchPolicy forFeeds(String allowedHosts) {
    return forPages(allowedHosts)
        .withMaxBytes(10L * 1024 * 1024)
        .withAllowedContentTypes(FEED_TYPES);
  }

  /** Splits the comma-separated configuration value; null or blank gives an empty list. */
  public static List<String> parseAllowList(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split("[,\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public FetchPolicy withAllowList(List<String> entries) {
    return new FetchPolicy(
        entries,
        maxBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        allowedContentTypes,
        userAgent);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(
        allowList,
        bytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        allowedContentTypes,
        userAgent);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration read, Duration total) {
    return new FetchPolicy(
        allowList, maxBytes, connect, read, total, maxRedirects, allowedContentTypes, userAgent);
  }

  public FetchPolicy withMaxRedirects(int redirects) {
    return new FetchPolicy(
        allowList,
        maxBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        redirects,
        allowedContentTypes,
        userAgent);
  }

  public FetchPolicy withAllowedContentTypes(Set<String> types) {
    return new FetchPolicy(
        allowList,
        maxBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        types,
        userAgent);
  }

  public FetchPolicy withUserAgent(String agent) {
    return new FetchPolicy(
        allowList,
        maxBytes,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxRedirects,
        allowedContentTypes,
        agent);
  }

  boolean acceptsContentType(String mediaType) {
    return allowedContentTypes.isEmpty() || allowedContentTypes.contains(mediaType);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
