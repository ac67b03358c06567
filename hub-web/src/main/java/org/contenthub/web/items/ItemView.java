package org.contenthub.web.items;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.contenthub.web.security.Account;

/** An item as the API shows it. */
public record ItemView(
    long id,
    String type,
    String title,
    String summary,
    String body,
    String commentary,
    String sourceUrl,
    String imageUrl,
    String channel,
    String language,
    List<String> tags,
    String department,
    Author author,
    OffsetDateTime publishedAt,
    String visibility,
    boolean shareable,
    int favourites,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static ItemView of(Item item) {
    Account author = item.getAuthor();
    return new ItemView(
        item.getId(),
        lower(item.getType()),
        item.getTitle(),
        item.getSummary(),
        item.getBody(),
        item.getCommentary(),
        item.getSourceUrl(),
        item.getImageUrl(),
        lower(item.getChannel()),
        item.getLanguage(),
        List.copyOf(new java.util.TreeSet<>(item.getTags())),
        item.getDepartment(),
        author == null ? null : new Author(author.getId(), author.getDisplayName()),
        item.getPublishedAt().atOffset(ZoneOffset.UTC),
        lower(item.getVisibility()),
        item.isShareable(),
        item.getFavouriteCount(),
        item.getVersion(),
        item.getCreatedAt().atOffset(ZoneOffset.UTC),
        item.getUpdatedAt().atOffset(ZoneOffset.UTC));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public record Author(long id, String name) {}
}
