package org.contenthub.web.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of a feed, cleaned up for the hub.
 *
 * @param guid the entry's identity in its feed: the RSS guid or Atom id, else its link, else a hash
 *     of its text; never null
 * @param link the entry's page as the feed gives it, made absolute; what a reader clicks. Null when
 *     the entry has none
 * @param canonicalLink the same page in its canonical form ({@link
 *     org.contenthub.web.curation.UrlCanonicalizer}), for finding the item that already has it;
 *     null when the entry has no link
 * @param title plain text, never markup; null only when the entry has neither title nor text
 * @param summaryHtml the summary or content, sanitised HTML with absolute links; null when none
 * @param summaryText the same as plain text; null when none
 * @param imageUrl absolute http(s) URL of the entry's image (enclosure, Media RSS, or the first
 *     image of its content); null when none
 * @param published when the entry was published; null when the feed does not say (the caller
 *     decides, e.g. the time it was first seen)
 * @param updated when the entry last changed; null when the feed does not say
 * @param author names of the authors, comma-separated; null when none
 * @param categories categories or tags as the feed names them, without duplicates
 */
public record FeedEntry(
    String guid,
    String link,
    String canonicalLink,
    String title,
    String summaryHtml,
    String summaryText,
    String imageUrl,
    Instant published,
    Instant updated,
    String author,
    List<String> categories) {

  public FeedEntry {
    categories = List.copyOf(categories);
  }

  /**
   * A hash of what a reader sees of the entry. When it differs from the stored one, the entry
   * changed and the item should be updated; the guid is left out, since it says which entry this
   * is, not what it says.
   */
  public String fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String field :
        List.of(
            nullSafe(link),
            nullSafe(title),
            nullSafe(summaryHtml),
            nullSafe(imageUrl),
            published == null ? "" : published.toString(),
            updated == null ? "" : updated.toString(),
            nullSafe(author),
            String.join("\u001F", categories))) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      // The length before each field keeps ("ab", "c") and ("a", "bc") apart.
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String nullSafe(String s) {
    return s == null ? "" : s;
  }
}
