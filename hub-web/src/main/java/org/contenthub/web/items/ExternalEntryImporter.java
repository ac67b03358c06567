package org.contenthub.web.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.WebUrl;

/**
 * Takes in external entries as items, one transaction per entry so one odd entry never costs the
 * others. An entry is the same item again when its feed and guid match; an article that is on the
 * hub already under its canonical URL is not imported twice.
 */
@ApplicationScoped
public class ExternalEntryImporter {

  private static final int MAX_SUMMARY = 2000;

  @Inject ItemRepository items;
  @Inject Event<ItemChanged> changed;

  @Transactional
  public ExternalEntry.Outcome importEntry(ExternalEntry entry) {
    Optional<Item> existing = items.findByFeedEntry(entry.feedId(), entry.guid());
    if (existing.isPresent()) {
      Item item = existing.get();
      if (entry.fingerprint().equals(item.getFeedFingerprint())) {
        return ExternalEntry.Outcome.UNCHANGED;
      }
      apply(entry, item);
      item.touch();
      changed.fire(new ItemChanged(item.getId()));
      return ExternalEntry.Outcome.UPDATED;
    }
    if (entry.canonicalUrl() != null
        && items.findByCanonicalUrl(entry.canonicalUrl()).isPresent()) {
      return ExternalEntry.Outcome.DUPLICATE;
    }
    Item item =
        new Item(ItemType.PUBLICATION, title(entry), entry.channel(), entry.language(), null);
    // What marketing published is public already, and meant to be passed on.
    item.setVisibility(Visibility.PUBLIC);
    item.setShareable(true);
    apply(entry, item);
    items.save(item);
    changed.fire(new ItemChanged(item.getId()));
    return ExternalEntry.Outcome.CREATED;
  }

  private static void apply(ExternalEntry entry, Item item) {
    item.setTitle(title(entry));
    item.setSummary(cap(entry.summaryText(), MAX_SUMMARY));
    item.setBody(HtmlSanitizer.sanitize(entry.summaryHtml()));
    item.setSourceUrl(
        entry.link() != null && WebUrl.Validator.isWebUrl(entry.link())
            ? cap(entry.link(), 2048)
            : null);
    item.setCanonicalUrl(entry.canonicalUrl() == null ? null : cap(entry.canonicalUrl(), 2048));
    item.setImageUrl(
        entry.imageUrl() != null && WebUrl.Validator.isWebUrl(entry.imageUrl())
            ? cap(entry.imageUrl(), 2048)
            : null);
    item.setPublishedAt(entry.publishedAt() == null ? Instant.now() : entry.publishedAt());
    item.setTags(Tags.normalise(entry.tags().stream().filter(Tags::isValid).limit(20).toList()));
    item.setDepartment(entry.department());
    item.setFeedEntry(entry.feedId(), entry.guid(), entry.fingerprint());
  }

  private static String title(ExternalEntry entry) {
    String title = entry.title() == null || entry.title().isBlank() ? entry.link() : entry.title();
    return cap(title == null ? "(zonder titel)" : title, 300);
  }

  private static String cap(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
