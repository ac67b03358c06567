package org.contenthub.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.search.Expert;
import org.contenthub.search.FacetValue;
import org.contenthub.search.SearchHit;
import org.contenthub.search.SearchResult;
import org.contenthub.search.Suggestion;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search of curated knowledge: full text, suggestions, similar items, experts. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
@Tag(name = "Search")
public class SearchResource {

  @Inject SearchService search;
  @Inject CurrentViewer viewer;

  @GET
  @Path("search")
  @Operation(
      summary =
          "Full-text search in Dutch and English with facets, snippets and did-you-mean; an empty q lists the newest")
  public Results search(@Valid @BeanParam SearchQuery query) {
    return Results.of(search.search(query, viewer.get()));
  }

  @GET
  @Path("search/suggest")
  @Operation(summary = "Suggestions while typing: titles, tags and people")
  public List<Suggestion> suggest(@QueryParam("q") String q) {
    return search.suggest(q == null || q.length() > 200 ? null : q, viewer.get());
  }

  @GET
  @Path("experts")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "Colleagues ranked by expertise and by how well their items match q")
  public List<Expert> experts(@QueryParam("q") String q) {
    return search.experts(q == null || q.length() > 200 ? "" : q, viewer.get());
  }

  /** The API's answer to a search. */
  public record Results(
      long total,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      String didYouMean) {
    static Results of(SearchResult result) {
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      result
          .facets()
          .forEach((name, values) -> facets.put("language".equals(name) ? "lang" : name, values));
      return new Results(
          result.total(),
          result.tookMs(),
          result.hits().stream().map(Hit::of).toList(),
          facets,
          result.didYouMean());
    }
  }

  /** One hit; {@code snippet} is HTML with matches in {@code <mark>}, everything else escaped. */
  public record Hit(
      String id,
      String type,
      String title,
      String url,
      String snippet,
      float score,
      OffsetDateTime publishedAt) {
    public static Hit of(SearchHit hit) {
      Instant published = hit.publishedAt();
      return new Hit(
          hit.id(),
          hit.type(),
          hit.title(),
          hit.url(),
          hit.snippet(),
          hit.score(),
          published == null ? null : published.atOffset(ZoneOffset.UTC));
    }
  }
}
