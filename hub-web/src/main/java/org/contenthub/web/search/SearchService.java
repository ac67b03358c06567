package org.contenthub.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.search.Expert;
import org.contenthub.search.SearchHit;
import org.contenthub.search.SearchRequest;
import org.contenthub.search.SearchResult;
import org.contenthub.search.SortOrder;
import org.contenthub.search.Suggestion;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.security.Viewer;

/**
 * Searching the hub's knowledge for one reader: every call goes through hub-search with the
 * reader's access filter, so hits, counts, suggestions and corrections only ever come from what
 * they may see.
 */
@ApplicationScoped
public class SearchService {

  /** The facet dimensions a reader can filter on, by their API parameter names. */
  public static final Map<String, String> FILTERS =
      Map.of(
          "type", "type",
          "channel", "channel",
          "tag", "tag",
          "department", "department",
          "lang", "language",
          "year", "year");

  @Inject HubSearch search;
  @Inject ItemService items;

  public SearchResult search(SearchQuery query, Viewer viewer) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    query.filters().forEach((param, value) -> filters.put(FILTERS.get(param), List.of(value)));
    SearchRequest request =
        new SearchRequest(
            query.q(),
            filters,
            "date".equals(query.sort()) ? SortOrder.DATE : SortOrder.RELEVANCE,
            query.page(),
            query.size(),
            SearchDocuments.viewer(viewer),
            null);
    return search.index().search(request);
  }

  public List<Suggestion> suggest(String typed, Viewer viewer) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return search.index().suggest(typed, SearchDocuments.viewer(viewer), 8);
  }

  /** Items like this one; 404 when the reader may not see the item itself. */
  public List<SearchHit> similar(long itemId, Viewer viewer, int limit) {
    items.get(itemId, viewer);
    return search
        .index()
        .similar(SearchDocuments.key(itemId), SearchDocuments.viewer(viewer), limit);
  }

  public List<Expert> experts(String q, Viewer viewer) {
    return search.index().experts(q, SearchDocuments.viewer(viewer), 20);
  }
}
