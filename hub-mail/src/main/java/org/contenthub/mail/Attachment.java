package org.contenthub.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Objects;

/**
 * A file attached to an outgoing mail (a brochure, a calendar invitation). The bytes are held in
 * memory: newsletters carry small attachments, big files belong on the hub behind a link.
 *
 * @param filename shown to the recipient; non-ASCII names are encoded per RFC 2231
 * @param contentType a MIME type such as {@code application/pdf}
 * @param data the content; not copied, callers must not change it afterwards
 */
public record Attachment(String filename, String contentType, byte[] data) {

  public Attachment {
    HeaderText.requireSafe("filename", filename);
    if (filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
      throw new IllegalArgumentException("attachment filename must be a plain name: " + filename);
    }
    contentType = validContentType(contentType);
    Objects.requireNonNull(data, "data");
  }

  static String validContentType(String contentType) {
    HeaderText.requireSafe("content type", contentType);
    try {
      ContentType parsed = new ContentType(contentType);
      if (parsed.getPrimaryType() == null || parsed.getSubType() == null) {
        throw new IllegalArgumentException("not a MIME type: " + contentType);
      }
      return contentType;
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a MIME type: " + contentType, e);
    }
  }
}
