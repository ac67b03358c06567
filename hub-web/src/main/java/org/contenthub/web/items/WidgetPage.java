package org.contenthub.web.items;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /widget}: the latest public items as a small page for an intranet to embed in an iframe.
 * It makes no third-party requests, runs no script, and works under the host's strict
 * Content-Security-Policy; which hosts may frame it is set with {@code hub.frame-ancestors}.
 */
@Path("widget")
@PermitAll
public class WidgetPage {

  @Inject ItemService items;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response widget(@Valid @BeanParam ItemQuery query, @Valid @BeanParam Look look) {
    query.page = 1;
    query.size = look.n;
    // Always the anonymous view: an embedded widget never shows what needs a login.
    var latest = items.list(query.toFilter(), Viewer.ANONYMOUS);
    var cards =
        latest.items().stream()
            .map(i -> ItemCard.of(i, pageContext.messages(), Instant.now(), false))
            .toList();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(120);
    return Response.ok(pages.render("widget", "cards", cards, "theme", look.theme))
        .cacheControl(cache)
        .build();
  }

  /** How the widget looks: how many items, and a theme that suits the host page. */
  public static class Look {
    @QueryParam("n")
    @DefaultValue("5")
    @Min(1)
    @Max(20)
    public int n;

    @QueryParam("theme")
    @DefaultValue("hub")
    @Pattern(regexp = "hub|light|dark|plain", message = "must be hub, light, dark or plain")
    public String theme;
  }
}
