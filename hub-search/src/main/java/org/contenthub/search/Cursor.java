package org.contenthub.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque "next page" token: the sort values of the last hit (score or date, then id) plus the
 * request's fixed "now", so freshness, and with it the order, does not drift between pages. The id
 * tie-break makes the position exact even after the index was refreshed.
 */
record Cursor(SortOrder order, long nowMillis, long sortValue, String id) {

  String encode() {
    String raw = order.name() + "|" + nowMillis + "|" + sortValue + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 4);
      return new Cursor(
          SortOrder.valueOf(parts[0]),
          Long.parseLong(parts[1]),
          Long.parseLong(parts[2]),
          parts[3]);
    } catch (RuntimeException e) {
      throw new InvalidQueryException(
          InvalidQueryException.Reason.BAD_CURSOR,
          "The paging cursor is not valid; start again from the first page.");
    }
  }

  /** The last hit of a page as a cursor. */
  static Cursor of(SortOrder order, long nowMillis, FieldDoc last) {
    Object first = last.fields[0];
    long value =
        order == SortOrder.RELEVANCE
            ? Float.floatToIntBits((Float) first)
            : ((Number) first).longValue();
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    return new Cursor(order, nowMillis, value, id);
  }

  /** The FieldDoc searchAfter continues from. */
  FieldDoc toFieldDoc() {
    Object first =
        order == SortOrder.RELEVANCE ? (Object) Float.intBitsToFloat((int) sortValue) : sortValue;
    return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(id)});
  }
}
