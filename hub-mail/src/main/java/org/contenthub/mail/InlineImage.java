package org.contenthub.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image shipped inside the mail and referenced from the HTML as {@code <img src="cid:logo">}.
 * Inline images show without the reader clicking "download images", at the cost of a bigger mail;
 * for large newsletters prefer hosted images (plain {@code https://} URLs in the HTML, nothing to
 * do here).
 *
 * @param contentId the id used after {@code cid:} in the HTML, e.g. {@code logo} or {@code
 *     logo@hub}
 * @param filename a name for clients that show the image as an attachment
 * @param contentType an image type such as {@code image/png}
 * @param data the image bytes; not copied
 */
public record InlineImage(String contentId, String filename, String contentType, byte[] data) {

  private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9._%+-]+(@[A-Za-z0-9.-]+)?");

  public InlineImage {
    HeaderText.requireSafe("content id", contentId);
    if (!CONTENT_ID.matcher(contentId).matches()) {
      throw new IllegalArgumentException("content id must be a simple token: " + contentId);
    }
    HeaderText.requireSafe("filename", filename);
    contentType = Attachment.validContentType(contentType);
    if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
      throw new IllegalArgumentException("inline image must have an image/* type: " + contentType);
    }
    Objects.requireNonNull(data, "data");
  }

  /** The form the HTML refers to: {@code cid:} plus the content id. */
  public String cidUrl() {
    return "cid:" + contentId;
  }
}
