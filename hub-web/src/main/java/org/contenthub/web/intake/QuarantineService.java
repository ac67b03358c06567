package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contenthub.mail.MalformedMailException;
import org.contenthub.mail.ReceivedMail;
import org.contenthub.web.security.Viewer;

/**
 * Mail the intake could not handle, for editors: recorded when the reader quarantines it (what
 * could be read of it, why, and the raw message up to {@code hub.intake.mail.max-raw-bytes}),
 * listed, downloaded, handled again (after the cause was dealt with) or dismissed. The IMAP
 * quarantine folder keeps every such mail as well, so nothing depends on this record alone.
 */
@ApplicationScoped
public class QuarantineService {

  static final String OPEN = "open";

  @Inject IntakeRepository intake;
  @Inject IntakeService mails;
  @Inject IntakeSettings settings;

  /** The raw message of a quarantined mail, to download as {@code .eml}. */
  public record Raw(String filename, byte[] content) {}

  /** What handling a quarantined mail again gave: {@code submitted}, {@code held}, … or failed. */
  public record Retry(String outcome, Long submissionId, String reason) {}

  /** Records a quarantined mail; called on the reader's thread, after it moved the mail. */
  @Transactional
  public long record(String messageId, MimeMessage message, Exception cause) {
    String sender = message == null ? null : header(message, "From");
    String subject = message == null ? null : header(message, "Subject");
    RawMail raw = RawMail.of(message, settings.maxRawBytes());
    return intake.quarantine(messageId, sender, subject, describe(cause), raw.size(), raw.bytes());
  }

  /** The mail waiting for an editor, oldest first. */
  @Transactional
  public List<IntakeRepository.Quarantined> open() {
    return intake.quarantined(OPEN, 200);
  }

  @Transactional
  public Raw raw(long id) {
    IntakeRepository.Quarantined q = find(id);
    byte[] raw =
        intake
            .quarantinedRaw(id)
            .orElseThrow(() -> new ClientErrorException(notKept(), Response.Status.CONFLICT));
    return new Raw("quarantine-" + q.id() + ".eml", raw);
  }

  /**
   * Handles the kept message again, as if it had just arrived: it becomes a submission (or is held,
   * or was in fact handled before) and leaves the quarantine list; if it still cannot be read, it
   * stays with the new reason. 409 when only the IMAP folder has the message.
   */
  @Transactional
  public Retry retry(long id, Viewer editor) {
    IntakeRepository.Quarantined q = find(id);
    if (!OPEN.equals(q.status())) {
      throw new ClientErrorException(
          "This mail was " + q.status() + " already.", Response.Status.CONFLICT);
    }
    byte[] raw =
        intake
            .quarantinedRaw(id)
            .orElseThrow(() -> new ClientErrorException(notKept(), Response.Status.CONFLICT));
    ReceivedMail mail;
    try {
      mail = RawMail.parse(raw, q.messageId() == null ? "quarantine-" + q.id() : q.messageId());
    } catch (MessagingException | MalformedMailException | RuntimeException e) {
      String reason = describe(e);
      intake.noteQuarantineReason(id, reason);
      return new Retry("failed", null, reason);
    }
    IntakeService.MailOutcome outcome = mails.receiveMail(mail, raw);
    intake.settleQuarantined(id, "retried", editor.username());
    return new Retry(outcome.status(), outcome.submissionId(), null);
  }

  /** An editor decides the mail needs nothing more; the IMAP folder still has it. */
  @Transactional
  public void dismiss(long id, Viewer editor) {
    IntakeRepository.Quarantined q = find(id);
    if (!OPEN.equals(q.status())) {
      throw new ClientErrorException(
          "This mail was " + q.status() + " already.", Response.Status.CONFLICT);
    }
    intake.settleQuarantined(id, "dismissed", editor.username());
  }

  private IntakeRepository.Quarantined find(long id) {
    return intake
        .findQuarantined(id)
        .orElseThrow(() -> new NotFoundException("There is no quarantined mail " + id + "."));
  }

  private String notKept() {
    return "The message is larger than "
        + settings.maxRawBytes()
        + " bytes and was not kept in the hub; it is in the intake mailbox's quarantine folder.";
  }

  /** The reason in words: the exception and, when it differs, what caused it. */
  static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown";
    }
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != cause && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text;
  }

  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, ", ");
      if (value == null) {
        return null;
      }
      try {
        value = jakarta.mail.internet.MimeUtility.decodeText(value);
      } catch (java.io.UnsupportedEncodingException keepRaw) {
        // the undecoded header is still better than none
      }
      return value.replaceAll("[\\r\\n]+\\s*", " ").strip();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }
}
