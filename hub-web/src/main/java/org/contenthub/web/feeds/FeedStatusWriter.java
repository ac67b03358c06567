package org.contenthub.web.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The short transactions around a poll: taking the lease, and writing the outcome. Kept apart from
 * the poll itself, so the network is never waited on inside a database transaction.
 */
@ApplicationScoped
public class FeedStatusWriter {

  @Inject FeedSourceRepository feeds;

  /** The feed as it is now; a transaction of its own, as polls run on background threads. */
  @Transactional
  public java.util.Optional<FeedSource> load(long id) {
    return feeds.findById(id);
  }

  @Transactional
  public List<Long> due() {
    return feeds.due(Instant.now());
  }

  @Transactional
  public boolean claim(long id, Duration lease) {
    Instant now = Instant.now();
    return feeds.claim(id, now, now.plus(lease));
  }

  @Transactional
  public void succeeded(long id, Instant at, String title, FeedState state, Integer entries) {
    feeds
        .findById(id)
        .ifPresent(feed -> feed.succeeded(at, title, state.etag(), state.lastModified(), entries));
    feeds.release(id);
  }

  @Transactional
  public void failed(long id, Instant at, String error) {
    feeds.findById(id).ifPresent(feed -> feed.failed(at, error));
    feeds.release(id);
  }
}
