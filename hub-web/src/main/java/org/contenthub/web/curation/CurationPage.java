package org.contenthub.web.curation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The curation form: paste a URL (or arrive from the bookmarklet), let the hub fill in what the
 * page says about itself, add a commentary, save.
 */
@Path("curate")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class CurationPage {

  @Inject CurationService curation;
  @Inject org.contenthub.web.items.ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;
  @Inject HubSettings settings;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String form(@QueryParam("url") String url) {
    CurationInput input = new CurationInput();
    String fetchError = null;
    if (url != null && !url.isBlank()) {
      input.url = url.strip();
      fetchError = fill(input);
    }
    return render(input, List.of(), fetchError);
  }

  /** htmx: the form again, filled in from the page at the URL. */
  @POST
  @Path("preview")
  @Operation(hidden = true)
  public String preview(@FormParam("url") String url) {
    CurationInput input = new CurationInput();
    input.url = url == null ? null : url.strip();
    String fetchError = input.url == null || input.url.isEmpty() ? null : fill(input);
    return pages.render(
        "curationFields",
        "input",
        input,
        "fetchError",
        fetchError,
        "errors",
        List.<FieldError>of(),
        "existingId",
        existingId(input));
  }

  /**
   * htmx: existing tags for the tags field, which holds a comma-separated list: each option is the
   * list so far with the last, half-typed tag completed.
   */
  @GET
  @Path("tags")
  @Operation(hidden = true)
  public String tags(@QueryParam("tags") String typed) {
    String list = typed == null ? "" : typed;
    int comma = list.lastIndexOf(',');
    String done = comma < 0 ? "" : list.substring(0, comma + 1) + " ";
    String last = list.substring(comma + 1).strip();
    List<String> options =
        last.isEmpty() || list.length() > 1000
            ? List.of()
            : items.suggestTags(last, 8).stream().map(tag -> done + tag).toList();
    return pages.render("tagOptions", "options", options);
  }

  @POST
  @Operation(hidden = true)
  public Response save(
      @FormParam("url") String url,
      @FormParam("title") String title,
      @FormParam("summary") String summary,
      @FormParam("imageUrl") String imageUrl,
      @FormParam("commentary") String commentary,
      @FormParam("tags") String tags,
      @FormParam("department") String department,
      @FormParam("visibility") String visibility,
      @FormParam("language") String language) {
    CurationInput input = new CurationInput();
    input.url = Texts.blankToNull(url);
    input.title = Texts.blankToNull(title);
    input.summary = Texts.blankToNull(summary);
    input.imageUrl = Texts.blankToNull(imageUrl);
    input.commentary = Texts.blankToNull(commentary);
    input.tags = FormValidation.commaSeparated(tags);
    input.department = Texts.blankToNull(department);
    input.visibility = Texts.blankToNull(visibility);
    input.language = Texts.blankToNull(language);
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(input, errors, null)).build();
    }
    CurationService.Result result = curation.curate(input, viewer.get());
    String target =
        "/items/" + result.item().getId() + (result.created() ? "" : "?already=1#add-commentary");
    return Response.seeOther(URI.create(target)).build();
  }

  /** Fills the input from the page; answers the reason in words when the page cannot be read. */
  private String fill(CurationInput input) {
    try {
      CurationPreview preview = curation.preview(input.url, viewer.get());
      input.title = preview.title();
      input.summary = preview.summary();
      input.imageUrl = preview.imageUrl();
      input.language = "en".equals(preview.language()) ? "en" : "nl";
      return null;
    } catch (FetchException e) {
      return pageContext.page().t(e.reason().messageKey());
    }
  }

  private Long existingId(CurationInput input) {
    return input.url == null
        ? null
        : curation.existing(input.url, viewer.get()).map(i -> i.getId()).orElse(null);
  }

  private String render(CurationInput input, List<FieldError> errors, String fetchError) {
    String bookmarklet =
        "javascript:location.href='"
            + settings.baseUrl()
            + "/curate?url='+encodeURIComponent(location.href)";
    return pages.render(
        "curate",
        "input",
        input,
        "errors",
        errors,
        "fetchError",
        fetchError,
        "existingId",
        existingId(input),
        "bookmarklet",
        bookmarklet);
  }
}
