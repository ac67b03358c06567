package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  @Inject ItemReads reads;
  @Inject ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;
  @Inject SearchService search;
  @Inject FavouriteService favourites;
  @Inject org.contenthub.web.attachments.AttachmentService attachments;
  @Inject org.contenthub.web.sharing.SharingService sharing;

  @GET
  @Operation(hidden = true)
  public String feed(
      @QueryParam("channel") String channel,
      @QueryParam("type") String type,
      @QueryParam("tag") String tag,
      @QueryParam("department") String department,
      @QueryParam("lang") String lang,
      @QueryParam("sort") String sort,
      @QueryParam("page") @DefaultValue("1") int page,
      @HeaderParam("HX-Request") String htmx) {
    FeedFilter chosen =
        new FeedFilter(
            parse(channel, Channel.PATTERN) ? Channel.parse(channel) : null,
            parse(type, ItemType.PATTERN) ? ItemType.parse(type) : null,
            tag,
            department,
            "nl".equals(lang) || "en".equals(lang) ? lang : null,
            ItemFilter.Order.parse(sort));
    ItemFilter filter =
        new ItemFilter(
            chosen.channel(),
            chosen.tag(),
            chosen.department(),
            chosen.lang(),
            chosen.type(),
            page,
            12,
            chosen.order());
    Paged<Item> result = items.list(filter, viewer.get());
    Paged<ItemCard> cards = cards(result);
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
  public String item(@PathParam("id") long id, @QueryParam("already") String already) {
    Item item = items.get(id, viewer.get());
    reads.read(item, viewer.get());
    boolean marked = favourites.marked(viewer.get(), List.of(id)).contains(id);
    ItemCard card = ItemCard.of(item, pageContext.messages(), Instant.now(), marked);
    List<CommentaryCard> commentaries =
        items.commentaries(id).stream()
            .map(c -> CommentaryCard.of(c, pageContext.messages()))
            .toList();
    return pages.render(
        "item",
        "card",
        card,
        "related",
        search.similar(id, viewer.get(), 4),
        "commentaries",
        commentaries,
        "already",
        already != null,
        "attachments",
        attachments.ofItem(id, viewer.get()),
        "sharing",
        sharing.settings(id, viewer.get()));
  }

  @GET
  @Path("favourites")
  @Operation(hidden = true)
  public String favourites(@QueryParam("page") @DefaultValue("1") int page) {
    Paged<Item> mine = favourites.of(viewer.get(), Math.max(page, 1), 12);
    return pages.render("favourites", "cards", cards(mine));
  }

  /**
   * The heart button. With htmx only the button is swapped; without JavaScript the form posts and
   * the browser returns to where it was.
   */
  @POST
  @Path("items/{id: [0-9]+}/favourite")
  @Operation(hidden = true)
  public Response toggleFavourite(
      @PathParam("id") long id,
      @FormParam("favourite") boolean favourite,
      @FormParam("next") String next,
      @HeaderParam("HX-Request") String htmx) {
    FavouriteService.FavouriteState state =
        favourite ? favourites.add(id, viewer.get()) : favourites.remove(id, viewer.get());
    if (htmx != null) {
      return Response.ok(
              pages.render(
                  "favouriteButton",
                  "id",
                  id,
                  "favourite",
                  state.favourite(),
                  "count",
                  state.count()))
          .build();
    }
    String back =
        next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/items/" + id;
    return Response.seeOther(java.net.URI.create(back)).build();
  }

  private Paged<ItemCard> cards(Paged<Item> result) {
    Messages messages = pageContext.messages();
    Instant now = Instant.now();
    java.util.Set<Long> marked =
        favourites.marked(viewer.get(), result.items().stream().map(Item::getId).toList());
    return new Paged<>(
        result.items().stream()
            .map(i -> ItemCard.of(i, messages, now, marked.contains(i.getId())))
            .toList(),
        result.page(),
        result.size(),
        result.total());
  }

  private static boolean parse(String value, String pattern) {
    return value != null && !value.isBlank() && value.strip().matches(pattern);
  }

  /** The filters as the reader chose them, to show them selected and to build page links. */
  public record FeedFilter(
      Channel channel,
      ItemType type,
      String tag,
      String department,
      String lang,
      ItemFilter.Order order) {

    public boolean liked() {
      return order == ItemFilter.Order.LIKED;
    }

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
      append(q, "sort", liked() ? "liked" : null);
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
