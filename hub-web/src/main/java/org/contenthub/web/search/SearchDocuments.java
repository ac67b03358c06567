package org.contenthub.web.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.contenthub.search.PersonDocument;
import org.contenthub.search.SearchDocument;
import org.contenthub.search.Visibility;
import org.contenthub.web.items.Item;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;

/**
 * Translates between the hub's items and readers and hub-search's own records. The visibility
 * mapping mirrors {@code ItemVisibility}, so search shows exactly what the feed shows.
 */
public final class SearchDocuments {

  private static final Set<String> EDITORIAL_ROLES = Roles.EDITORIAL;

  private SearchDocuments() {}

  public static String key(long itemId) {
    return "item:" + itemId;
  }

  /** The item id behind a search key, or -1 for keys that are not items (people). */
  public static long itemId(String key) {
    if (key != null && key.startsWith("item:")) {
      try {
        return Long.parseLong(key.substring(5));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** The item as a search document, with the text of its attachments. */
  public static SearchDocument of(Item item, String attachmentText) {
    return new SearchDocument(
        key(item.getId()),
        item.getType().name().toLowerCase(Locale.ROOT),
        item.getTitle(),
        item.getSummary(),
        HtmlSanitizer.toText(item.getBody()),
        HtmlSanitizer.toText(item.getCommentary()),
        attachmentText,
        List.copyOf(item.getTags()),
        item.getChannel().name().toLowerCase(Locale.ROOT),
        item.getDepartment(),
        item.getLanguage(),
        item.getPublishedAt(),
        "/items/" + item.getId(),
        item.getAuthor() == null ? null : String.valueOf(item.getAuthor().getId()),
        visibility(item),
        item.getFavouriteCount(),
        0);
  }

  static Visibility visibility(Item item) {
    return switch (item.getVisibility()) {
      case PUBLIC -> new Visibility(true, Set.of(), EDITORIAL_ROLES, true, false);
      case INTERNAL -> new Visibility(true, Set.of(), EDITORIAL_ROLES, item.isShareable(), false);
      case DEPARTMENT ->
          new Visibility(
              false,
              item.getDepartment() == null ? Set.of() : Set.of(item.getDepartment()),
              EDITORIAL_ROLES,
              false,
              false);
      case EDITORIAL -> new Visibility(false, Set.of(), EDITORIAL_ROLES, false, false);
    };
  }

  /**
   * A colleague as the expert finder knows them: their name, department and the topics of what they
   * wrote and curated. Colleagues only; guests never find people.
   */
  public static PersonDocument person(Account account, List<String> expertise) {
    return new PersonDocument(
        String.valueOf(account.getId()),
        account.getDisplayName(),
        account.getDepartment(),
        null,
        expertise,
        account.getDepartment(),
        account.getLanguage(),
        "/experts?q="
            + java.net.URLEncoder.encode(
                account.getDisplayName(), java.nio.charset.StandardCharsets.UTF_8),
        Visibility.internal());
  }

  /** The reader as hub-search sees them. */
  public static org.contenthub.search.Viewer viewer(Viewer viewer) {
    return new org.contenthub.search.Viewer(
        viewer.accountId() == null ? "anonymous" : String.valueOf(viewer.accountId()),
        viewer.roles(),
        viewer.department(),
        !viewer.isInternal() && !viewer.isEditorial());
  }
}
