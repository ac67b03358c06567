package org.contenthub.web.attachments;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Looks inside an upload with Apache Tika: what it really is (by its bytes, not its name), whether
 * the hub accepts that type, the text in it for search, and a thumbnail for images.
 */
final class FileInspector {

  /** Documents people share on a hub: PDFs, Office and OpenDocument files, images, text. */
  static final Set<String> ACCEPTED =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "text/plain",
          "text/csv");

  private static final int MAX_TEXT = 1_000_000;
  private static final int THUMBNAIL_WIDTH = 320;

  private final Tika tika = new Tika();

  FileInspector() {
    tika.setMaxStringLength(MAX_TEXT);
  }

  /** The media type from the bytes alone (the name is deliberately not consulted). */
  String detect(byte[] content) {
    try (InputStream in = new ByteArrayInputStream(content)) {
      String type = tika.detect(in, new Metadata());
      return type == null ? "application/octet-stream" : type;
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  boolean accepts(String mediaType) {
    return ACCEPTED.contains(mediaType);
  }

  /** The readable text, or an empty string when there is none or the file defeats the parser. */
  String text(byte[] content) {
    if (content.length == 0) {
      return "";
    }
    try (InputStream in = new ByteArrayInputStream(content)) {
      return tika.parseToString(in, new Metadata(), MAX_TEXT).strip();
    } catch (IOException | TikaException | RuntimeException unreadable) {
      return "";
    }
  }

  /** A PNG at most 320 pixels wide for images, or null. */
  byte[] thumbnail(byte[] content, String mediaType) {
    if (!mediaType.startsWith("image/")) {
      return null;
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
      if (image == null) {
        return null;
      }
      int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
      int height = Math.max(1, image.getHeight() * width / image.getWidth());
      BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = small.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "png", out);
      return out.toByteArray();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
