package org.contenthub.web.feeds;

import java.net.URI;

/**
 * The outcome of polling a feed.
 *
 * @param outcome whether anything was downloaded
 * @param feed the parsed feed; null when {@link Outcome#NOT_MODIFIED}
 * @param state the validators to store for the next poll
 * @param finalUrl the address that answered, after redirects (a permanent move is worth noting on
 *     the feed's status)
 */
public record FeedFetch(Outcome outcome, ParsedFeed feed, FeedState state, URI finalUrl) {

  /** Whether the server sent the feed or said it has not changed. */
  public enum Outcome {
    FETCHED,
    NOT_MODIFIED
  }

  public boolean notModified() {
    return outcome == Outcome.NOT_MODIFIED;
  }
}
