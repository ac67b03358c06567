package org.contenthub.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.mail.DeliveryResult.Outcome;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads Angus Mail's exceptions and decides whether hub-web should retry. The rules, from RFC 5321
 * and RFC 3463:
 *
 * <ul>
 *   <li>Anything that happens before the server has seen the message (no connection, timeout, a 421
 *       or 554 greeting, failed login) says nothing about the message: temporary.
 *   <li>A 4xx reply is temporary (greylisting 451, mailbox busy 450, too many connections 421).
 *   <li>A 5xx reply to {@code RCPT TO} with status 5.1.x (or a bare 550/551/553) means the
 *       recipient does not exist: invalid address. Other 5xx (policy 5.7.x, spam) are permanent.
 *   <li>A 5xx reply to {@code MAIL FROM} or after {@code DATA} rejects the message: permanent.
 * </ul>
 */
final class SmtpFailureClassifier {

  private static final Pattern REPLY_IN_TEXT = Pattern.compile("response: \\[?([2-5]\\d\\d)\\b");

  private SmtpFailureClassifier() {}

  static DeliveryResult classify(Exception e, String messageId) {
    List<SMTPAddressFailedException> rejected = addressFailures(e);
    if (!rejected.isEmpty()) {
      return recipientsRejected(rejected, messageId);
    }
    if (e instanceof SendFailedException sfe && hasNoRecipients(sfe)) {
      return result(Outcome.PERMANENT_FAILURE, messageId, 0, sfe.getMessage(), List.of());
    }
    SMTPSenderFailedException sender = find(e, SMTPSenderFailedException.class);
    if (sender != null) {
      return byCode(sender.getReturnCode(), messageId, reply(sender), Outcome.PERMANENT_FAILURE);
    }
    SMTPSendFailedException failed = find(e, SMTPSendFailedException.class);
    if (failed != null) {
      return byCode(failed.getReturnCode(), messageId, reply(failed), Outcome.PERMANENT_FAILURE);
    }
    if (e instanceof AuthenticationFailedException) {
      // The message is fine; the configuration is not. Retrying after the administrator fixed
      // the password must still deliver it.
      return result(
          Outcome.TEMPORARY_FAILURE,
          messageId,
          0,
          "SMTP authentication failed: " + e.getMessage(),
          List.of());
    }
    if (e instanceof IllegalStateException || hasCause(e, IOException.class)) {
      return result(Outcome.TEMPORARY_FAILURE, messageId, 0, describe(e), List.of());
    }
    Matcher greeting = REPLY_IN_TEXT.matcher(String.valueOf(e.getMessage()));
    if (greeting.find()) {
      // A refused greeting ("Got bad greeting ... response: 421 ...") is about the connection.
      return result(
          Outcome.TEMPORARY_FAILURE,
          messageId,
          Integer.parseInt(greeting.group(1)),
          e.getMessage(),
          List.of());
    }
    // Unknown: retrying is the safe side; hub-web caps the number of attempts.
    return result(Outcome.TEMPORARY_FAILURE, messageId, 0, describe(e), List.of());
  }

  private static DeliveryResult recipientsRejected(
      List<SMTPAddressFailedException> rejected, String messageId) {
    Outcome outcome = Outcome.INVALID_ADDRESS;
    int code = 0;
    String detail = null;
    List<String> addresses = new ArrayList<>();
    for (SMTPAddressFailedException f : rejected) {
      addresses.add(f.getAddress().getAddress());
      Outcome one = recipientOutcome(f.getReturnCode(), f.getMessage());
      // The least final outcome wins: if one recipient may still work later, retry.
      if (rank(one) < rank(outcome)) {
        outcome = one;
      }
      if (detail == null || one == outcome) {
        code = f.getReturnCode();
        detail = reply(f);
      }
    }
    return result(outcome, messageId, code, detail, addresses);
  }

  private static Outcome recipientOutcome(int code, String reply) {
    if (code >= 400 && code < 500) {
      return Outcome.TEMPORARY_FAILURE;
    }
    if (code >= 500) {
      String enhanced = DeliveryResult.enhancedStatusIn(String.valueOf(reply));
      if (enhanced != null) {
        return enhanced.startsWith("5.1.") ? Outcome.INVALID_ADDRESS : Outcome.PERMANENT_FAILURE;
      }
      return code == 550 || code == 551 || code == 553 || code == 501
          ? Outcome.INVALID_ADDRESS
          : Outcome.PERMANENT_FAILURE;
    }
    return Outcome.TEMPORARY_FAILURE;
  }

  private static int rank(Outcome outcome) {
    return switch (outcome) {
      case TEMPORARY_FAILURE -> 0;
      case PERMANENT_FAILURE -> 1;
      case INVALID_ADDRESS -> 2;
      case SENT -> 3;
    };
  }

  private static DeliveryResult byCode(int code, String messageId, String detail, Outcome for5xx) {
    Outcome outcome = code >= 500 && code < 600 ? for5xx : Outcome.TEMPORARY_FAILURE;
    return result(outcome, messageId, Math.max(code, 0), detail, List.of());
  }

  private static DeliveryResult result(
      Outcome outcome, String messageId, int code, String detail, List<String> recipients) {
    return new DeliveryResult(outcome, messageId, code, null, detail, recipients);
  }

  private static boolean hasNoRecipients(SendFailedException e) {
    return e.getMessage() != null && e.getMessage().contains("No recipient addresses");
  }

  /** Angus chains one exception per refused recipient through getNextException(). */
  private static List<SMTPAddressFailedException> addressFailures(Exception e) {
    List<SMTPAddressFailedException> found = new ArrayList<>();
    Exception current = e;
    int guard = 0;
    while (current != null && guard++ < 10_000) {
      if (current instanceof SMTPAddressFailedException f) {
        found.add(f);
      }
      current = current instanceof MessagingException me ? me.getNextException() : null;
    }
    return found;
  }

  private static <T> T find(Throwable e, Class<T> type) {
    Throwable current = e;
    int guard = 0;
    while (current != null && guard++ < 100) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      Throwable next =
          current instanceof MessagingException me && me.getNextException() != null
              ? me.getNextException()
              : current.getCause();
      current = next == current ? null : next;
    }
    return null;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    return find(e, type) != null;
  }

  private static String reply(MessagingException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.strip();
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable cause = e instanceof MessagingException me ? me.getNextException() : e.getCause();
    if (cause != null && cause != e) {
      sb.append(": ").append(cause);
    }
    return sb.toString();
  }
}
