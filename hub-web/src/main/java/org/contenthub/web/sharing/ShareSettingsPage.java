package org.contenthub.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /items/{id}/share-settings}: the editors' form that prepares an item for sharing (the same
 * rules as {@code PUT /api/v1/items/{id}/share-settings}): shareable, audience, and suggested texts
 * per network, one suggestion per paragraph. Saving it the first time for a published item asks the
 * audience to share it.
 */
@Path("items/{id: [0-9]+}/share-settings")
@RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class ShareSettingsPage {

  @Inject SharingService sharing;
  @Inject ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String form(@PathParam("id") long id, @QueryParam("saved") String saved) {
    SharingService.ShareSettings settings = sharing.settings(id, viewer.get());
    Map<String, String> texts = new LinkedHashMap<>();
    settings
        .suggestions()
        .forEach((network, list) -> texts.put(network, String.join("\n\n", list)));
    return page(
        id,
        settings.shareable(),
        settings.audience(),
        String.join(", ", settings.departments()),
        texts,
        settings.requested(),
        saved != null,
        Map.of());
  }

  @POST
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response save(@PathParam("id") long id, Form form) {
    MultivaluedMap<String, String> fields = form.asMap();
    ShareSettingsInput input = new ShareSettingsInput();
    input.shareable = "on".equals(fields.getFirst("shareable"));
    String audience = fields.getFirst("audience");
    input.audience =
        audience != null
                && Arrays.asList(ShareSettingsInput.AUDIENCES.split("\\|")).contains(audience)
            ? audience
            : "everyone";
    String departments = fields.getFirst("departments");
    input.departments = FormValidation.commaSeparated(departments == null ? "" : departments);
    Map<String, String> texts = new LinkedHashMap<>();
    input.suggestions = new LinkedHashMap<>();
    for (Network network : Network.values()) {
      String text = fields.getFirst("suggestions." + network.id());
      if (text != null && !text.isBlank()) {
        texts.put(network.id(), text);
        input.suggestions.put(network.id(), paragraphs(text));
      }
    }
    try {
      sharing.saveSettings(id, input, viewer.get());
      return Response.seeOther(URI.create("/items/" + id + "/share-settings?saved")).build();
    } catch (FieldProblem problem) {
      Map<String, String> errors = new LinkedHashMap<>();
      problem.errors().forEach(e -> errors.put(e.field(), e.message()));
      return Response.status(400)
          .entity(
              page(
                  id,
                  input.shareable,
                  input.audience,
                  departments == null ? "" : departments,
                  texts,
                  sharing.settings(id, viewer.get()).requested(),
                  false,
                  errors))
          .build();
    }
  }

  /** Suggestions are separated by an empty line, so one may span several lines. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private String page(
      long id,
      boolean shareable,
      String audience,
      String departments,
      Map<String, String> texts,
      boolean requested,
      boolean saved,
      Map<String, String> errors) {
    return pages.render(
        "shareSettings",
        "item",
        items.get(id, viewer.get()),
        "shareable",
        shareable,
        "audience",
        audience,
        "departments",
        departments,
        "texts",
        texts,
        "networks",
        Arrays.stream(Network.values()).filter(n -> n != Network.COPY).toList(),
        "requested",
        requested,
        "saved",
        saved,
        "errors",
        errors);
  }
}
