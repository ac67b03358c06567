package org.contenthub.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger.Level;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends through an SMTP relay, keeping connections open between messages: a newsletter to thousands
 * of colleagues must not pay a TCP, TLS and login handshake per mail. Up to {@link
 * SmtpSettings#poolSize()} connections are open at once; a worker thread borrows one for each
 * message and gives it back, and waits when all are busy.
 *
 * <p>A connection the relay closed in the meantime is noticed and replaced: before reuse after a
 * pause (one cheap NOOP), and when the relay refuses {@code MAIL FROM} because it hung up. The
 * message is then offered once more on a fresh connection; this cannot send it twice, as the relay
 * never accepted it.
 */
public final class SmtpTransport implements MailTransport {

  private static final System.Logger LOG = System.getLogger(SmtpTransport.class.getName());

  /** Connections idle longer than this are checked with NOOP before reuse. */
  static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final SmtpSettings settings;
  private final Session session;
  private final Semaphore permits;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  public SmtpTransport(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(sessionProperties(settings));
    this.permits = new Semaphore(settings.poolSize(), true);
  }

  static Properties sessionProperties(SmtpSettings s) {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", s.host());
    p.setProperty("mail.smtp.port", Integer.toString(s.port()));
    p.setProperty("mail.smtp.connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
    p.setProperty("mail.smtp.timeout", Long.toString(s.readTimeout().toMillis()));
    p.setProperty("mail.smtp.writetimeout", Long.toString(s.readTimeout().toMillis()));
    p.setProperty("mail.smtp.auth", Boolean.toString(s.authenticates()));
    p.put("mail.smtp.socketFactory", NoDelaySockets.plain());
    p.put("mail.smtp.ssl.socketFactory", NoDelaySockets.tls());
    // Closing need not wait for the reply to QUIT.
    p.setProperty("mail.smtp.quitwait", "false");
    switch (s.tls()) {
      case NONE -> {}
      case STARTTLS -> {
        p.setProperty("mail.smtp.starttls.enable", "true");
        // Never fall back to plain text when the relay does not offer STARTTLS: that is how a
        // man in the middle reads the password.
        p.setProperty("mail.smtp.starttls.required", "true");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        p.setProperty("mail.smtp.ssl.enable", "true");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    if (s.envelopeFrom() != null) {
      p.setProperty("mail.smtp.from", s.envelopeFrom().address());
    }
    p.putAll(s.properties());
    return p;
  }

  @Override
  public DeliveryResult send(MimeMessage message) {
    if (closed) {
      throw new IllegalStateException("transport is closed");
    }
    String messageId = null;
    try {
      message.saveChanges();
      messageId = message.getMessageID();
      Address[] recipients = message.getAllRecipients();
      if (recipients == null || recipients.length == 0) {
        return SmtpFailureClassifier.classify(
            new jakarta.mail.SendFailedException("No recipient addresses"), messageId);
      }
      if (!permits.tryAcquire(settings.readTimeout().toMillis() * 4, TimeUnit.MILLISECONDS)) {
        return SmtpFailureClassifier.classify(
            new IllegalStateException("no SMTP connection free in time"), messageId);
      }
    } catch (MessagingException e) {
      return SmtpFailureClassifier.classify(e, messageId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SmtpFailureClassifier.classify(new IllegalStateException("interrupted"), messageId);
    }
    try {
      return sendOnPooledConnection(message, messageId);
    } finally {
      permits.release();
    }
  }

  private DeliveryResult sendOnPooledConnection(MimeMessage message, String messageId) {
    Connection connection = null;
    for (int attempt = 1; ; attempt++) {
      try {
        connection = borrow();
        connection.transport.mailFromAccepted = false;
        connection.transport.sendMessage(message, message.getAllRecipients());
        connection.sent++;
        DeliveryResult result =
            DeliveryResult.sent(
                messageId,
                connection.transport.getLastReturnCode(),
                connection.transport.getLastServerResponse().strip());
        giveBack(connection);
        return result;
      } catch (MessagingException | IllegalStateException e) {
        boolean hungUp = relayHungUpBeforeAccepting(e, connection);
        discardIfBroken(connection, e);
        connection = null;
        if (hungUp && attempt == 1 && !closed) {
          LOG.log(Level.DEBUG, "SMTP connection was closed by the relay; reconnecting");
          continue;
        }
        return SmtpFailureClassifier.classify(e, messageId);
      }
    }
  }

  /**
   * True when the relay refused or dropped the connection before it accepted {@code MAIL FROM}: it
   * has seen no recipient and no content, so a fresh connection may safely carry the message.
   */
  private static boolean relayHungUpBeforeAccepting(Exception e, Connection c) {
    if (e instanceof IllegalStateException) {
      return true; // "Not connected": Angus noticed before writing anything
    }
    if (c == null || c.transport.mailFromAccepted) {
      return false;
    }
    if (e instanceof SMTPSendFailedException f) {
      return f.getReturnCode() == -1 || f.getReturnCode() == 421;
    }
    return e.getClass() == MessagingException.class
        && e instanceof MessagingException me
        && me.getNextException() instanceof java.io.IOException;
  }

  private Connection borrow() throws MessagingException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      boolean recentlyUsed = System.nanoTime() - c.lastUsed < CHECK_AFTER_IDLE_NANOS;
      // SMTPTransport.isConnected() costs a NOOP round trip, so only a connection that sat idle
      // (and may have been timed out by the relay) is checked; a stale one that slips through is
      // caught by relayHungUpBeforeAccepting.
      if (recentlyUsed || c.transport.isConnected()) {
        return c;
      }
      quietlyClose(c);
    }
    return open();
  }

  private Connection open() throws MessagingException {
    TrackingSmtpTransport transport = new TrackingSmtpTransport(session);
    transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
    return new Connection(transport);
  }

  private void giveBack(Connection c) {
    c.lastUsed = System.nanoTime();
    if (closed || c.sent >= settings.maxMessagesPerConnection()) {
      quietlyClose(c);
    } else {
      idle.offerFirst(c); // most recently used first: the others may time out and close
    }
    if (closed) {
      drain();
    }
  }

  private void discardIfBroken(Connection c, Exception e) {
    if (c == null) {
      return;
    }
    // After a refused recipient or message Angus has reset the session (RSET), so the
    // connection may carry the next message; anything else we do not trust.
    if (e instanceof MessagingException
        && c.transport.isConnected()
        && e.getClass() != MessagingException.class) {
      giveBack(c);
    } else {
      quietlyClose(c);
    }
  }

  /** How many connections are open and idle right now (for tests and the health page). */
  public int idleConnections() {
    return idle.size();
  }

  @Override
  public void close() {
    closed = true;
    drain();
  }

  private void drain() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      quietlyClose(c);
    }
  }

  private static void quietlyClose(Connection c) {
    try {
      c.transport.close();
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.DEBUG, "closing SMTP connection failed", e);
    }
  }

  /** Knows whether the relay accepted MAIL FROM, the point after which a retry could duplicate. */
  private static final class TrackingSmtpTransport extends SMTPTransport {
    volatile boolean mailFromAccepted;

    TrackingSmtpTransport(Session session) {
      super(session, new URLName("smtp", null, -1, null, null, null));
    }

    @Override
    protected void mailFrom() throws MessagingException {
      super.mailFrom();
      mailFromAccepted = true;
    }
  }

  private static final class Connection {
    final TrackingSmtpTransport transport;
    int sent;
    long lastUsed = System.nanoTime();

    Connection(TrackingSmtpTransport transport) {
      this.transport = transport;
    }
  }
}
