package org.contenthub.web.feeds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** A feed and its status as the API shows it. */
public record FeedView(
    long id,
    String url,
    String title,
    String channel,
    String language,
    List<String> tags,
    String department,
    int pollMinutes,
    OffsetDateTime lastPolledAt,
    OffsetDateTime lastSuccessAt,
    OffsetDateTime lastErrorAt,
    String lastError,
    int itemsFound,
    OffsetDateTime nextPollAt) {

  static FeedView of(FeedSource feed) {
    return new FeedView(
        feed.getId(),
        feed.getUrl(),
        feed.getTitle(),
        feed.getChannel().name().toLowerCase(Locale.ROOT),
        feed.getLanguage(),
        feed.getDefaultTags(),
        feed.getDepartment(),
        feed.getPollMinutes(),
        utc(feed.getLastPolledAt()),
        utc(feed.getLastSuccessAt()),
        utc(feed.getLastErrorAt()),
        feed.getLastError(),
        feed.getItemsFound(),
        utc(feed.getNextPollAt()));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
