package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Properties;
import org.contenthub.mail.IncomingMail;
import org.contenthub.mail.MalformedMailException;
import org.contenthub.mail.ReceivedMail;
import org.contenthub.web.security.Viewer;

/**
 * Mail the intake could not handle, for editors: recorded when the reader quarantines it (what
 * could be read of it, why, and the raw message up to {@code hub.intake.quarantine.max-raw-bytes}),
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
    String sender = null;
    String subject = null;
    byte[] raw = null;
    long size = 0;
    if (message != null) {
      sender = header(message, "From");
      subject = header(message, "Subject");
      Capped out = new Capped(settings.quarantineMaxRawBytes());
      try {
        message.writeTo(out);
        raw = out.overflowed() ? null : out.toByteArray();
      } catch (IOException | MessagingException | RuntimeException unreadable) {
        raw = null; // half a message would mislead; the IMAP folder has it whole
      }
      size = out.count();
    }
    return intake.quarantine(messageId, sender, subject, describe(cause), size, raw);
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
      MimeMessage message =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
      String messageId = q.messageId() == null ? "quarantine-" + q.id() : q.messageId();
      mail = new IncomingMail(messageId, false, "quarantine", message).parse();
    } catch (MessagingException | MalformedMailException | RuntimeException e) {
      String reason = describe(e);
      intake.noteQuarantineReason(id, reason);
      return new Retry("failed", null, reason);
    }
    IntakeService.MailOutcome outcome = mails.receiveMail(mail);
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
        + settings.quarantineMaxRawBytes()
        + " bytes and was not kept in the hub; it is in the mailbox's quarantine folder"
        + settings.imap().map(i -> " (" + i.quarantineFolder() + ")").orElse("")
        + ".";
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

  /** Keeps bytes up to a cap and counts them all, so the size is known even when not kept. */
  private static final class Capped extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final long cap;
    private long count;

    Capped(long cap) {
      this.cap = cap;
    }

    @Override
    public void write(int b) {
      count++;
      if (count <= cap) {
        kept.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      long room = Math.max(0, cap - count);
      count += len;
      if (room > 0) {
        kept.write(b, off, (int) Math.min(room, len));
      }
    }

    boolean overflowed() {
      return count > cap;
    }

    long count() {
      return count;
    }

    byte[] toByteArray() {
      return kept.toByteArray();
    }
  }
}
