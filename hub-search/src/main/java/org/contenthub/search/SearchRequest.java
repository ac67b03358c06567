package org.contenthub.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search as hub-web asks it.
 *
 * @param q what the person typed; null or blank lists the newest items
 * @param filters facet dimension to selected values ({@code type}, {@code channel}, {@code tag},
 *     {@code department}, {@code language}, {@code year}); values of one dimension are OR-ed,
 *     dimensions AND-ed
 * @param sort relevance or date
 * @param page 1-based page number (for the first pages; deep paging uses {@code after})
 * @param size hits per page, 1..100
 * @param viewer who is searching; everything is filtered for them
 * @param after the {@link SearchResult#nextCursor()} of the previous page, or null; when given,
 *     {@code page} is ignored and the next page is found with searchAfter, as fast deep down as on
 *     page one
 */
public record SearchRequest(
    String q,
    Map<String, List<String>> filters,
    SortOrder sort,
    int page,
    int size,
    Viewer viewer,
    String after) {

  public static final int MAX_SIZE = 100;

  public SearchRequest {
    Objects.requireNonNull(viewer, "viewer");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
    }
    filters = Map.copyOf(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (page < 1) {
      throw new InvalidQueryException(InvalidQueryException.Reason.BAD_PAGE, "page starts at 1");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException(
          InvalidQueryException.Reason.BAD_PAGE, "size must be between 1 and " + MAX_SIZE);
    }
  }

  /** First page of 10 by relevance, no filters. */
  public static SearchRequest of(String q, Viewer viewer) {
    return new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 10, viewer, null);
  }

  public SearchRequest withFilter(String dimension, String... values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(filters);
    copy.put(dimension, List.of(values));
    return new SearchRequest(q, copy, sort, page, size, viewer, after);
  }

  public SearchRequest withSort(SortOrder order) {
    return new SearchRequest(q, filters, order, page, size, viewer, after);
  }

  public SearchRequest withPage(int newPage, int newSize) {
    return new SearchRequest(q, filters, sort, newPage, newSize, viewer, null);
  }

  public SearchRequest withAfter(String cursor) {
    return new SearchRequest(q, filters, sort, page, size, viewer, cursor);
  }
}
