package org.contenthub.web.feeds;

import java.util.List;

/**
 * A feed read from its bytes.
 *
 * @param format what the feed turned out to be, as Rome names it ({@code rss_2.0}, {@code
 *     atom_1.0}, {@code rss_1.0}, ...)
 * @param title the feed's title as plain text, or null
 * @param link the site the feed belongs to, or null
 * @param language the language the feed declares ({@code nl}, {@code en-GB}), or null
 * @param entries the entries in feed order, the first of each guid only
 * @param warnings what was repaired or left out (duplicate guids, too many entries), for the feed's
 *     status page
 */
public record ParsedFeed(
    String format,
    String title,
    String link,
    String language,
    List<FeedEntry> entries,
    List<String> warnings) {

  public ParsedFeed {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}
