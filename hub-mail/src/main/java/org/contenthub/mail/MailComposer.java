package org.contenthub.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Turns an {@link OutgoingMail} into a {@link MimeMessage} ready for any {@link MailTransport}.
 *
 * <p>Structure, from outside in: {@code multipart/mixed} (only with attachments) → {@code
 * multipart/alternative} (plain text first, HTML last, as clients prefer the last one they
 * understand) → {@code multipart/related} (only with inline images) → the HTML and its images.
 * Bodies are UTF-8, always quoted-printable: Dutch text is nearly ASCII, so it stays readable in
 * the raw mail and no line exceeds SMTP's 998 characters. Headers with non-ASCII text become RFC
 * 2047 encoded-words.
 *
 * <p>The Message-ID is set here, from the configured domain, and survives sending (see {@link
 * ComposedMessage}), so hub-web can read it with {@code getMessageID()} and store it before it
 * hands the message to a transport. Thread-safe.
 */
public final class MailComposer {

  private static final Pattern DOMAIN =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final String QP = "quoted-printable";

  private final EmailAddress defaultFrom;
  private final String messageIdDomain;
  private final Clock clock;
  private final Session session;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param defaultFrom the sender of mails that name none (the configured {@code hub.smtp.from})
   * @param messageIdDomain the domain after the {@code @} in Message-IDs, normally the sending
   *     domain; some spam filters score ids with a foreign or missing domain
   */
  public MailComposer(EmailAddress defaultFrom, String messageIdDomain) {
    this(defaultFrom, messageIdDomain, Clock.systemUTC());
  }

  public MailComposer(EmailAddress defaultFrom, String messageIdDomain, Clock clock) {
    this.defaultFrom = Objects.requireNonNull(defaultFrom, "defaultFrom");
    HeaderText.requireSafe("message id domain", messageIdDomain);
    if (!DOMAIN.matcher(messageIdDomain).matches()) {
      throw new IllegalArgumentException("not a domain name: " + messageIdDomain);
    }
    this.messageIdDomain = messageIdDomain;
    this.clock = Objects.requireNonNull(clock);
    this.session = Session.getInstance(new Properties());
  }

  public MimeMessage compose(OutgoingMail mail) {
    try {
      ComposedMessage message = new ComposedMessage(session);
      writeHeaders(mail, message);
      Part body = message;
      if (!mail.attachments().isEmpty()) {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        writeContent(mail, content);
        mixed.addBodyPart(content);
        for (Attachment attachment : mail.attachments()) {
          mixed.addBodyPart(attachmentPart(attachment));
        }
        message.setContent(mixed);
      } else {
        writeContent(mail, body);
      }
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      // Every input was validated by the value types, so this is a bug, not bad data.
      throw new IllegalStateException("could not compose mail: " + e.getMessage(), e);
    }
  }

  private void writeHeaders(OutgoingMail mail, ComposedMessage message) throws MessagingException {
    EmailAddress from = mail.from() != null ? mail.from() : defaultFrom;
    message.setFrom(from.toInternetAddress());
    setAddresses(message, Message.RecipientType.TO, mail.to());
    setAddresses(message, Message.RecipientType.CC, mail.cc());
    setAddresses(message, Message.RecipientType.BCC, mail.bcc());
    if (!mail.replyTo().isEmpty()) {
      message.setReplyTo(internet(mail.replyTo()));
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Message-ID", newMessageId());
    if (mail.envelopeFrom() != null) {
      message.setEnvelopeFrom(mail.envelopeFrom().address());
    }
    if (mail.listId() != null) {
      message.setHeader("List-Id", listIdValue(mail.listId()));
      // Bulk precedence and Exchange's suppression header keep out-of-office replies from
      // flooding the sender when a newsletter goes to thousands of colleagues.
      message.setHeader("Precedence", "bulk");
    }
    if (mail.listUnsubscribe() != null) {
      message.setHeader("List-Unsubscribe", mail.listUnsubscribe().headerValue());
      if (mail.listUnsubscribe().oneClick()) {
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
    }
    if (mail.autoSubmitted()) {
      message.setHeader("Auto-Submitted", "auto-generated");
    }
    if (mail.autoSubmitted() || mail.listId() != null) {
      message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
    }
    for (Map.Entry<String, String> header : mail.headers().entrySet()) {
      message.setHeader(header.getKey(), encodeHeader(header.getKey(), header.getValue()));
    }
  }

  private void writeContent(OutgoingMail mail, Part part) throws MessagingException {
    if (mail.html() == null) {
      setText(part, mail.text(), "plain");
    } else if (mail.text() == null) {
      writeHtml(mail, part);
    } else {
      MimeMultipart alternative = new MimeMultipart("alternative");
      MimeBodyPart text = new MimeBodyPart();
      setText(text, mail.text(), "plain");
      alternative.addBodyPart(text);
      MimeBodyPart html = new MimeBodyPart();
      writeHtml(mail, html);
      alternative.addBodyPart(html);
      part.setContent(alternative);
    }
  }

  private void writeHtml(OutgoingMail mail, Part part) throws MessagingException {
    if (mail.inlineImages().isEmpty()) {
      setText(part, mail.html(), "html");
      return;
    }
    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart html = new MimeBodyPart();
    setText(html, mail.html(), "html");
    related.addBodyPart(html);
    for (InlineImage image : mail.inlineImages()) {
      MimeBodyPart img = new MimeBodyPart();
      img.setDataHandler(
          new DataHandler(new ByteArrayDataSource(image.data(), image.contentType())));
      img.setContentID("<" + image.contentId() + ">");
      img.setDisposition(Part.INLINE);
      img.setFileName(image.filename());
      img.setHeader("Content-Transfer-Encoding", "base64");
      related.addBodyPart(img);
    }
    part.setContent(related);
  }

  private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(attachment.data(), attachment.contentType())));
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName(attachment.filename());
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  private static void setText(Part part, String text, String subtype) throws MessagingException {
    if (part instanceof MimeMessage m) {
      m.setText(text, "UTF-8", subtype);
    } else {
      ((MimeBodyPart) part).setText(text, "UTF-8", subtype);
    }
    // Fixed here because Jakarta Mail would pick base64 for text with many non-ASCII characters,
    // which some spam filters dislike and no human can read in the outbox file.
    part.setHeader("Content-Transfer-Encoding", QP);
  }

  private static void setAddresses(
      MimeMessage message, Message.RecipientType type, List<EmailAddress> addresses)
      throws MessagingException {
    if (!addresses.isEmpty()) {
      message.setRecipients(type, internet(addresses));
    }
  }

  private static InternetAddress[] internet(List<EmailAddress> addresses) {
    return addresses.stream().map(EmailAddress::toInternetAddress).toArray(InternetAddress[]::new);
  }

  private String newMessageId() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return "<"
        + Long.toString(clock.millis(), 36)
        + "."
        + HexFormat.of().formatHex(bytes)
        + "@"
        + messageIdDomain
        + ">";
  }

  private static String listIdValue(ListId listId) {
    if (listId.description() == null) {
      return "<" + listId.id() + ">";
    }
    return phrase(listId.description()) + " <" + listId.id() + ">";
  }

  /** An RFC 5322 phrase: quoted when ASCII, an encoded-word otherwise. */
  private static String phrase(String text) {
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    try {
      return MimeUtility.encodeWord(text, "UTF-8", "Q");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encodeHeader(String name, String value) {
    try {
      return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, "UTF-8", null));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
