package org.contenthub.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Turns a received {@link MimeMessage} into a {@link ReceivedMail}: the text and HTML bodies, every
 * attachment and inline image with its bytes, and forwarded messages unpacked recursively. Lenient
 * where mail clients are sloppy (unknown charsets, encoded-words in file names, missing file
 * names); strict where the structure itself is broken, which it reports as {@link
 * MalformedMailException} rather than returning half a mail. Thread-safe.
 */
public final class ReceivedMailParser {

  /** Larger mails are refused: the intake is for stories and photos, not for archives. */
  public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

  private static final int MAX_DEPTH = 8;

  private final long maxBytes;

  public ReceivedMailParser() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxBytes the most decoded attachment and body bytes one mail may carry
   */
  public ReceivedMailParser(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public ReceivedMail parse(MimeMessage message) throws MalformedMailException {
    return parse(message, new long[] {0}, 0);
  }

  private ReceivedMail parse(MimeMessage message, long[] budget, int depth)
      throws MalformedMailException {
    try {
      Body body = new Body();
      walk(message, body, budget, depth);
      String[] from = sender(message);
      return new ReceivedMail(
          MessageIds.of(message),
          from[0],
          from[1],
          recipients(message),
          decodedSubject(message),
          sentDate(message),
          body.text.toString().strip(),
          body.html.length() == 0 ? null : body.html.toString(),
          body.attachments,
          body.forwarded);
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new MalformedMailException("unreadable mail structure: " + e.getMessage(), e);
    }
  }

  /** What the walk collects. */
  private static final class Body {
    final StringBuilder text = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    final List<ReceivedAttachment> attachments = new ArrayList<>();
    final List<ReceivedMail> forwarded = new ArrayList<>();
  }

  private void walk(Part part, Body body, long[] budget, int depth)
      throws MessagingException, IOException, MalformedMailException {
    if (depth > MAX_DEPTH) {
      throw new MalformedMailException("MIME structure nested deeper than " + MAX_DEPTH);
    }
    String type = baseType(part);
    if (type.startsWith("multipart/")) {
      Object content = part.getContent();
      if (!(content instanceof Multipart multipart)) {
        throw new MalformedMailException("a " + type + " part without parts");
      }
      // Reading the count parses the whole multipart, so a missing boundary shows here.
      int count = multipart.getCount();
      for (int i = 0; i < count; i++) {
        walk(multipart.getBodyPart(i), body, budget, depth + 1);
      }
      return;
    }
    if (type.equals("message/rfc822") || type.equals("message/global")) {
      Object content = part.getContent();
      if (!(content instanceof MimeMessage nested)) {
        throw new MalformedMailException("a " + type + " part that is not a message");
      }
      body.forwarded.add(parse(nested, budget, depth + 1));
      return;
    }
    String disposition = disposition(part);
    String filename = filename(part);
    boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || filename != null;
    if (!attached && (type.equals("text/plain") || type.equals("text/html"))) {
      String text = MimeText.read(part, remaining(budget));
      spend(budget, text.length());
      StringBuilder target = type.equals("text/plain") ? body.text : body.html;
      if (target.length() > 0) {
        target.append('\n');
      }
      target.append(text);
      return;
    }
    byte[] data;
    try (InputStream in = part.getInputStream()) {
      data = in.readNBytes(remaining(budget) + 1);
    }
    spend(budget, data.length);
    String contentId = contentId(part);
    boolean inline = contentId != null || Part.INLINE.equalsIgnoreCase(disposition);
    if (filename == null) {
      filename = "attachment-" + (body.attachments.size() + 1) + "." + extension(type);
    }
    body.attachments.add(new ReceivedAttachment(filename, type, contentId, inline, data));
  }

  private int remaining(long[] budget) {
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes - budget[0]));
  }

  private void spend(long[] budget, long bytes) throws MalformedMailException {
    budget[0] += bytes;
    if (budget[0] > maxBytes) {
      throw new MalformedMailException("mail larger than " + maxBytes + " bytes");
    }
  }

  private static String baseType(Part part) {
    try {
      String ct = part.getContentType();
      return ct == null ? "text/plain" : new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      // An unreadable Content-Type: keep the bytes as an attachment rather than lose them.
      return "application/octet-stream";
    }
  }

  private static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String filename(Part part) {
    try {
      String name = part.getFileName();
      if (name == null || name.isBlank()) {
        return null;
      }
      // Outlook and others put RFC 2047 encoded-words into file names, which RFC 2231 forbids.
      if (name.contains("=?")) {
        name = MimeUtility.decodeText(name);
      }
      // Keep only the last path segment: a file name must not lead anywhere.
      name = name.replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1).strip();
      return name.isEmpty() ? null : name;
    } catch (MessagingException | UnsupportedEncodingException e) {
      return null;
    }
  }

  private static String contentId(Part part) throws MessagingException {
    if (!(part instanceof MimePart mp)) {
      return null;
    }
    String id = mp.getContentID();
    if (id == null || id.isBlank()) {
      return null;
    }
    id = id.strip();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1);
    }
    return id;
  }

  private static String extension(String type) {
    return switch (type) {
      case "image/jpeg" -> "jpg";
      case "image/png" -> "png";
      case "image/gif" -> "gif";
      case "application/pdf" -> "pdf";
      case "text/plain" -> "txt";
      case "text/html" -> "html";
      default -> "bin";
    };
  }

  private static String[] sender(Message message) {
    try {
      Address[] from = message.getFrom();
      if (from != null && from.length > 0 && from[0] instanceof InternetAddress ia) {
        String address = ia.getAddress() == null ? "" : ia.getAddress().toLowerCase(Locale.ROOT);
        return new String[] {address, ia.getPersonal() == null ? "" : ia.getPersonal()};
      }
    } catch (MessagingException e) {
      // fall through: a From header that does not parse
    }
    return new String[] {"", ""};
  }

  private static List<String> recipients(Message message) {
    List<String> list = new ArrayList<>();
    for (Message.RecipientType type :
        new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
      try {
        Address[] addresses = message.getRecipients(type);
        if (addresses != null) {
          for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) {
              list.add(ia.getAddress().toLowerCase(Locale.ROOT));
            }
          }
        }
      } catch (MessagingException e) {
        // an unparseable recipient list says nothing we need
      }
    }
    return list;
  }

  private static String decodedSubject(Message message) {
    try {
      String s = message.getSubject();
      return s == null ? "" : s.strip();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static Instant sentDate(Message message) {
    try {
      Date d = message.getSentDate();
      return d == null ? null : d.toInstant();
    } catch (MessagingException e) {
      return null;
    }
  }
}
