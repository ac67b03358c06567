package org.contenthub.web.curation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemInput;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.security.Viewer;

/**
 * The rules of curation: a pasted URL is fetched safely and its metadata proposed; saving makes a
 * curated item with the expert's commentary; the same article curated twice leads to the item that
 * exists, where a second commentary can be added.
 */
@ApplicationScoped
public class CurationService {

  @Inject ItemService items;
  @Inject HubSettings settings;

  private SafeFetcher fetcher;
  private final PageMetadataExtractor extractor = new PageMetadataExtractor();

  @PostConstruct
  void init() {
    fetcher = new SafeFetcher(FetchPolicy.forPages(settings.fetchAllowedHosts()));
  }

  /**
   * The proposal for a URL; a {@link FetchException} says in words why the page could not be read.
   */
  public CurationPreview preview(String url, Viewer viewer) throws FetchException {
    FetchedResource page = fetcher.fetch(url);
    PageMetadata metadata = extractor.extract(page);
    String canonical =
        canonical(metadata.canonicalUrl()).orElseGet(() -> canonical(url).orElse(null));
    Long existing =
        existing(url, viewer)
            .or(() -> canonical == null ? Optional.empty() : existing(canonical, viewer))
            .map(Item::getId)
            .orElse(null);
    return new CurationPreview(
        page.finalUrl().toString(),
        canonical,
        metadata.title(),
        metadata.description(),
        metadata.imageUrl(),
        metadata.siteName(),
        metadata.primaryLanguage(),
        existing);
  }

  /** The item already on the hub for this article (visible to the viewer), if any. */
  public Optional<Item> existing(String url, Viewer viewer) {
    return canonical(url)
        .flatMap(items::findByCanonicalUrl)
        .filter(item -> items.canSee(viewer, item));
  }

  /** Saves the curation; when the article is on the hub already, answers that item instead. */
  public Result curate(CurationInput input, Viewer expert) {
    String canonical = canonical(input.url).orElse(null);
    Optional<Item> existing =
        canonical == null ? Optional.empty() : items.findByCanonicalUrl(canonical);
    if (existing.isPresent()) {
      return new Result(existing.get(), false);
    }
    ItemInput item =
        new ItemInput(input.title, "web", input.language == null ? "nl" : input.language);
    item.type = "curated";
    item.summary = input.summary;
    item.commentary = input.commentary;
    item.sourceUrl = input.url.strip();
    item.imageUrl = input.imageUrl;
    item.tags = input.tags;
    item.department = input.department;
    item.visibility = input.visibility == null ? "internal" : input.visibility;
    return new Result(items.create(item, expert, canonical), true);
  }

  static Optional<String> canonical(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UrlCanonicalizer.canonicalize(url.strip()));
    } catch (IllegalArgumentException notWeb) {
      return Optional.empty();
    }
  }

  /** The curated item, and whether it was made now or existed already. */
  public record Result(Item item, boolean created) {}
}
