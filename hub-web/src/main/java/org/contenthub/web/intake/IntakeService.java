package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Viewer;
import org.contenthub.web.workflow.SubmissionInput;
import org.contenthub.web.workflow.SubmissionService;
import org.contenthub.web.workflow.SubmissionView;

/**
 * The rules of intake by chat: only signed calls count; each message once; a known colleague's
 * message becomes their submitted submission, an unknown sender's is held for an editor.
 */
@ApplicationScoped
public class IntakeService {

  private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());
  static final String WHATSAPP = "whatsapp";
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
  private static final Pattern VIDEO_HOST =
      Pattern.compile("https?://(www\\.|m\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/.*");

  @Inject IntakeSettings settings;
  @Inject IntakeRepository intake;
  @Inject SubmissionService submissions;
  @Inject AccountService accounts;
  @Inject org.contenthub.web.platform.HubSettings hub;
  @Inject jakarta.enterprise.event.Event<IntakeConfirmation> confirmations;
  @Inject MediaQueue media;

  static final String EMAIL = "email";

  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^(?:(?:fwd?|fw|doorst|tr|wg|re|antw)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

  /** What a webhook call brought: new messages, repeats, and which of the new were held. */
  public record Receipt(int received, int duplicates, int submitted, int held) {}

  /** The subscription handshake: the challenge back when the token is the configured one. */
  public Optional<String> verifyWhatsApp(String mode, String token, String challenge) {
    Optional<String> configured = settings.whatsAppVerifyToken();
    if (configured.isEmpty()
        || !"subscribe".equals(mode)
        || token == null
        || challenge == null
        || !java.security.MessageDigest.isEqual(
            configured.get().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(challenge);
  }

  /**
   * A webhook call: 401 without a signature, 403 with a wrong one (or none configured), 400 for a
   * body that is no webhook JSON. One transaction: all its messages or none.
   */
  @Transactional
  public Receipt receiveWhatsApp(byte[] body, String signature) {
    if (signature == null || signature.isBlank()) {
      throw new NotAuthorizedException(
          "Calls must be signed (X-Hub-Signature-256).", "X-Hub-Signature-256");
    }
    String secret =
        settings
            .whatsAppAppSecret()
            .orElseThrow(() -> new ForbiddenException("Intake by WhatsApp is not configured."));
    if (!WebhookSignature.verify(body, signature, secret)) {
      throw new ForbiddenException("The signature does not match.");
    }
    List<ChatMessage> messages;
    try {
      messages = ChatMessage.parse(body);
    } catch (IllegalArgumentException e) {
      throw new ClientErrorException(e.getMessage(), Response.Status.BAD_REQUEST);
    }
    int duplicates = 0;
    int submitted = 0;
    int held = 0;
    for (ChatMessage message : messages) {
      Optional<Long> recorded = intake.record(WHATSAPP, message);
      if (recorded.isEmpty()) {
        duplicates++;
        continue;
      }
      Optional<Account> author = intake.usernameOf(message.from()).flatMap(accounts::findActive);
      if (author.isPresent()) {
        SubmissionView created = submit(recorded.get(), message, author.get());
        intake.settle(recorded.get(), "submitted", author.get().getUsername(), created.id());
        submitted++;
      } else {
        intake.settle(recorded.get(), "held", null, null);
        held++;
      }
    }
    int received = messages.size() - duplicates;
    int repeated = duplicates;
    LOG.fine(() -> "WhatsApp: " + received + " new messages, " + repeated + " repeated");
    return new Receipt(received, duplicates, submitted, held);
  }

  /** Whether a mail with this Message-ID was received before (by any instance). */
  @Transactional
  public boolean mailSeen(String messageId) {
    return intake.exists(EMAIL, messageId);
  }

  /**
   * What became of a mail: {@code submitted} (with the submission), {@code held} or {@code
   * duplicate}.
   */
  public record MailOutcome(String status, Long submissionId) {}

  /**
   * A mail to the intake mailbox, once per Message-ID: from a colleague's address it becomes their
   * submitted submission (subject as title, the sanitised HTML or the text as body, forwarded
   * messages unpacked below it, every file along) and they get a confirmation with a link after the
   * commit; from an unknown address it is held for an editor.
   */
  @Transactional
  public MailOutcome receiveMail(org.contenthub.mail.ReceivedMail mail) {
    return receiveMail(mail, null);
  }

  /**
   * As {@link #receiveMail(org.contenthub.mail.ReceivedMail)}, with the raw message, which a held
   * mail keeps so that it can become a submission with all its files when an editor assigns it.
   */
  @Transactional
  public MailOutcome receiveMail(org.contenthub.mail.ReceivedMail mail, byte[] raw) {
    String subject = REPLY_PREFIX.matcher(mail.subject().strip()).replaceFirst("").strip();
    String text = plainTextOf(mail);
    ChatMessage record =
        new ChatMessage(
            mail.messageId(),
            mail.fromAddress(),
            mail.fromName().isBlank() ? null : mail.fromName(),
            EMAIL,
            (subject.isEmpty() ? "" : subject + "\n\n") + text,
            null,
            null);
    Optional<Long> recorded = intake.record(EMAIL, record);
    if (recorded.isEmpty()) {
      return new MailOutcome("duplicate", null); // the same mail again
    }
    Optional<Account> author = accounts.findActiveByEmail(mail.fromAddress());
    if (author.isEmpty()) {
      intake.settle(recorded.get(), "held", null, null);
      if (raw != null) {
        intake.keepRaw(recorded.get(), raw);
      }
      return new MailOutcome("held", null);
    }
    SubmissionView created = submitMail(mail, subject, text, author.get());
    intake.settle(recorded.get(), "submitted", author.get().getUsername(), created.id());
    confirmations.fire(
        new IntakeConfirmation(
            author.get().getEmail(),
            author.get().getDisplayName(),
            author.get().getLanguage() == null ? "nl" : author.get().getLanguage(),
            created.title(),
            hub.baseUrl() + "/submissions/" + created.id()));
    return new MailOutcome("submitted", created.id());
  }

  /**
   * A mail as its author's submission: subject as title, sanitised HTML or text as body with
   * forwarded messages and chat transcripts below it, every file along (see {@link #unpack}).
   */
  private SubmissionView submitMail(
      org.contenthub.mail.ReceivedMail mail, String subject, String text, Account author) {
    // Every attachment and inline photo, of the mail and of the messages forwarded in it.
    List<org.contenthub.mail.ReceivedAttachment> received = new ArrayList<>();
    collectAttachments(mail, received);
    Unpacked unpacked = unpack(received);
    boolean photo =
        received.stream().anyMatch(p -> SubmissionServiceTypes.PHOTO.contains(p.contentType()))
            || unpacked.photo;
    String body =
        mail.html() != null && !mail.html().isBlank()
            ? HtmlSanitizer.sanitize(mail.html())
            : HtmlSanitizer.fromPlainText(mail.text());
    StringBuilder html = new StringBuilder(body == null ? "" : body);
    for (org.contenthub.mail.ReceivedMail forwarded : mail.forwarded()) {
      html.append("<hr><p><strong>")
          .append(escape(forwarded.subject()))
          .append("</strong> (")
          .append(
              escape(
                  forwarded.fromName().isBlank() ? forwarded.fromAddress() : forwarded.fromName()))
          .append(")</p>")
          .append(
              forwarded.html() != null && !forwarded.html().isBlank()
                  ? HtmlSanitizer.sanitize(forwarded.html())
                  : java.util.Objects.requireNonNullElse(
                      HtmlSanitizer.fromPlainText(forwarded.text()), ""));
    }
    List<String> links = links(text);
    String title =
        !subject.isEmpty()
            ? clip(subject)
            : text.lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .map(l -> clip(l.strip()))
                .orElse("E-mail");
    String kind =
        photo
            ? "photo"
            : links.isEmpty()
                ? "story"
                : links.stream().anyMatch(l -> VIDEO_HOST.matcher(l).matches()) ? "video" : "link";
    html.append(unpacked.transcripts);
    SubmissionInput input = new SubmissionInput(title, html.toString(), kind, "internal");
    input.links = links;
    return submissions.createReceived(
        input, "e-mail", Viewer.of(author), unpacked.files, unpacked.notes);
  }

  /** The files to keep, the chat transcripts for the body, and what could not be unpacked. */
  private static final class Unpacked {
    final List<SubmissionService.ReceivedFile> files = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final StringBuilder transcripts = new StringBuilder();
    boolean photo;
  }

  /** Chat transcripts are kept in the body up to this many characters (the column holds 1M). */
  private static final int MAX_TRANSCRIPT = 400_000;

  /**
   * Exported chats unpacked: a WhatsApp {@code .txt} becomes a readable transcript (and is kept as
   * a file), a zip holding one (iOS) is unpacked in memory within the zip limits and its files
   * kept. Media the chat mentions but the mail lacks are noted; every other file passes as it is.
   */
  private Unpacked unpack(List<org.contenthub.mail.ReceivedAttachment> received) {
    Unpacked result = new Unpacked();
    List<String> sent = new ArrayList<>();
    List<List<ChatExport.Message>> chats = new ArrayList<>();
    List<String> chatNames = new ArrayList<>();
    for (org.contenthub.mail.ReceivedAttachment a : received) {
      String name = a.filename() == null ? "" : a.filename();
      if (isZip(name, a.contentType())) {
        List<SafeZip.Entry> entries;
        try {
          entries = settings.zip().read(a.data());
        } catch (SafeZip.Refused refused) {
          result.notes.add(name + ": not unpacked, " + refused.getMessage());
          continue;
        }
        SafeZip.Entry chat =
            entries.stream()
                .filter(e -> ChatExport.isChatFileName(e.name()))
                .findFirst()
                .orElse(null);
        List<ChatExport.Message> messages =
            chat == null ? List.of() : ChatExport.parse(utf8(chat.content()));
        if (messages.stream().noneMatch(m -> !m.system())) {
          // not a chat export: the zip passes as it is (and the attachments' rules decide)
          result.files.add(new SubmissionService.ReceivedFile(name, a.data()));
          continue;
        }
        chats.add(messages);
        chatNames.add(name);
        for (SafeZip.Entry e : entries) {
          result.files.add(new SubmissionService.ReceivedFile(e.name(), e.content()));
          sent.add(e.name());
          result.photo |= e.name().matches("(?i).*\\.(jpe?g|png|gif|webp)");
        }
        continue;
      }
      result.files.add(new SubmissionService.ReceivedFile(name, a.data()));
      sent.add(name);
      if (ChatExport.isChatFileName(name)) {
        List<ChatExport.Message> messages = ChatExport.parse(utf8(a.data()));
        if (messages.stream().anyMatch(m -> !m.system())) {
          chats.add(messages);
          chatNames.add(name);
        }
      }
    }
    for (int i = 0; i < chats.size(); i++) {
      result.transcripts.append(transcript(chatNames.get(i), chats.get(i)));
      for (String media : ChatExport.mediaOf(chats.get(i))) {
        if (!sent.contains(media)) {
          result.notes.add(media + ": mentioned in the chat " + chatNames.get(i) + " but not sent");
        }
      }
    }
    if (result.transcripts.length() > MAX_TRANSCRIPT) {
      result.transcripts.setLength(MAX_TRANSCRIPT);
      result.transcripts.append("…");
      result.notes.add("The chat transcript was cut at " + MAX_TRANSCRIPT + " characters.");
    }
    return result;
  }

  private static boolean isZip(String name, String contentType) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
        || "application/zip".equals(contentType)
        || "application/x-zip-compressed".equals(contentType);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A chat as HTML (escaped here, sanitised again when stored): sender, time, text, files. */
  private static String transcript(String name, List<ChatExport.Message> messages) {
    java.time.format.DateTimeFormatter format =
        java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    StringBuilder html =
        new StringBuilder("<hr><h3>WhatsApp: ").append(escape(name)).append("</h3>");
    for (ChatExport.Message m : messages) {
      html.append("<p>");
      if (m.system()) {
        html.append("<em>").append(lines(m.text())).append("</em>");
      } else {
        html.append("<strong>").append(escape(m.sender())).append("</strong>");
        if (m.at() != null) {
          html.append(" <small>").append(m.at().format(format)).append("</small>");
        }
        if (!m.text().isEmpty()) {
          html.append("<br>").append(lines(m.text()));
        }
      }
      for (String media : m.media()) {
        html.append("<br>[").append(escape(media)).append("]");
      }
      html.append("</p>");
    }
    return html.toString();
  }

  private static String lines(String text) {
    return escape(text).replace("\n", "<br>");
  }

  private static void collectAttachments(
      org.contenthub.mail.ReceivedMail mail, List<org.contenthub.mail.ReceivedAttachment> into) {
    into.addAll(mail.attachments());
    for (org.contenthub.mail.ReceivedMail forwarded : mail.forwarded()) {
      collectAttachments(forwarded, into);
    }
  }

  private static String plainTextOf(org.contenthub.mail.ReceivedMail mail) {
    StringBuilder text = new StringBuilder(mail.text() == null ? "" : mail.text().strip());
    if (text.isEmpty() && mail.html() != null) {
      text.append(HtmlSanitizer.toText(mail.html()));
    }
    for (org.contenthub.mail.ReceivedMail forwarded : mail.forwarded()) {
      text.append("\n\n").append(forwarded.subject()).append("\n").append(forwarded.text());
    }
    return text.toString().strip();
  }

  private static String clip(String title) {
    return title.length() > 120 ? title.substring(0, 117) + "…" : title;
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }

  /** Photo types the hub shows (the bytes are checked again when stored). */
  private static final class SubmissionServiceTypes {
    static final java.util.Set<String> PHOTO =
        java.util.Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
  }

  /** Messages from unknown senders, oldest first, for an editor to assign or ignore. */
  @Transactional
  public List<IntakeRepository.Received> held() {
    return intake.withStatus("held", 200);
  }

  /**
   * An editor decides whose a held message is: it becomes that colleague's submission, and with
   * {@code remember} their number is linked to them for next time.
   */
  @Transactional
  public SubmissionView assign(long messageId, String username, boolean remember) {
    IntakeRepository.Received message =
        intake
            .findById(messageId)
            .filter(m -> "held".equals(m.status()))
            .orElseThrow(
                () -> new NotFoundException("There is no held message " + messageId + "."));
    Account author =
        accounts
            .findActive(username)
            .orElseThrow(() -> new FieldProblem("username", "no active colleague has this name"));
    Optional<byte[]> raw =
        EMAIL.equals(message.source()) ? intake.raw(messageId) : Optional.empty();
    org.contenthub.mail.ReceivedMail mail = null;
    if (raw.isPresent()) {
      try {
        mail = RawMail.parse(raw.get(), "held-" + messageId);
      } catch (jakarta.mail.MessagingException | org.contenthub.mail.MalformedMailException e) {
        LOG.warning("Held mail " + messageId + " no longer reads (" + e + "); its text is used");
      }
    }
    SubmissionView created =
        mail != null
            ? submitMail(
                mail,
                REPLY_PREFIX.matcher(mail.subject().strip()).replaceFirst("").strip(),
                plainTextOf(mail),
                author)
            : submit(
                messageId,
                new ChatMessage(
                    String.valueOf(message.id()),
                    message.sender(),
                    message.senderName(),
                    message.kind(),
                    message.text(),
                    message.mediaId(),
                    message.mediaType()),
                author);
    intake.settle(messageId, "submitted", username, created.id());
    if (remember && WHATSAPP.equals(message.source())) {
      intake.savePhone(
          message.sender(), username); // a mail's sender is known by the account's address
    }
    return created;
  }

  @Transactional
  public List<IntakeRepository.Phone> phones() {
    return intake.phones();
  }

  @Transactional
  public IntakeRepository.Phone linkPhone(String phone, String username) {
    String digits = ChatMessage.digits(phone);
    if (digits.length() < 8 || digits.length() > 15) {
      throw new FieldProblem("phone", "must be an international number, e.g. +31 6 12345678");
    }
    if (accounts.findActive(username).isEmpty()) {
      throw new FieldProblem("username", "no active colleague has this name");
    }
    intake.savePhone(digits, username);
    return new IntakeRepository.Phone(digits, username);
  }

  @Transactional
  public void unlinkPhone(String phone) {
    if (!intake.deletePhone(ChatMessage.digits(phone))) {
      throw new NotFoundException("This number is not linked.");
    }
  }

  /**
   * The message as a submission of its author, handed in at once; a photo's media is fetched after
   * the commit ({@link MediaFetcher}).
   */
  private SubmissionView submit(long recordedId, ChatMessage message, Account author) {
    String text = message.text() == null ? "" : message.text().strip();
    List<String> links = links(text);
    String kind =
        switch (message.kind()) {
          case "image", "sticker" -> "photo";
          case "video" -> "video";
          default ->
              links.isEmpty()
                  ? "story"
                  : links.stream().anyMatch(l -> VIDEO_HOST.matcher(l).matches())
                      ? "video"
                      : "link";
        };
    String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    String title =
        firstLine.isEmpty()
            ? "WhatsApp "
                + message.kind()
                + (message.senderName() == null ? "" : " — " + message.senderName())
            : firstLine.length() > 120 ? firstLine.substring(0, 117) + "…" : firstLine;
    StringBuilder body = new StringBuilder(text);
    if (message.mediaId() != null) {
      body.append(text.isEmpty() ? "" : "\n\n").append(media.describe(message));
    }
    SubmissionInput input =
        new SubmissionInput(title, HtmlSanitizer.fromPlainText(body.toString()), kind, "internal");
    input.links = links;
    SubmissionView created = submissions.createReceived(input, "WhatsApp", Viewer.of(author));
    media.enqueue(recordedId, created.id(), message);
    return created;
  }

  private static List<String> links(String text) {
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(text);
    while (matcher.find() && links.size() < 10) {
      String link = matcher.group().replaceAll("[.,;:!?)\\]'”’]+$", "");
      if (isWebAddress(link) && !links.contains(link)) {
        links.add(link);
      }
    }
    return links;
  }

  private static boolean isWebAddress(String link) {
    try {
      java.net.URI uri = new java.net.URI(link);
      return uri.getHost() != null && link.length() <= 2048;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
