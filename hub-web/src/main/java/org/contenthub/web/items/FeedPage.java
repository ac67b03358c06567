package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.search.SearchService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The home feed and the item page. With htmx, changing a filter asks only for the list ({@code
 * HX-Request}), so the page does not reload.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class FeedPage {

  @Inject ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;
  @Inject SearchService search;

  @GET
  @Operation(hidden = true)
  public String feed(
      @QueryParam("channel") String channel,
      @QueryParam("type") String type,
      @QueryParam("tag") String tag,
      @QueryParam("department") String department,
      @QueryParam("lang") String lang,
      @QueryParam("page") @DefaultValue("1") int page,
      @HeaderParam("HX-Request") String htmx) {
    FeedFilter chosen =
        new FeedFilter(
            parse(channel, Channel.PATTERN) ? Channel.parse(channel) : null,
            parse(type, ItemType.PATTERN) ? ItemType.parse(type) : null,
            tag,
            department,
            "nl".equals(lang) || "en".equals(lang) ? lang : null);
    ItemFilter filter =
        new ItemFilter(
            chosen.channel(),
            chosen.tag(),
            chosen.department(),
            chosen.lang(),
            chosen.type(),
            page,
            12);
    Paged<Item> result = items.list(filter, viewer.get());
    Messages messages = pageContext.messages();
    Instant now = Instant.now();
    Paged<ItemCard> cards =
        new Paged<>(
            result.items().stream().map(i -> ItemCard.of(i, messages, now)).toList(),
            result.page(),
            result.size(),
            result.total());
    String template = htmx != null ? "feedResults" : "feed";
    return pages.render(
        template,
        "cards",
        cards,
        "filter",
        chosen,
        "channels",
        Arrays.asList(Channel.values()),
        "types",
        Arrays.asList(ItemType.values()),
        "departments",
        items.departments());
  }

  @GET
  @Path("items/{id: [0-9]+}")
  @Operation(hidden = true)
  public String item(@PathParam("id") long id) {
    Item item = items.get(id, viewer.get());
    ItemCard card = ItemCard.of(item, pageContext.messages(), Instant.now());
    return pages.render("item", "card", card, "related", search.similar(id, viewer.get(), 4));
  }

  private static boolean parse(String value, String pattern) {
    return value != null && !value.isBlank() && value.strip().matches(pattern);
  }

  /** The filters as the reader chose them, to show them selected and to build page links. */
  public record FeedFilter(
      Channel channel, ItemType type, String tag, String department, String lang) {

    public boolean any() {
      return channel != null || type != null || tag != null || department != null || lang != null;
    }

    /** The query string for another page of the same filtered feed. */
    public String query(int page) {
      StringBuilder q = new StringBuilder("?page=").append(page);
      append(q, "channel", channel == null ? null : channel.name().toLowerCase());
      append(q, "type", type == null ? null : type.name().toLowerCase());
      append(q, "tag", tag);
      append(q, "department", department);
      append(q, "lang", lang);
      return q.toString();
    }

    public boolean is(Channel c) {
      return c == channel;
    }

    public List<String> languages() {
      return List.of("nl", "en");
    }

    private static void append(StringBuilder q, String name, String value) {
      if (value != null && !value.isBlank()) {
        q.append('&')
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }
}
