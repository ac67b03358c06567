package org.contenthub.web.items;

import org.contenthub.web.platform.Texts;

/**
 * What a reader narrows the feed to, and in which order. Every part is optional; {@code page}
 * starts at 1.
 */
public record ItemFilter(
    Channel channel,
    String tag,
    String department,
    String language,
    ItemType type,
    int page,
    int size,
    Order order) {

  public static final int MAX_SIZE = 100;

  /** Newest first, or the most liked first. */
  public enum Order {
    NEWEST,
    LIKED;

    public static Order parse(String value) {
      return "liked".equalsIgnoreCase(value == null ? "" : value.strip()) ? LIKED : NEWEST;
    }
  }

  public ItemFilter(
      Channel channel,
      String tag,
      String department,
      String language,
      ItemType type,
      int page,
      int size) {
    this(channel, tag, department, language, type, page, size, Order.NEWEST);
  }

  public ItemFilter {
    order = order == null ? Order.NEWEST : order;
    page = Math.max(page, 1);
    size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    tag = Texts.blankToNull(tag) == null ? null : Tags.normalise(tag);
    department = Texts.blankToNull(department);
    language = Texts.blankToNull(language);
  }

  public static ItemFilter all(int page, int size) {
    return new ItemFilter(null, null, null, null, null, page, size);
  }

  int offset() {
    return (page - 1) * size;
  }
}
