package org.contenthub.mail;

/**
 * A file that came with a received mail: a photo for the hub, a PDF, an image inside the HTML.
 *
 * @param filename the decoded file name; a made-up one ({@code attachment-2.jpeg}) if none was
 *     given
 * @param contentType the base MIME type, lower case, e.g. {@code image/jpeg}
 * @param contentId the Content-ID without angle brackets, or {@code null}; the HTML refers to it as
 *     {@code cid:...}
 * @param inline whether the sender meant it to show inside the text rather than as a download
 * @param data the decoded bytes
 */
public record ReceivedAttachment(
    String filename, String contentType, String contentId, boolean inline, byte[] data) {

  public long size() {
    return data.length;
  }

  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}
