package org.contenthub.search;

import java.time.Instant;

/**
 * One hit.
 *
 * @param snippet HTML-safe: the text is escaped and matches are wrapped in {@code <mark>}
 * @param score the ranking score (0 when sorted by date)
 * @param publishedAt null when unknown (people)
 */
public record SearchHit(
    String id,
    String type,
    String title,
    String url,
    String snippet,
    float score,
    Instant publishedAt) {}
