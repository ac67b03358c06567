package org.contenthub.web.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Viewer;

/** The rules for items: who sees them, how they are written, and in which transaction. */
@ApplicationScoped
public class ItemService {

  @Inject ItemRepository items;
  @Inject AccountRepository accounts;
  @Inject Event<ItemChanged> changed;

  public Paged<Item> list(ItemFilter filter, Viewer viewer) {
    ItemRepository.Slice slice = items.find(filter, viewer);
    return new Paged<>(slice.items(), filter.page(), filter.size(), slice.total());
  }

  /** The most liked items the viewer may see among those published since {@code since}. */
  public List<Item> mostLikedSince(java.time.Instant since, int count, Viewer viewer) {
    return items.mostLikedSince(since, count, viewer);
  }

  /** The item, if it exists and the viewer may see it; otherwise 404, revealing nothing. */
  public Item get(long id, Viewer viewer) {
    return items
        .findById(id)
        .filter(item -> ItemVisibility.canSee(viewer, item))
        .orElseThrow(() -> new NotFoundException("There is no item " + id + "."));
  }

  /** Adds counted reads of items to the day's totals (one transaction for the batch). */
  @Transactional
  public void addReads(java.util.Map<Long, Long> counts, java.time.LocalDate day) {
    counts.forEach((itemId, reads) -> items.addReads(itemId, day, reads));
  }

  /** How often colleagues read the item since {@code since} (the author's own visits not). */
  @Transactional
  public long reads(long itemId, java.time.LocalDate since) {
    return items.reads(itemId, since);
  }

  /** How often colleagues read the items this person wrote or curated since {@code since}. */
  @Transactional
  public long readsOfItemsBy(long accountId, java.time.LocalDate since) {
    return items.readsOfItemsBy(accountId, since);
  }

  @Transactional
  public Item create(ItemInput input, Viewer author) {
    return create(input, author, null);
  }

  /** Creates an item for an article at {@code canonicalUrl}, which identifies it from then on. */
  @Transactional
  public Item create(ItemInput input, Viewer author, String canonicalUrl) {
    Channel channel = Channel.parse(input.channel);
    Account account =
        author.accountId() == null ? null : accounts.findById(author.accountId()).orElse(null);
    Item item =
        new Item(
            input.type == null ? ItemType.defaultFor(channel) : ItemType.parse(input.type),
            input.title.strip(),
            channel,
            input.language == null ? "nl" : input.language,
            account);
    apply(input, item);
    item.setCanonicalUrl(canonicalUrl);
    items.save(item);
    changed.fire(new ItemChanged(item.getId()));
    return item;
  }

  @Transactional
  public Item update(long id, ItemInput input, Viewer editor) {
    Item item = get(id, editor);
    if (input.version != null && input.version != item.getVersion()) {
      throw new ClientErrorException(
          "Item "
              + id
              + " was changed by someone else (you sent version "
              + input.version
              + ", it is now at "
              + item.getVersion()
              + "). Reload it and apply your change again.",
          Response.Status.CONFLICT);
    }
    Channel channel = Channel.parse(input.channel);
    item.setChannel(channel);
    item.setType(input.type == null ? item.getType() : ItemType.parse(input.type));
    item.setTitle(input.title.strip());
    if (input.language != null) {
      item.setLanguage(input.language);
    }
    apply(input, item);
    item.touch();
    changed.fire(new ItemChanged(id));
    return item;
  }

  /**
   * Sets an item's picture, e.g. the photo of a published submission once it is an attachment of
   * the item.
   */
  @Transactional
  public void setImageUrl(long id, String imageUrl) {
    items
        .findById(id)
        .ifPresent(
            item -> {
              item.setImageUrl(imageUrl);
              item.touch();
              changed.fire(new ItemChanged(id));
            });
  }

  @Transactional
  public Optional<Item> findByCanonicalUrl(String canonicalUrl) {
    return items.findByCanonicalUrl(canonicalUrl);
  }

  /** Adds an expert's commentary to an item that exists (the second voice on a curated article). */
  @Transactional
  public ItemCommentary addCommentary(long itemId, String commentary, Viewer expert) {
    get(itemId, expert);
    String safe = HtmlSanitizer.sanitize(commentary == null ? "" : commentary.strip());
    if (safe.isBlank()) {
      throw new jakarta.ws.rs.BadRequestException("The commentary is empty.");
    }
    Account author =
        expert.accountId() == null ? null : accounts.findById(expert.accountId()).orElse(null);
    ItemCommentary added = items.saveCommentary(new ItemCommentary(itemId, author, safe));
    changed.fire(new ItemChanged(itemId));
    return added;
  }

  @Transactional
  public List<ItemCommentary> commentaries(long itemId) {
    return items.commentaries(itemId);
  }

  public boolean canSee(Viewer viewer, Item item) {
    return ItemVisibility.canSee(viewer, item);
  }

  @Transactional
  public void delete(long id, Viewer editor) {
    items.delete(get(id, editor));
    changed.fire(new ItemChanged(id));
  }

  /**
   * Items by id as they are now, whoever may see them: for the search index, which filters itself.
   * Runs in its own transaction, as the index follows changes on a background thread.
   */
  @Transactional
  public List<Item> currentVersions(java.util.Collection<Long> ids) {
    return items.findAllById(ids);
  }

  /** The topics an author writes and curates about most, for their expert profile. */
  @Transactional
  public List<String> topTagsOf(long authorId, int limit) {
    return items.topTagsOf(authorId, limit);
  }

  /** The next items in id order after {@code afterId}, for rebuilding the search index. */
  @Transactional
  public List<Item> batchAfter(long afterId, int size) {
    return items.batchAfter(afterId, size);
  }

  /**
   * Tags to suggest while someone types one: existing tags first, so the vocabulary stays small.
   */
  public List<String> suggestTags(String typed, int limit) {
    String prefix = typed == null ? "" : Tags.normalise(typed);
    return prefix.isEmpty() ? List.of() : items.tagsStartingWith(prefix, limit);
  }

  public List<String> departments() {
    return items.departments();
  }

  private static void apply(ItemInput input, Item item) {
    item.setSummary(Texts.blankToNull(input.summary));
    item.setBody(HtmlSanitizer.sanitize(Texts.blankToNull(input.body)));
    item.setCommentary(HtmlSanitizer.sanitize(Texts.blankToNull(input.commentary)));
    item.setSourceUrl(Texts.blankToNull(input.sourceUrl));
    item.setImageUrl(Texts.blankToNull(input.imageUrl));
    item.setDepartment(Texts.blankToNull(input.department));
    item.setTags(Tags.normalise(input.tags));
    if (input.publishedAt != null) {
      item.setPublishedAt(input.publishedAt.toInstant());
    } else if (item.getPublishedAt() == null) {
      item.setPublishedAt(Instant.now());
    }
    if (input.visibility != null) {
      item.setVisibility(Visibility.parse(input.visibility));
    }
    if (input.shareable != null) {
      item.setShareable(input.shareable);
    }
  }
}
