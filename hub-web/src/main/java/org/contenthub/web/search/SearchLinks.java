package org.contenthub.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search as the results page shows it, and the links to the same search with one thing changed: a
 * facet value chosen or dropped, another sort, another page.
 */
public record SearchLinks(String q, Map<String, String> filters, String sort, int page, int size) {

  static SearchLinks of(SearchQuery query) {
    return new SearchLinks(
        query.q == null ? "" : query.q.strip(),
        query.filters(),
        query.sort == null ? "relevance" : query.sort,
        query.page,
        query.size);
  }

  /** The facet's parameter name for a hub-search dimension. */
  public static String param(String dimension) {
    return "language".equals(dimension) ? "lang" : dimension;
  }

  public boolean isChosen(String dimension, String value) {
    return value.equals(filters.get(param(dimension)));
  }

  public boolean anyFilter() {
    return !filters.isEmpty();
  }

  /** The link that chooses a facet value, or drops it when it is chosen already. */
  public String toggle(String dimension, String value) {
    Map<String, String> next = new LinkedHashMap<>(filters);
    if (value.equals(next.get(param(dimension)))) {
      next.remove(param(dimension));
    } else {
      next.put(param(dimension), value);
    }
    return link(q, next, sort, 1);
  }

  public String withSort(String order) {
    return link(q, filters, order, 1);
  }

  public String withPage(int number) {
    return link(q, filters, sort, number);
  }

  public String withQuery(String other) {
    return link(other, filters, sort, 1);
  }

  public String withoutFilters() {
    return link(q, Map.of(), sort, 1);
  }

  private static String link(String q, Map<String, String> filters, String sort, int page) {
    StringBuilder link = new StringBuilder("/search?q=").append(encode(q));
    filters.forEach(
        (name, value) -> link.append('&').append(name).append('=').append(encode(value)));
    if (!"relevance".equals(sort)) {
      link.append("&sort=").append(sort);
    }
    if (page > 1) {
      link.append("&page=").append(page);
    }
    return link.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
