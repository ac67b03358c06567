package org.contenthub.web.platform;

import java.util.List;

/** One page of a list, as every list in the API answers: {@code {items, page, size, total}}. */
public record Paged<T>(List<T> items, int page, int size, long total) {

  public int pages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
