package org.contenthub.web.feeds;

import java.net.URI;
import org.contenthub.web.curation.FetchException;
import org.contenthub.web.curation.FetchedResource;
import org.contenthub.web.curation.SafeFetcher;
import org.contenthub.web.curation.WebAddress;

/**
 * Polls a feed: a conditional GET through the {@link SafeFetcher} (so feeds obey the same network
 * rules as curated pages), then {@link FeedParser}. Thread-safe; one instance serves all feeds.
 */
public final class FeedReader {

  private final SafeFetcher fetcher;
  private final FeedParser parser;

  /**
   * @param fetcher a fetcher built with {@link org.contenthub.web.curation.FetchPolicy#forFeeds}
   */
  public FeedReader(SafeFetcher fetcher) {
    this(fetcher, new FeedParser(fetcher.policy().maxBytes(), FeedParser.DEFAULT_MAX_ENTRIES));
  }

  public FeedReader(SafeFetcher fetcher, FeedParser parser) {
    this.fetcher = fetcher;
    this.parser = parser;
  }

  /** Polls a feed given as text, e.g. from the feed's configuration. */
  public FeedFetch fetch(String url, FeedState state) throws FeedException {
    URI uri;
    try {
      uri = WebAddress.parse(url);
    } catch (IllegalArgumentException e) {
      throw new FeedException(
          FeedException.Reason.FETCH_FAILED, "This is not a valid feed address: " + url, e);
    }
    return fetch(uri, state);
  }

  /**
   * Polls a feed. Sends the validators of {@code state}; on 304 returns {@link
   * FeedFetch.Outcome#NOT_MODIFIED} without a feed, otherwise the parsed feed. Either way the
   * result carries the state to store.
   */
  public FeedFetch fetch(URI url, FeedState state) throws FeedException {
    FeedState known = state == null ? FeedState.NONE : state;
    FetchedResource answer;
    try {
      answer = fetcher.fetch(url, known.conditionalHeaders());
    } catch (FetchException e) {
      throw FeedException.of(e);
    }
    FeedState next = known.after(answer);
    if (answer.notModified()) {
      return new FeedFetch(FeedFetch.Outcome.NOT_MODIFIED, null, next, answer.finalUrl());
    }
    ParsedFeed feed = parser.parse(answer.body(), answer.declaredCharset(), answer.finalUrl());
    return new FeedFetch(FeedFetch.Outcome.FETCHED, feed, next, answer.finalUrl());
  }

  /** Parses feed bytes obtained elsewhere. */
  public ParsedFeed parse(byte[] body, String headerCharset, URI feedUrl) throws FeedException {
    return parser.parse(body, headerCharset, feedUrl);
  }
}
