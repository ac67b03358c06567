package org.contenthub.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bounces from hub-web's bounce mailbox into {@link Bounce}s.
 *
 * <p>First choice is the standard: an RFC 3464 {@code multipart/report} with a {@code
 * message/delivery-status} part (Postfix, Exim, Exchange, Gmail and Microsoft 365 all send one) and
 * the original message or its headers for the Message-ID. Mail systems that send only prose (qmail,
 * old Exchange, some appliances) are read heuristically: a sender like MAILER-DAEMON or a
 * bounce-like subject (English or Dutch), then status codes and addresses from the text.
 *
 * <p>Never throws: anything that is not a recognisable bounce (an out-of-office reply, spam,
 * garbage) yields an empty list, so the mailbox reader can file it away.
 */
public final class BounceParser {

  /** An RFC 3463 status like 5.1.1, but not a piece of an IP address such as 10.5.1.1. */
  private static final Pattern ENHANCED =
      Pattern.compile("(?<![\\d.])[245]\\.\\d{1,3}\\.\\d{1,3}(?!\\.?\\d)");

  private static final Pattern BASIC = Pattern.compile("(?<![\\d.])([45]\\d\\d)[ -](?!\\d)");
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern MESSAGE_ID_LINE =
      Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^>\\s]+>)");
  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?i)(undeliver|undelivered|delivery status notification|delivery failure"
              + "|mail delivery failed|returned mail|failure notice|delivery has failed"
              + "|could not be delivered|onbestelbaar|niet bezorgd|kan niet worden bezorgd"
              + "|afleveringsfout|bezorging mislukt)");
  private static final Pattern DAEMON =
      Pattern.compile("(?i)(mailer-daemon|postmaster|mail delivery)");
  private static final int MAX_TEXT = 200_000;

  private final Session session = Session.getInstance(new Properties());

  /** The bounces in a raw message (e.g. an {@code .eml} file); empty if it is none. */
  public List<Bounce> parse(InputStream raw) {
    try {
      return parse(new MimeMessage(session, raw));
    } catch (MessagingException | RuntimeException e) {
      return List.of();
    }
  }

  /** The bounces in a message; empty if it is none. */
  public List<Bounce> parse(Message message) {
    try {
      List<Bounce> standard = fromDeliveryStatus(message);
      if (!standard.isEmpty()) {
        return standard;
      }
      return fromProse(message);
    } catch (MessagingException | IOException | RuntimeException e) {
      return List.of();
    }
  }

  // ---- RFC 3464 ----

  private List<Bounce> fromDeliveryStatus(Message message) throws MessagingException, IOException {
    List<Part> statusParts = new ArrayList<>();
    List<Part> originals = new ArrayList<>();
    collect(message, statusParts, originals, 0);
    if (statusParts.isEmpty()) {
      return List.of();
    }
    String originalId = originalMessageId(originals);
    List<Bounce> bounces = new ArrayList<>();
    for (Part part : statusParts) {
      byte[] bytes;
      try (InputStream in = part.getInputStream()) {
        bytes = in.readNBytes(MAX_TEXT);
      }
      for (InternetHeaders block : blocks(bytes)) {
        Bounce b = recipientBlock(block, originalId);
        if (b != null) {
          bounces.add(b);
        }
      }
    }
    return bounces;
  }

  private static void collect(Part part, List<Part> status, List<Part> originals, int depth)
      throws MessagingException, IOException {
    if (depth > 5) {
      return;
    }
    String type = baseType(part);
    if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
      status.add(part);
    } else if (type.equals("message/rfc822")
        || type.equals("message/global")
        || type.equals("text/rfc822-headers")
        || type.equals("message/global-headers")) {
      originals.add(part);
    } else if (type.startsWith("multipart/")) {
      Object content = part.getContent();
      if (content instanceof Multipart mp) {
        for (int i = 0; i < mp.getCount(); i++) {
          collect(mp.getBodyPart(i), status, originals, depth + 1);
        }
      }
    }
  }

  /** The per-message block comes first, then one block per recipient, separated by blank lines. */
  private static List<InternetHeaders> blocks(byte[] bytes) throws MessagingException {
    List<InternetHeaders> blocks = new ArrayList<>();
    // Normalise line ends, and make sure every block ends with an empty line.
    String text =
        new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    for (String chunk : text.split("\n[ \t]*\n")) {
      if (chunk.isBlank()) {
        continue;
      }
      String crlf = chunk.strip().replace("\n", "\r\n") + "\r\n\r\n";
      blocks.add(
          new InternetHeaders(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8))));
    }
    return blocks;
  }

  private static Bounce recipientBlock(InternetHeaders block, String originalId) {
    String recipient = typedValue(block.getHeader("Final-Recipient", null));
    if (recipient == null) {
      recipient = typedValue(block.getHeader("Original-Recipient", null));
    }
    String action = value(block.getHeader("Action", null));
    if (recipient == null || action == null) {
      return null; // the per-message block, or noise
    }
    action = action.toLowerCase(Locale.ROOT);
    if (!action.equals("failed") && !action.equals("delayed")) {
      return null; // delivered, relayed, expanded: not a bounce
    }
    String diagnostic = typedValue(block.getHeader("Diagnostic-Code", null));
    String status = value(block.getHeader("Status", null));
    Matcher m = status == null ? null : ENHANCED.matcher(status);
    if (m != null && m.find()) {
      status = m.group();
    } else {
      status = statusFromText(diagnostic == null ? "" : diagnostic);
      if (status == null) {
        status = action.equals("delayed") ? "4.0.0" : "5.0.0";
      }
    }
    return new Bounce(
        cleanAddress(recipient),
        action,
        status,
        Bounce.typeOf(status, action),
        diagnostic == null ? "" : diagnostic,
        originalId);
  }

  private String originalMessageId(List<Part> originals) throws MessagingException, IOException {
    for (Part part : originals) {
      try (InputStream in = part.getInputStream()) {
        // Both a whole message and bare headers start with the header block.
        InternetHeaders headers = new InternetHeaders(in);
        String id = headers.getHeader("Message-ID", null);
        if (id != null && !id.isBlank()) {
          return id.strip();
        }
      } catch (MessagingException | IOException e) {
        // try the next part
      }
    }
    return null;
  }

  // ---- heuristics for bounces without a delivery-status part ----

  private List<Bounce> fromProse(Message message) throws MessagingException, IOException {
    String subject = decode(message.getHeader("Subject"));
    String from = decode(message.getHeader("From"));
    String[] failedHeader = message.getHeader("X-Failed-Recipients");
    String autoSubmitted = decode(message.getHeader("Auto-Submitted"));
    boolean looksLikeBounce =
        failedHeader != null
            || BOUNCE_SUBJECT.matcher(subject).find()
            || (DAEMON.matcher(from).find() && !autoSubmitted.contains("auto-replied"));
    if (!looksLikeBounce) {
      return List.of();
    }
    String text = text(message, 0);
    Set<String> recipients = new LinkedHashSet<>();
    if (failedHeader != null) {
      for (String h : failedHeader) {
        Matcher m = ADDRESS.matcher(h);
        while (m.find()) {
          recipients.add(cleanAddress(m.group()));
        }
      }
    }
    String diagnostic = diagnosticLine(text);
    String status = statusFromText(diagnostic != null ? diagnostic : text);
    if (status == null) {
      return List.of(); // no code anywhere: not something we can act on
    }
    if (recipients.isEmpty()) {
      Set<String> ignore = ownAddresses(message);
      String firstPart = text.length() > 20_000 ? text.substring(0, 20_000) : text;
      String quoteStart = firstQuoteMarker(firstPart);
      Matcher m = ADDRESS.matcher(quoteStart);
      while (m.find()) {
        String a = cleanAddress(m.group());
        if (!ignore.contains(a) && !DAEMON.matcher(a).find()) {
          recipients.add(a);
          break; // prose bounces name the failed address first; later ones are quoted headers
        }
      }
    }
    if (recipients.isEmpty()) {
      return List.of();
    }
    String originalId = null;
    Matcher id = MESSAGE_ID_LINE.matcher(afterQuoteMarker(text));
    if (id.find()) {
      originalId = id.group(1);
    }
    String action = status.startsWith("4") ? "delayed" : "failed";
    List<Bounce> bounces = new ArrayList<>();
    for (String r : recipients) {
      bounces.add(
          new Bounce(
              r,
              action,
              status,
              Bounce.typeOf(status, action),
              diagnostic == null ? "" : diagnostic,
              originalId));
    }
    return bounces;
  }

  /** The text before the copy of the original message, where the failure is described. */
  private static String firstQuoteMarker(String text) {
    int cut = quoteMarkerIndex(text);
    return cut < 0 ? text : text.substring(0, cut);
  }

  private static String afterQuoteMarker(String text) {
    int cut = quoteMarkerIndex(text);
    return cut < 0 ? text : text.substring(cut);
  }

  private static int quoteMarkerIndex(String text) {
    Matcher m =
        Pattern.compile(
                "(?im)^.*(below this line is a copy|copy of the message|original message"
                    + "|oorspronkelijk bericht|message headers follow|^received:).*$")
            .matcher(text);
    return m.find() ? m.start() : -1;
  }

  /** The line that carries the remote server's verdict, e.g. {@code 550 5.1.1 User unknown}. */
  private static String diagnosticLine(String text) {
    String before = firstQuoteMarker(text);
    for (Pattern code : new Pattern[] {ENHANCED, BASIC}) {
      for (String line : before.split("\n")) {
        String l = line.strip();
        if (code.matcher(l + " ").find()) {
          return l.length() > 500 ? l.substring(0, 500) : l;
        }
      }
    }
    return null;
  }

  static String statusFromText(String text) {
    Matcher enhanced = ENHANCED.matcher(text);
    if (enhanced.find()) {
      return enhanced.group();
    }
    Matcher basic = BASIC.matcher(text + " ");
    if (basic.find()) {
      return basic.group(1).charAt(0) + ".0.0";
    }
    return null;
  }

  private static Set<String> ownAddresses(Message message) {
    Set<String> own = new LinkedHashSet<>();
    for (String name : new String[] {"From", "To", "Cc", "Reply-To", "Return-Path", "Sender"}) {
      try {
        String[] values = message.getHeader(name);
        if (values == null) {
          continue;
        }
        for (String v : values) {
          Matcher m = ADDRESS.matcher(v);
          while (m.find()) {
            own.add(cleanAddress(m.group()));
          }
        }
      } catch (MessagingException e) {
        // ignore this header
      }
    }
    return own;
  }

  /** All readable text of the message, HTML reduced to text, quoted messages included. */
  private String text(Part part, int depth) throws MessagingException, IOException {
    if (depth > 5) {
      return "";
    }
    String type = baseType(part);
    if (type.startsWith("multipart/")) {
      Object content = part.getContent();
      StringBuilder sb = new StringBuilder();
      if (content instanceof Multipart mp) {
        for (int i = 0; i < mp.getCount() && sb.length() < MAX_TEXT; i++) {
          BodyPart child = mp.getBodyPart(i);
          // In multipart/alternative the text and HTML say the same: take the first readable.
          String t = text(child, depth + 1);
          sb.append(t).append('\n');
          if (type.equals("multipart/alternative") && !t.isBlank()) {
            break;
          }
        }
      }
      return sb.toString();
    }
    if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
      try (InputStream in = part.getInputStream()) {
        return "\n--- original message ---\n"
            + new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8);
      }
    }
    if (type.startsWith("text/")) {
      String s = MimeText.read(part);
      return type.equals("text/html") ? htmlToText(s) : s.replace("\r\n", "\n");
    }
    return "";
  }

  static String htmlToText(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n")
        .replaceAll("<[^>]+>", " ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String baseType(Part part) {
    try {
      String ct = part.getContentType();
      if (ct == null) {
        return "text/plain";
      }
      return new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  /** The value after {@code rfc822;} or {@code smtp;} in a typed DSN field. */
  private static String typedValue(String header) {
    String v = value(header);
    if (v == null) {
      return null;
    }
    int semi = v.indexOf(';');
    String rest = semi >= 0 ? v.substring(semi + 1).strip() : v;
    return rest.isEmpty() ? null : rest;
  }

  private static String value(String header) {
    if (header == null) {
      return null;
    }
    String v = MimeUtility.unfold(header).replaceAll("\\s+", " ").strip();
    return v.isEmpty() ? null : v;
  }

  private static String cleanAddress(String address) {
    String a = address.strip();
    if (a.startsWith("<") && a.endsWith(">")) {
      a = a.substring(1, a.length() - 1);
    }
    try {
      InternetAddress parsed = new InternetAddress(a, false);
      a = parsed.getAddress();
    } catch (MessagingException e) {
      // keep the text as reported
    }
    return a.toLowerCase(Locale.ROOT);
  }

  private static String decode(String[] header) {
    if (header == null || header.length == 0) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header[0]));
    } catch (java.io.UnsupportedEncodingException e) {
      return header[0];
    }
  }
}
