package org.contenthub.web.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.contenthub.web.curation.FetchException.Reason;

/**
 * Fetches a URL someone pasted or a feed an editor configured without letting it reach into the
 * company network: only http and https; every host name resolved here and every address checked
 * against {@link AddressRules} and the administrator's allow-list; the connection made to the
 * checked address (see {@link PinnedHttpConnection} for why); redirects followed one by one and
 * checked like the first URL; the body read up to a hard limit; the content type checked before the
 * body is read. Thread-safe; one instance per policy can serve the whole application.
 */
public final class SafeFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchPolicy policy;
  private final AllowList allowList;
  private final HostResolver resolver;
  private final SSLSocketFactory tls;

  /** With the system's DNS resolver and trust store. */
  public SafeFetcher(FetchPolicy policy) {
    this(policy, HostResolver.system(), defaultTls());
  }

  /** With another resolver, e.g. one mapping test host names to 127.0.0.1. */
  public SafeFetcher(FetchPolicy policy, HostResolver resolver) {
    this(policy, resolver, defaultTls());
  }

  /** With another resolver and TLS context, e.g. one trusting a test certificate. */
  public SafeFetcher(FetchPolicy policy, HostResolver resolver, SSLContext tls) {
    this(policy, resolver, tls.getSocketFactory());
  }

  private SafeFetcher(FetchPolicy policy, HostResolver resolver, SSLSocketFactory tls) {
    this.policy = policy;
    this.allowList = new AllowList(policy.allowList());
    this.resolver = resolver;
    this.tls = tls;
  }

  public FetchPolicy policy() {
    return policy;
  }

  /**
   * Whether an administrator allows this URL's host although it is private ({@code
   * hub.fetch.allowed-hosts}). Callers that insist on https (the WhatsApp media) make an exception
   * only for such intranet hosts, with the same rules as the address checks here.
   */
  public boolean isAllowListed(URI uri) {
    String host = WebAddress.hostOf(uri);
    if (host == null || host.isEmpty()) {
      return false;
    }
    var literal = IpLiteral.parse(host);
    return literal.isPresent()
        ? allowList.allowsAddress(literal.get())
        : allowList.allowsHost(host);
  }

  /** Fetches a URL as a person pasted it. */
  public FetchedResource fetch(String url) throws FetchException {
    URI uri;
    try {
      uri = WebAddress.parse(url);
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.INVALID_URL, "This is not a valid web address: " + url, e);
    }
    return fetch(uri, Map.of());
  }

  /**
   * Fetches a URL with extra request headers, e.g. {@code If-None-Match} and {@code
   * If-Modified-Since} for a conditional request; a 304 answer is returned, not thrown.
   */
  public FetchedResource fetch(URI url, Map<String, String> requestHeaders) throws FetchException {
    long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
    URI current = url;
    List<URI> visited = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    while (true) {
      visited.add(current);
      seen.add(loopKey(current));
      List<InetAddress> addresses = checkedAddresses(current);
      try (PinnedHttpConnection answer = connect(current, addresses, requestHeaders, deadline)) {
        int status = answer.status();
        String location = answer.header("location");
        if (REDIRECTS.contains(status) && location != null) {
          URI next = nextHop(current, location);
          if (!seen.add(loopKey(next))) {
            throw new FetchException(
                Reason.REDIRECT_LOOP,
                "The address redirects in a loop: " + describe(visited) + " → " + next);
          }
          if (visited.size() > policy.maxRedirects()) {
            throw new FetchException(
                Reason.TOO_MANY_REDIRECTS,
                "The address redirects more than " + policy.maxRedirects() + " times.");
          }
          current = next;
          continue;
        }
        return answer(url, current, answer);
      } catch (IOException e) {
        throw readFailure(current, e);
      }
    }
  }

  private FetchedResource answer(URI requested, URI current, PinnedHttpConnection answer)
      throws FetchException, IOException {
    int status = answer.status();
    if (status == 304) {
      return new FetchedResource(
          requested, current, status, null, null, answer.headers(), new byte[0]);
    }
    if (status < 200 || status > 299) {
      throw new FetchException(
          Reason.HTTP_STATUS,
          "The server at "
              + current.getHost()
              + " answered "
              + status
              + (answer.reasonPhrase().isBlank() ? "" : " " + answer.reasonPhrase())
              + ".",
          status,
          null);
    }
    String contentType = answer.header("content-type");
    String mediaType = mediaType(contentType);
    if (mediaType != null && !policy.acceptsContentType(mediaType)) {
      throw new FetchException(
          Reason.UNSUPPORTED_CONTENT_TYPE,
          "The address serves " + mediaType + ", not " + expectedKind() + ".");
    }
    String length = answer.header("content-length");
    if (length != null
        && answer.header("content-encoding") == null
        && isLongerThanAllowed(length)) {
      throw tooLarge();
    }
    byte[] body = readCapped(answer.body());
    if (mediaType == null && !policy.allowedContentTypes().isEmpty() && !looksLikeMarkup(body)) {
      throw new FetchException(
          Reason.UNSUPPORTED_CONTENT_TYPE,
          "The address serves something without a content type that is not "
              + expectedKind()
              + ".");
    }
    return new FetchedResource(
        requested,
        current,
        status,
        mediaType,
        TextDecoding.charsetParameter(contentType),
        answer.headers(),
        body);
  }

  /** Resolves the URL's host and refuses it unless every address is public or allowed. */
  private List<InetAddress> checkedAddresses(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          Reason.UNSUPPORTED_SCHEME,
          "Only http and https addresses can be fetched, not "
              + (scheme.isEmpty() ? uri : scheme + ":")
              + ".");
    }
    String host = WebAddress.hostOf(uri);
    if (host == null || host.isEmpty()) {
      throw new FetchException(Reason.INVALID_URL, "The address has no host name: " + uri);
    }
    List<InetAddress> addresses;
    var literal = IpLiteral.parse(host);
    if (literal.isPresent()) {
      addresses = List.of(literal.get());
    } else {
      try {
        addresses = resolver.resolve(host);
      } catch (UnknownHostException e) {
        throw new FetchException(Reason.UNKNOWN_HOST, "The host " + host + " does not exist.", e);
      }
      if (addresses.isEmpty()) {
        throw new FetchException(Reason.UNKNOWN_HOST, "The host " + host + " does not exist.");
      }
    }
    boolean hostAllowed = literal.isEmpty() && allowList.allowsHost(host);
    // One refused address refuses the host: a DNS answer mixing a public and a private address is
    // an attack, not a configuration.
    for (InetAddress address : addresses) {
      if (hostAllowed || allowList.allowsAddress(address)) {
        continue;
      }
      var refusal = AddressRules.whyRefused(address);
      if (refusal.isPresent()) {
        String where =
            literal.isPresent()
                ? address.getHostAddress() + " is " + refusal.get()
                : host + " resolves to " + address.getHostAddress() + ", " + refusal.get();
        throw new FetchException(
            Reason.PRIVATE_ADDRESS,
            where
                + ". The hub fetches such addresses only when an administrator allows the host"
                + " (hub.fetch.allowed-hosts).");
      }
    }
    return addresses;
  }

  private PinnedHttpConnection connect(
      URI uri, List<InetAddress> addresses, Map<String, String> headers, long deadline)
      throws FetchException {
    IOException last = null;
    for (InetAddress address : addresses) {
      try {
        return PinnedHttpConnection.get(uri, address, headers, policy, tls, deadline);
      } catch (PinnedHttpConnection.ConnectFailure e) {
        last = e; // try the host's next address
      } catch (IOException e) {
        throw readFailure(uri, e);
      }
    }
    if (last instanceof PinnedHttpConnection.ConnectFailure failure && failure.timedOut()) {
      throw new FetchException(
          Reason.TIMEOUT,
          uri.getHost()
              + " did not accept a connection within "
              + seconds(policy.connectTimeout().toMillis())
              + ".",
          last);
    }
    throw new FetchException(
        Reason.CONNECT_FAILED,
        "Could not connect to "
            + uri.getHost()
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + (last == null || last.getMessage() == null ? "." : ": " + last.getMessage()),
        last);
  }

  private FetchException readFailure(URI uri, IOException e) {
    if (e instanceof PinnedHttpConnection.DeadlineExceeded) {
      return new FetchException(
          Reason.TIMEOUT,
          "Fetching "
              + uri
              + " took longer than "
              + seconds(policy.totalTimeout().toMillis())
              + ".",
          e);
    }
    if (e instanceof SocketTimeoutException) {
      return new FetchException(
          Reason.TIMEOUT,
          "The server at "
              + uri.getHost()
              + " did not answer within "
              + seconds(policy.readTimeout().toMillis())
              + ".",
          e);
    }
    if (e instanceof SSLException) {
      return new FetchException(
          Reason.TLS_FAILED,
          "The secure connection to " + uri.getHost() + " failed: " + e.getMessage(),
          e);
    }
    if (e instanceof ZipException) {
      return new FetchException(
          Reason.MALFORMED_RESPONSE,
          "The server at " + uri.getHost() + " sent a damaged compressed answer.",
          e);
    }
    return new FetchException(
        Reason.MALFORMED_RESPONSE,
        "The answer from " + uri.getHost() + " could not be read: " + e.getMessage(),
        e);
  }

  private URI nextHop(URI current, String location) throws FetchException {
    try {
      return WebAddress.resolve(current, location);
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          Reason.MALFORMED_RESPONSE,
          "The server at " + current.getHost() + " redirects to an invalid address: " + location,
          e);
    }
  }

  private byte[] readCapped(InputStream body) throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = body.read(buffer)) >= 0) {
      total += n;
      if (total > policy.maxBytes()) {
        throw tooLarge(); // the connection is closed by the caller without reading further
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private boolean isLongerThanAllowed(String contentLength) {
    try {
      return Long.parseLong(contentLength.strip()) > policy.maxBytes();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private FetchException tooLarge() {
    return new FetchException(
        Reason.TOO_LARGE,
        "The answer is larger than "
            + megabytes(policy.maxBytes())
            + "; the hub stopped reading it.");
  }

  private String expectedKind() {
    return policy.allowedContentTypes().equals(FetchPolicy.HTML_TYPES)
        ? "a web page"
        : "one of " + String.join(", ", new java.util.TreeSet<>(policy.allowedContentTypes()));
  }

  private static boolean looksLikeMarkup(byte[] body) {
    for (byte b : body) {
      if (b == '<') {
        return true;
      }
      if (!Character.isWhitespace(b)
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return false;
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
  }

  private static String loopKey(URI uri) {
    // The fragment never reaches the server, so it cannot break a loop.
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  private static String describe(List<URI> visited) {
    return String.join(" → ", visited.stream().map(URI::toString).toList());
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MB"
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static SSLSocketFactory defaultTls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No TLS available", e);
    }
  }
}
