package org.contenthub.web.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of a search, shared by {@code GET /api/v1/search} and the results page. A
 * class with annotated fields because Payara's OpenAPI generator fails on constraints placed on
 * resource method parameters.
 */
public class SearchQuery {

  public static final int MAX_QUERY_LENGTH = 1000;

  @QueryParam("q")
  @Size(max = MAX_QUERY_LENGTH, message = "must be at most 1000 characters: shorten the search")
  public String q;

  @QueryParam("type")
  @Size(max = 64)
  public String type;

  @QueryParam("channel")
  @Size(max = 64)
  public String channel;

  @QueryParam("tag")
  @Size(max = 64)
  public String tag;

  @QueryParam("department")
  @Size(max = 100)
  public String department;

  @QueryParam("lang")
  @Size(max = 8)
  public String lang;

  @QueryParam("year")
  @Pattern(regexp = "\\d{4}", message = "must be a year such as 2026")
  public String year;

  @QueryParam("sort")
  @Pattern(regexp = "relevance|date", message = "must be relevance or date")
  public String sort;

  @QueryParam("page")
  @DefaultValue("1")
  @Min(1)
  @Max(500)
  public int page;

  @QueryParam("size")
  @DefaultValue("10")
  @Min(1)
  @Max(100)
  public int size;

  public String q() {
    return q;
  }

  public String sort() {
    return sort;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  /** The chosen facet values by parameter name, blanks left out. */
  public Map<String, String> filters() {
    Map<String, String> chosen = new LinkedHashMap<>();
    put(chosen, "type", type);
    put(chosen, "channel", channel);
    put(chosen, "tag", tag);
    put(chosen, "department", department);
    put(chosen, "lang", lang);
    put(chosen, "year", year);
    return chosen;
  }

  private static void put(Map<String, String> chosen, String name, String value) {
    if (value != null && !value.isBlank()) {
      chosen.put(name, value.strip());
    }
  }
}
