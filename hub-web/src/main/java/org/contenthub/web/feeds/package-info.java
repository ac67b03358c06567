/**
 * Feeds: what marketing publishes (blog, newsroom, vacancies, video channel) pulled in from RSS and
 * Atom.
 *
 * <p>{@link org.contenthub.web.feeds.FeedReader} polls one feed with a conditional GET through the
 * curation package's {@link org.contenthub.web.curation.SafeFetcher} (same network rules as pasted
 * URLs) and hands back a {@link org.contenthub.web.feeds.FeedFetch}: not modified, or a {@link
 * org.contenthub.web.feeds.ParsedFeed} of {@link org.contenthub.web.feeds.FeedEntry} records, with
 * the {@link org.contenthub.web.feeds.FeedState} to store for the next poll. {@link
 * org.contenthub.web.feeds.FeedParser} does the reading with Rome and repairs what feeds commonly
 * get wrong. Failures are a {@link org.contenthub.web.feeds.FeedException} with a reason and a
 * sentence for the feed's status; one broken feed concerns only itself.
 */
package org.contenthub.web.feeds;
