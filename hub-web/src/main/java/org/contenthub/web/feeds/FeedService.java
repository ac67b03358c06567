package org.contenthub.web.feeds;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.web.curation.FetchPolicy;
import org.contenthub.web.curation.SafeFetcher;
import org.contenthub.web.curation.UrlCanonicalizer;
import org.contenthub.web.items.Channel;
import org.contenthub.web.items.ExternalEntry;
import org.contenthub.web.items.ExternalEntryImporter;
import org.contenthub.web.items.Tags;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Texts;

/**
 * The rules for marketing's feeds: registering them, and polling them with conditional GET, one
 * instance at a time per feed (a lease in the database), each entry imported in its own
 * transaction. A feed that fails says why on its status and never stops the others.
 */
@ApplicationScoped
public class FeedService {

  /** Longer than any poll takes, so a crashed instance's lease runs out by itself. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(FeedService.class.getName());

  @Inject FeedSourceRepository feeds;
  @Inject ExternalEntryImporter importer;
  @Inject HubSettings settings;
  @Inject FeedStatusWriter status;

  private FeedReader reader;

  @PostConstruct
  void init() {
    reader = new FeedReader(new SafeFetcher(FetchPolicy.forFeeds(settings.fetchAllowedHosts())));
  }

  @Transactional
  public FeedSource create(FeedInput input) {
    String url = input.url.strip();
    if (feeds.findByUrl(url).isPresent()) {
      throw new ClientErrorException(
          "This feed is registered already: " + url, Response.Status.CONFLICT);
    }
    FeedSource feed =
        new FeedSource(
            url, Channel.parse(input.channel), input.language == null ? "nl" : input.language);
    feed.setDepartment(Texts.blankToNull(input.department));
    feed.setDefaultTags(List.copyOf(Tags.normalise(input.tags)));
    if (input.pollMinutes != null) {
      feed.setPollMinutes(input.pollMinutes);
    }
    return feeds.save(feed);
  }

  @Transactional
  public List<FeedSource> all() {
    return feeds.all();
  }

  @Transactional
  public FeedSource get(long id) {
    return feeds
        .findById(id)
        .orElseThrow(() -> new NotFoundException("There is no feed " + id + "."));
  }

  @Transactional
  public void delete(long id) {
    feeds.delete(get(id));
  }

  /** Polls one feed now and answers when done, unless another instance is polling it. */
  public FeedSource pollNow(long id) {
    get(id);
    if (!status.claim(id, LEASE)) {
      throw new ClientErrorException(
          "This feed is being polled right now; try again in a moment.", Response.Status.CONFLICT);
    }
    poll(id);
    return get(id);
  }

  /** Polls every feed that is due and free; run by {@link FeedPoller} on every instance. */
  public int pollDue() {
    int polled = 0;
    for (long id : status.due()) {
      if (status.claim(id, LEASE)) {
        poll(id);
        polled++;
      }
    }
    return polled;
  }

  private void poll(long id) {
    FeedSource feed = status.load(id).orElse(null);
    if (feed == null) {
      return; // deleted meanwhile
    }
    Instant now = Instant.now();
    try {
      FeedFetch fetched =
          reader.fetch(feed.getUrl(), new FeedState(feed.getEtag(), feed.getLastModified()));
      if (fetched.notModified()) {
        status.succeeded(id, now, null, fetched.state(), null);
        return;
      }
      List<ExternalEntry.Outcome> outcomes = new ArrayList<>();
      for (FeedEntry entry : fetched.feed().entries()) {
        outcomes.add(importer.importEntry(external(feed, entry)));
      }
      status.succeeded(
          id, now, fetched.feed().title(), fetched.state(), fetched.feed().entries().size());
      LOG.fine(() -> "Feed " + feed.getUrl() + ": " + outcomes);
    } catch (FeedException e) {
      status.failed(id, now, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Feed " + feed.getUrl() + " failed unexpectedly", e);
      status.failed(
          id, now, "Unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static ExternalEntry external(FeedSource feed, FeedEntry entry) {
    List<String> tags = new ArrayList<>(feed.getDefaultTags());
    tags.addAll(entry.categories());
    String canonical = entry.canonicalLink();
    if (canonical == null && entry.link() != null) {
      try {
        canonical = UrlCanonicalizer.canonicalize(entry.link());
      } catch (IllegalArgumentException notWeb) {
        canonical = null;
      }
    }
    return new ExternalEntry(
        feed.getId(),
        entry.guid(),
        entry.fingerprint(),
        entry.link(),
        canonical,
        entry.title(),
        entry.summaryText(),
        entry.summaryHtml(),
        entry.imageUrl(),
        entry.published() != null ? entry.published() : entry.updated(),
        tags,
        feed.getChannel(),
        feed.getLanguage(),
        feed.getDepartment());
  }
}
