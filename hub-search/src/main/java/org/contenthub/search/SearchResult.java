package org.contenthub.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total all visible hits (exact)
 * @param tookMs time spent in the index
 * @param hits this page
 * @param facets per dimension, values with counts; a dimension with a selection keeps the counts of
 *     its other values (drill sideways)
 * @param didYouMean a corrected query that has visible hits, or null
 * @param nextCursor pass as {@link SearchRequest#after()} for the next page; null on the last page
 */
public record SearchResult(
    long total,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean,
    String nextCursor) {}
