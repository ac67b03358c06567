package org.contenthub.web.feeds;

import java.util.LinkedHashMap;
import java.util.Map;
import org.contenthub.web.curation.FetchedResource;

/**
 * What the hub remembers of a feed between two polls so that it can ask "anything new?" instead of
 * downloading the whole feed every time (conditional GET). Store both values with the feed.
 *
 * @param etag the last {@code ETag} the server sent, or null
 * @param lastModified the last {@code Last-Modified} the server sent, verbatim, or null
 */
public record FeedState(String etag, String lastModified) {

  /** A feed never fetched. */
  public static final FeedState NONE = new FeedState(null, null);

  /** {@code If-None-Match} and {@code If-Modified-Since} for the next request. */
  public Map<String, String> conditionalHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (etag != null && !etag.isBlank()) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      headers.put("If-Modified-Since", lastModified);
    }
    return headers;
  }

  /**
   * The state after an answer. A 304 often carries no validators, so the old ones stay; a full
   * answer replaces them, also with nothing when the server stopped sending them.
   */
  FeedState after(FetchedResource answer) {
    String newEtag = answer.header("etag").orElse(null);
    String newLastModified = answer.header("last-modified").orElse(null);
    if (answer.notModified()) {
      return new FeedState(
          newEtag != null ? newEtag : etag,
          newLastModified != null ? newLastModified : lastModified);
    }
    return new FeedState(newEtag, newLastModified);
  }
}
