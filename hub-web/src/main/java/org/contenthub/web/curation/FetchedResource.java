package org.contenthub.web.curation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a fetch brought back.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL that answered, after redirects; relative links in the body are relative
 *     to this one
 * @param status the HTTP status: 2xx, or 304 when a conditional request found nothing new
 * @param mediaType the Content-Type without parameters, lower case; null when the server sent none
 * @param declaredCharset the charset parameter of the Content-Type, or null
 * @param headers the response headers, names in lower case
 * @param body the body (empty for 304); at most the policy's maximum size
 */
public record FetchedResource(
    URI requestedUrl,
    URI finalUrl,
    int status,
    String mediaType,
    String declaredCharset,
    Map<String, List<String>> headers,
    byte[] body) {

  public FetchedResource {
    headers = Map.copyOf(headers);
  }

  /** A conditional request (If-None-Match, If-Modified-Since) found the resource unchanged. */
  public boolean notModified() {
    return status == 304;
  }

  /** The first value of a response header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as HTML text, decoded by header, meta tag or a guess (see {@link TextDecoding}). */
  public String htmlText() {
    return TextDecoding.decodeHtml(body, declaredCharset);
  }
}
