package org.contenthub.web.items;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /feed.atom}: the newest items as an RFC 4287 Atom feed, filtered like the feed page, so
 * the intranet (or anyone's feed reader) can follow the hub. Without credentials it holds only
 * public items; with HTTP Basic, what that account may see.
 */
@Path("feed.atom")
@PermitAll
@Tag(name = "Items")
public class AtomFeedResource {

  private static final int ENTRIES = 50;

  @Inject ItemService items;
  @Inject CurrentViewer viewer;
  @Inject HubSettings settings;

  @GET
  @Produces("application/atom+xml; charset=UTF-8")
  @Operation(
      summary = "The newest items as an Atom feed, with the same filters as GET /api/v1/items")
  public Response atom(@Valid @BeanParam ItemQuery query) {
    query.page = 1;
    query.size = ENTRIES;
    Viewer reader = viewer.get();
    Paged<Item> newest = items.list(query.toFilter(), reader);
    String base = settings.baseUrl();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(settings.branding().name());
    feed.setDescription(settings.branding().name());
    feed.setUri(base + "/feed.atom");
    feed.setLink(base + "/");
    feed.setLinks(
        List.of(
            link(base + "/feed.atom" + queryString(query), "self"), link(base + "/", "alternate")));
    feed.setAuthors(List.of(person(settings.branding().name())));
    feed.setPublishedDate(
        newest.items().isEmpty() ? new Date(0) : Date.from(newest.items().get(0).getUpdatedAt()));
    List<SyndEntry> entries = new ArrayList<>();
    for (Item item : newest.items()) {
      entries.add(entry(item, base, reader.isAnonymous()));
    }
    feed.setEntries(entries);
    try {
      CacheControl cache = new CacheControl();
      cache.setMaxAge(60);
      cache.setPrivate(!reader.isAnonymous());
      return Response.ok(new SyndFeedOutput().outputString(feed)).cacheControl(cache).build();
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the Atom feed", e);
    }
  }

  private static SyndEntry entry(Item item, String base, boolean anonymous) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri(base + "/items/" + item.getId());
    entry.setTitle(item.getTitle());
    // Anonymous readers cannot open hub pages, so a public item links to where it was published.
    String target =
        anonymous && item.getSourceUrl() != null
            ? item.getSourceUrl()
            : base + "/items/" + item.getId();
    entry.setLink(target);
    entry.setPublishedDate(Date.from(item.getPublishedAt()));
    entry.setUpdatedDate(Date.from(item.getUpdatedAt()));
    if (item.getAuthor() != null) {
      entry.setAuthors(List.of(person(item.getAuthor().getDisplayName())));
    }
    String summary = item.getSummary();
    if (summary != null) {
      SyndContentImpl content = new SyndContentImpl();
      content.setType("text");
      content.setValue(summary);
      entry.setDescription(content);
    }
    List<SyndCategory> categories = new ArrayList<>();
    for (String tag : item.getTags()) {
      SyndCategoryImpl category = new SyndCategoryImpl();
      category.setName(tag);
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private static SyndLink link(String href, String rel) {
    SyndLinkImpl link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    return link;
  }

  private static SyndPerson person(String name) {
    SyndPersonImpl person = new SyndPersonImpl();
    person.setName(name);
    return person;
  }

  private static String queryString(ItemQuery query) {
    StringBuilder q = new StringBuilder();
    append(q, "channel", query.channel);
    append(q, "type", query.type);
    append(q, "tag", query.tag);
    append(q, "department", query.department);
    append(q, "lang", query.lang);
    return q.isEmpty() ? "" : "?" + q.substring(1);
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
