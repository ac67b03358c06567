package org.contenthub.web.items;

import java.time.Instant;
import java.util.List;

/**
 * Something published elsewhere that the hub takes in as an item, e.g. an entry of one of
 * marketing's feeds: who published it where, and a fingerprint that tells whether it changed.
 */
public record ExternalEntry(
    long feedId,
    String guid,
    String fingerprint,
    String link,
    String canonicalUrl,
    String title,
    String summaryText,
    String summaryHtml,
    String imageUrl,
    Instant publishedAt,
    List<String> tags,
    Channel channel,
    String language,
    String department) {

  /** What taking in an entry did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** The same article is on the hub already (curated, or from another feed). */
    DUPLICATE
  }
}
