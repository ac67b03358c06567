package org.contenthub.web.intake;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.contenthub.web.curation.FetchException;
import org.contenthub.web.curation.FetchPolicy;
import org.contenthub.web.curation.FetchedResource;
import org.contenthub.web.curation.SafeFetcher;
import org.contenthub.web.curation.WebAddress;

/**
 * Downloads one medium the way the WhatsApp Business Cloud API documents it: {@code GET
 * {graph-url}/{media-id}} with the bearer token answers {@code {url, mime_type, sha256, file_size,
 * id}}; {@code GET url} with the same token gives the bytes. Both through {@link SafeFetcher}
 * (addresses checked and pinned, hub.fetch.allowed-hosts), and beyond it: https only unless the
 * host is allow-listed, the media URL only on the configured media hosts (the token goes along, so
 * it must never reach another host), no redirects at all, the size checked on {@code file_size} and
 * while reading, the SHA-256 compared. Plain Java: no container needed.
 */
final class GraphMediaClient {

  /** What came back: the verified bytes and the type the gateway declared. */
  record Media(byte[] content, String declaredType) {}

  /** Why a medium was not fetched; {@code retryable} when trying later may help (5xx, time-out). */
  static final class MediaProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    MediaProblem(String reason, boolean retryable) {
      super(reason);
      this.retryable = retryable;
    }

    boolean retryable() {
      return retryable;
    }
  }

  private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9._-]{1,255}");
  private static final long MAX_METADATA = 64 * 1024;

  private final URI graphUrl;
  private final String token;
  private final Set<String> mediaHosts;
  private final long maxBytes;
  private final SafeFetcher metadata;
  private final SafeFetcher files;

  GraphMediaClient(
      URI graphUrl, String token, Set<String> mediaHosts, long maxBytes, String allowedHosts) {
    this.graphUrl = graphUrl;
    this.token = token;
    this.mediaHosts = Set.copyOf(mediaHosts);
    this.maxBytes = maxBytes;
    // No redirects: a redirect would carry the bearer token (or the fetch) to a host not checked.
    FetchPolicy base =
        FetchPolicy.forPages(allowedHosts).withAllowedContentTypes(Set.of()).withMaxRedirects(0);
    this.metadata = new SafeFetcher(base.withMaxBytes(MAX_METADATA));
    this.files =
        new SafeFetcher(
            base.withMaxBytes(maxBytes)
                .withTimeouts(
                    Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(2)));
  }

  Media fetch(String mediaId) throws MediaProblem {
    if (mediaId == null || !MEDIA_ID.matcher(mediaId).matches()) {
      throw new MediaProblem("the media id is not one the Graph API hands out", false);
    }
    URI metadataUrl = URI.create(graphUrl + "/" + mediaId);
    requireSecure(metadataUrl, metadata);
    JsonObject about = json(get(metadata, metadataUrl, "the media's description"));
    String url = string(about, "url");
    if (url == null || url.isBlank()) {
      throw new MediaProblem("the Graph API gave no media URL", false);
    }
    URI mediaUrl;
    try {
      mediaUrl = WebAddress.parse(url);
    } catch (IllegalArgumentException e) {
      throw new MediaProblem("the Graph API gave an invalid media URL", false);
    }
    String host = mediaUrl.getHost() == null ? "" : mediaUrl.getHost().toLowerCase(Locale.ROOT);
    if (!mediaHosts.contains(host)) {
      throw new MediaProblem(
          "the media URL's host "
              + host
              + " is not allowed (hub.intake.whatsapp.media-hosts: "
              + String.join(", ", mediaHosts)
              + ")",
          false);
    }
    requireSecure(mediaUrl, files);
    Long declaredSize = number(about, "file_size");
    if (declaredSize != null && declaredSize > maxBytes) {
      throw new MediaProblem(
          "the media is too large: " + declaredSize + " bytes, at most " + maxBytes, false);
    }
    byte[] content = get(files, mediaUrl, "the media").body();
    String expected = string(about, "sha256");
    if (expected == null || expected.isBlank()) {
      throw new MediaProblem("the Graph API gave no SHA-256 checksum", false);
    }
    if (!MessageDigest.isEqual(sha256(content), checksum(expected.strip()))) {
      throw new MediaProblem("the SHA-256 checksum does not match the bytes received", false);
    }
    return new Media(content, string(about, "mime_type"));
  }

  /** https, or a host an administrator allows (the tests, an intranet gateway). */
  private static void requireSecure(URI url, SafeFetcher fetcher) throws MediaProblem {
    if (!"https".equalsIgnoreCase(url.getScheme()) && !fetcher.isAllowListed(url)) {
      throw new MediaProblem(
          "only https addresses are fetched (" + url.getScheme() + "://" + url.getHost() + ")",
          false);
    }
  }

  private FetchedResource get(SafeFetcher fetcher, URI url, String what) throws MediaProblem {
    try {
      return fetcher.fetch(url, Map.of("Authorization", "Bearer " + token));
    } catch (FetchException e) {
      throw problem(e, what);
    }
  }

  /** Which failures are worth another try: the network and the server's temporary errors. */
  private static MediaProblem problem(FetchException e, String what) {
    return switch (e.reason()) {
      case TOO_MANY_REDIRECTS, REDIRECT_LOOP ->
          new MediaProblem(what + " redirects elsewhere; redirects are not followed", false);
      case TOO_LARGE -> new MediaProblem(what + " is too large: " + e.getMessage(), false);
      case HTTP_STATUS -> {
        int status = e.httpStatus();
        yield new MediaProblem(
            what + ": " + e.getMessage(), status >= 500 || status == 429 || status == 408);
      }
      case CONNECT_FAILED, TIMEOUT, TLS_FAILED, MALFORMED_RESPONSE, UNKNOWN_HOST ->
          new MediaProblem(what + ": " + e.getMessage(), true);
      default -> new MediaProblem(what + ": " + e.getMessage(), false);
    };
  }

  private static JsonObject json(FetchedResource answer) throws MediaProblem {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new MediaProblem("the Graph API's answer is not a JSON object", false);
    }
  }

  private static String string(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  /** {@code file_size} as a number or a string of digits (both are seen). */
  private static Long number(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonNumber n) {
      return n.longValue();
    }
    if (value instanceof JsonString s && s.getString().strip().matches("[0-9]{1,18}")) {
      return Long.parseLong(s.getString().strip());
    }
    return null;
  }

  /** The checksum as hex (as documented) or base64. */
  private static byte[] checksum(String text) throws MediaProblem {
    try {
      return text.matches("[0-9a-fA-F]{64}")
          ? HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT))
          : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new MediaProblem("the Graph API's SHA-256 checksum is unreadable", false);
    }
  }

  static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
