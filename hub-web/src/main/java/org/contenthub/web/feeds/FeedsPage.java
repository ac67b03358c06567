package org.contenthub.web.feeds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The feeds page for editors: what the hub polls, how that went, and adding a feed. */
@Path("admin/feeds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class FeedsPage {

  @Inject FeedService feeds;
  @Inject PageRenderer pages;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String list() {
    return render(new FeedInput(), List.of());
  }

  @POST
  @Operation(hidden = true)
  public Response add(
      @FormParam("url") String url,
      @FormParam("channel") String channel,
      @FormParam("language") String language,
      @FormParam("tags") String tags,
      @FormParam("department") String department) {
    FeedInput input = new FeedInput();
    input.url = url == null ? null : url.strip();
    input.channel = channel;
    input.language = language;
    input.department = department;
    input.tags = FormValidation.commaSeparated(tags);
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(input, errors)).build();
    }
    try {
      FeedSource feed = feeds.create(input);
      // Poll at once, so the editor sees straight away whether the feed works.
      feeds.pollNow(feed.getId());
    } catch (ClientErrorException refused) {
      return Response.status(refused.getResponse().getStatus())
          .entity(render(input, List.of(new FieldError("url", refused.getMessage()))))
          .build();
    }
    return Response.seeOther(URI.create("/admin/feeds")).build();
  }

  @POST
  @Path("{id: [0-9]+}/poll")
  @Operation(hidden = true)
  public Response poll(@PathParam("id") long id) {
    feeds.pollNow(id);
    return Response.seeOther(URI.create("/admin/feeds")).build();
  }

  @POST
  @Path("{id: [0-9]+}/delete")
  @Operation(hidden = true)
  public Response delete(@PathParam("id") long id) {
    feeds.delete(id);
    return Response.seeOther(URI.create("/admin/feeds")).build();
  }

  private String render(FeedInput input, List<FieldError> errors) {
    return pages.render(
        "feeds",
        "feeds",
        feeds.all().stream().map(FeedView::of).toList(),
        "input",
        input,
        "errors",
        errors,
        "channels",
        Arrays.asList(Channel.values()));
  }
}
