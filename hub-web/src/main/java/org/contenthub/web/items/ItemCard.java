package org.contenthub.web.items;

import java.time.Instant;
import java.util.List;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.TimeAgo;

/** An item as the pages show it, with its texts ready for the reader's language. */
public record ItemCard(
    long id,
    String title,
    String excerpt,
    String commentaryExcerpt,
    Channel channel,
    ItemType type,
    String imageUrl,
    String sourceUrl,
    String timeAgo,
    String publishedDate,
    String author,
    String department,
    String language,
    Visibility visibility,
    List<String> tags,
    String bodyHtml,
    String commentaryHtml,
    int favourites,
    boolean favourite) {

  private static final int EXCERPT = 220;

  static ItemCard of(Item item, Messages messages, Instant now, boolean favourite) {
    String summary =
        item.getSummary() != null ? item.getSummary() : HtmlSanitizer.toText(item.getBody());
    return new ItemCard(
        item.getId(),
        item.getTitle(),
        excerpt(summary),
        excerpt(HtmlSanitizer.toText(item.getCommentary())),
        item.getChannel(),
        item.getType(),
        item.getImageUrl(),
        item.getSourceUrl(),
        TimeAgo.format(item.getPublishedAt(), now, messages),
        TimeAgo.date(item.getPublishedAt(), messages),
        item.getAuthor() == null ? null : item.getAuthor().getDisplayName(),
        item.getDepartment(),
        item.getLanguage(),
        item.getVisibility(),
        List.copyOf(new java.util.TreeSet<>(item.getTags())),
        // Stored sanitised already; sanitised again on the way out in case a row came in by
        // another path (imports, manual repairs).
        HtmlSanitizer.sanitize(item.getBody()),
        HtmlSanitizer.sanitize(item.getCommentary()),
        item.getFavouriteCount(),
        favourite);
  }

  private static String excerpt(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= EXCERPT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', EXCERPT);
    return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
  }
}
