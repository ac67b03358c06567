package org.contenthub.web.curation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.contenthub.web.items.Channel;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemInput;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Posts on channels without a usable feed (LinkedIn, X, Instagram, Facebook) entered by hand: the
 * editor pastes the post's address and text, and the hub fills in what the page says about itself
 * (title, image).
 */
@Path("admin/posts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class PostPage {

  private static final List<Channel> HAND_CHANNELS =
      List.of(
          Channel.LINKEDIN,
          Channel.X,
          Channel.INSTAGRAM,
          Channel.FACEBOOK,
          Channel.BLOG,
          Channel.PRESS_RELEASE,
          Channel.VACANCY);

  @Inject CurationService curation;
  @Inject ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String form() {
    ItemInput input = new ItemInput(null, "linkedin", "nl");
    return render(input, List.of(), null);
  }

  /** htmx: the title and image fields filled in from the post's page. */
  @POST
  @Path("preview")
  @Operation(hidden = true)
  public String preview(@FormParam("sourceUrl") String url, @FormParam("body") String body) {
    ItemInput input = new ItemInput(null, "linkedin", "nl");
    input.sourceUrl = url == null ? null : url.strip();
    input.body = body;
    String fetchError = fill(input);
    return pages.render("postFetched", "input", input, "fetchError", fetchError);
  }

  @POST
  @Operation(hidden = true)
  public Response save(
      @FormParam("sourceUrl") String url,
      @FormParam("channel") String channel,
      @FormParam("title") String title,
      @FormParam("body") String body,
      @FormParam("imageUrl") String imageUrl,
      @FormParam("tags") String tags,
      @FormParam("department") String department,
      @FormParam("language") String language) {
    ItemInput input =
        new ItemInput(Texts.blankToNull(title), channel, "en".equals(language) ? "en" : "nl");
    input.sourceUrl = Texts.blankToNull(url);
    input.body = HtmlSanitizer.fromPlainText(body);
    if (input.title == null && body != null && !body.isBlank()) {
      // A post has no title of its own: its first line serves.
      String firstLine = body.strip().lines().findFirst().orElse("");
      input.title = firstLine.length() > 120 ? firstLine.substring(0, 117) + "…" : firstLine;
    }
    input.imageUrl = Texts.blankToNull(imageUrl);
    input.tags = FormValidation.commaSeparated(tags);
    input.department = Texts.blankToNull(department);
    input.type = "publication";
    input.visibility = "public";
    input.shareable = true;
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      input.body = body;
      return Response.status(400).entity(render(input, errors, null)).build();
    }
    Optional<Item> existing =
        input.sourceUrl == null
            ? Optional.empty()
            : curation.existing(input.sourceUrl, viewer.get());
    if (existing.isPresent()) {
      return Response.seeOther(URI.create("/items/" + existing.get().getId() + "?already=1"))
          .build();
    }
    Item item =
        items.create(input, viewer.get(), CurationService.canonical(input.sourceUrl).orElse(null));
    return Response.seeOther(URI.create("/items/" + item.getId())).build();
  }

  private String fill(ItemInput input) {
    if (input.sourceUrl == null || input.sourceUrl.isEmpty()) {
      return null;
    }
    try {
      CurationPreview preview = curation.preview(input.sourceUrl, viewer.get());
      input.title = preview.title();
      input.imageUrl = preview.imageUrl();
      if ((input.body == null || input.body.isBlank()) && preview.summary() != null) {
        input.body = preview.summary();
      }
      return null;
    } catch (FetchException e) {
      return pageContext.page().t(e.reason().messageKey());
    }
  }

  private String render(ItemInput input, List<FieldError> errors, String fetchError) {
    return pages.render(
        "post",
        "input",
        input,
        "errors",
        errors,
        "fetchError",
        fetchError,
        "channels",
        HAND_CHANNELS);
  }
}
