package org.contenthub.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads one IMAP folder (hub-web's intake or bounce mailbox) and gives every new message to a
 * {@link MailHandler}, exactly as listmonk's bounce mailbox scanner or a mail-to-ticket gateway
 * would.
 *
 * <p>After the handler returns, the message is moved to the processed folder (or, without one,
 * marked read and left in place); when the handler throws, it is moved to the quarantine folder.
 * Either way it leaves the folder being read, so it is handled once and never lost. Both folders
 * are created when missing.
 *
 * <p>Two ways to use it: {@link #processNew(MailHandler)} handles what is waiting now and returns
 * (for a scheduled job), and {@link #run(MailHandler)} blocks in a loop, waking on IMAP IDLE where
 * the server supports it and polling otherwise, until {@link #stop()} is called from another
 * thread. The loop survives lost connections and handler failures; it reconnects after a pause. It
 * looks again after every round that handled mail and waits only once a look finds nothing, so mail
 * that arrives while a batch is being handled does not wait for the next poll.
 *
 * <p>Not for concurrent use: one reader per folder, driven by one thread (plus {@code stop()}).
 */
public final class MailboxReader implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(MailboxReader.class.getName());

  private final ImapSettings settings;
  private final ProcessedMessageIds processedIds;
  private final Session session;
  private final BlockingQueue<Object> wakeUp = new LinkedBlockingQueue<>();

  private volatile IMAPStore store;
  private volatile IMAPFolder folder;
  private volatile boolean running;
  private volatile CountDownLatch finished = new CountDownLatch(0);

  /** How many messages the folder held at the last look, to notice mail arriving before IDLE. */
  private int lastCount = -1;

  public MailboxReader(ImapSettings settings) {
    this(settings, ProcessedMessageIds.inMemory(10_000));
  }

  public MailboxReader(ImapSettings settings, ProcessedMessageIds processedIds) {
    this.settings = settings;
    this.processedIds = processedIds;
    this.session = Session.getInstance(sessionProperties(settings));
  }

  static Properties sessionProperties(ImapSettings s) {
    Properties p = new Properties();
    p.setProperty("mail.store.protocol", "imap");
    p.setProperty("mail.imap.host", s.host());
    p.setProperty("mail.imap.port", Integer.toString(s.port()));
    p.setProperty("mail.imap.connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
    // Angus ignores this timeout while in IDLE, so it only bounds ordinary commands.
    p.setProperty("mail.imap.timeout", Long.toString(s.readTimeout().toMillis()));
    p.setProperty("mail.imap.writetimeout", Long.toString(s.readTimeout().toMillis()));
    switch (s.tls()) {
      case NONE -> {}
      case STARTTLS -> {
        p.setProperty("mail.imap.starttls.enable", "true");
        p.setProperty("mail.imap.starttls.required", "true");
        p.setProperty("mail.imap.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        p.setProperty("mail.imap.ssl.enable", "true");
        p.setProperty("mail.imap.ssl.checkserveridentity", "true");
      }
    }
    p.putAll(s.properties());
    return p;
  }

  /**
   * Handles the messages waiting now, at most {@link ImapSettings#maxPerBatch()}, connecting first
   * if needed.
   *
   * @throws MessagingException when the server cannot be reached or the connection breaks; the
   *     messages not yet filed stay where they are and come again next time
   */
  public synchronized ReadResult processNew(MailHandler handler) throws MessagingException {
    IMAPFolder inbox = open();
    int handled = 0;
    int duplicates = 0;
    int quarantined = 0;
    for (Message m : pending(inbox)) {
      switch (handleOne(inbox, (MimeMessage) m, handler)) {
        case HANDLED -> handled++;
        case DUPLICATE -> {
          handled++;
          duplicates++;
        }
        case QUARANTINED -> quarantined++;
      }
    }
    return new ReadResult(handled, duplicates, quarantined);
  }

  /**
   * Handles new mail until {@link #stop()}: all waiting messages, then waits (IDLE or poll) and
   * repeats. Call it on a thread of its own; it returns only when stopped.
   */
  public void run(MailHandler handler) {
    CountDownLatch done = new CountDownLatch(1);
    finished = done;
    running = true;
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "imap-idle-refresh-" + settings.user());
              t.setDaemon(true);
              return t;
            });
    try {
      while (running && !Thread.currentThread().isInterrupted()) {
        try {
          ReadResult result = processNew(handler);
          if (!running) {
            break;
          }
          // Wait only after a round that found nothing: mail that arrived while a batch was
          // being handled is then picked up at once. An IDLE notification for it may have been
          // sent before IDLE began (and so be lost, GreenMail does that), and the next poll or
          // IDLE renewal can be minutes away.
          if (result.total() == 0) {
            waitForMail(timer);
          }
        } catch (MessagingException | RuntimeException e) {
          if (!running) {
            break;
          }
          LOG.log(
              Level.WARNING,
              "mailbox "
                  + settings.user()
                  + "@"
                  + settings.host()
                  + ": "
                  + e.getMessage()
                  + "; retrying in "
                  + settings.pollInterval().toSeconds()
                  + " s",
              e);
          disconnect();
          pause();
        }
      }
    } finally {
      running = false;
      timer.shutdownNow();
      disconnect();
      done.countDown();
    }
  }

  /** Ends {@link #run(MailHandler)}, interrupting IDLE or the poll pause; waits up to 10 s. */
  public void stop() {
    running = false;
    wakeUp.offer(Boolean.TRUE);
    CountDownLatch done = finished;
    try {
      // IDLE may begin just after one abort, so abort until the loop has really ended.
      for (int i = 0; i < 100 && !done.await(100, TimeUnit.MILLISECONDS); i++) {
        abortIdle();
        wakeUp.offer(Boolean.TRUE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    synchronized (this) {
      disconnect();
    }
  }

  // ---- one message ----

  private enum Filed {
    HANDLED,
    DUPLICATE,
    QUARANTINED
  }

  private Filed handleOne(IMAPFolder inbox, MimeMessage message, MailHandler handler)
      throws MessagingException {
    MimeMessage copy;
    String id;
    try {
      // A copy in memory: the handler may keep it, and a broken connection shows here, before
      // anything was handled, rather than halfway through the handler.
      copy = new MimeMessage(message);
      id = MessageIds.of(copy);
    } catch (MessagingException | IOException e) {
      if (!inbox.isOpen() || !store.isConnected()) {
        throw e instanceof MessagingException me ? me : new MessagingException("read failed", e);
      }
      quarantine(inbox, message, null, null, e, handler);
      return Filed.QUARANTINED;
    }
    boolean duplicate = processedIds.contains(id);
    try {
      handler.handle(new IncomingMail(id, duplicate, settings.folder(), copy));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      quarantine(inbox, message, copy, id, e, handler);
      return Filed.QUARANTINED;
    }
    if (!duplicate) {
      processedIds.add(id);
    }
    if (settings.processedFolder() != null) {
      move(inbox, message, settings.processedFolder());
    } else {
      message.setFlag(Flags.Flag.SEEN, true);
    }
    return duplicate ? Filed.DUPLICATE : Filed.HANDLED;
  }

  private void quarantine(
      IMAPFolder inbox,
      MimeMessage message,
      MimeMessage copy,
      String id,
      Exception cause,
      MailHandler handler)
      throws MessagingException {
    LOG.log(
        Level.WARNING,
        "quarantining message " + id + " from " + settings.folder() + ": " + cause,
        cause);
    move(inbox, message, settings.quarantineFolder());
    try {
      handler.quarantined(id, copy, cause);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "quarantine listener failed", e);
    }
  }

  private void move(IMAPFolder inbox, Message message, String target) throws MessagingException {
    Folder destination = ensureFolder(target);
    Message[] one = {message};
    if (store.hasCapability("MOVE")) {
      inbox.moveMessages(one, destination);
    } else {
      inbox.copyMessages(one, destination);
      message.setFlag(Flags.Flag.DELETED, true);
      if (store.hasCapability("UIDPLUS")) {
        inbox.expunge(one); // only this message, not what a person marked deleted
      } else {
        inbox.expunge();
      }
    }
  }

  private Folder ensureFolder(String name) throws MessagingException {
    Folder f = store.getFolder(name);
    if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) {
      throw new MessagingException("cannot create folder " + name);
    }
    return f;
  }

  private List<Message> pending(IMAPFolder inbox) throws MessagingException {
    resync(inbox);
    Message[] candidates =
        settings.processedFolder() == null
            // Without a processed folder the \Seen flag is the only record of what was handled.
            ? inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))
            // With one, everything still here is unhandled, even if a person opened it.
            : inbox.getMessages();
    FetchProfile flags = new FetchProfile();
    flags.add(FetchProfile.Item.FLAGS);
    inbox.fetch(candidates, flags);
    List<Message> pending = new ArrayList<>();
    for (Message m : candidates) {
      if (pending.size() >= settings.maxPerBatch()) {
        break;
      }
      if (!m.isExpunged() && !m.isSet(Flags.Flag.DELETED)) {
        pending.add(m);
      }
    }
    return pending;
  }

  /**
   * Makes the open folder's view match the server's before a look. A NOOP lets the server report
   * mail that arrived since the last command. A server can still get that report wrong when mail
   * arrives while another is being moved out: GreenMail answers the MOVE with the new count before
   * the EXPUNGE, so the client keeps the moved message (expunged) where the new one is and never
   * sees the new one. So the count is also asked on the store's own connection (STATUS), and the
   * folder is reopened when it differs or the view still holds an expunged message.
   */
  private void resync(IMAPFolder inbox) throws MessagingException {
    inbox.doCommand(
        protocol -> {
          protocol.simpleCommand("NOOP", null);
          return null;
        });
    Message[] known = inbox.getMessages();
    boolean stale = false;
    for (Message m : known) {
      stale |= m.isExpunged();
    }
    int onServer = store.getFolder(settings.folder()).getMessageCount();
    lastCount = onServer;
    if (stale || onServer != known.length) {
      int count = known.length;
      LOG.log(
          Level.DEBUG,
          () -> "resynchronising " + settings.folder() + ": " + count + " known, " + onServer);
      inbox.close(false);
      inbox.open(Folder.READ_WRITE);
    }
  }

  // ---- connection ----

  private IMAPFolder open() throws MessagingException {
    IMAPFolder f = folder;
    if (f != null && f.isOpen() && store != null && store.isConnected()) {
      return f;
    }
    disconnect();
    Store s = session.getStore("imap");
    s.connect(settings.host(), settings.port(), settings.user(), settings.password());
    store = (IMAPStore) s;
    IMAPFolder inbox = (IMAPFolder) s.getFolder(settings.folder());
    inbox.open(Folder.READ_WRITE);
    folder = inbox;
    return inbox;
  }

  private void waitForMail(ScheduledExecutorService timer) throws MessagingException {
    IMAPFolder f = folder;
    if (settings.idle() && f != null && store.hasCapability("IDLE")) {
      // Servers such as GreenMail report only mail that arrives after IDLE began, so one more
      // NOOP right before it: if the count moved since the last look, look again instead.
      f.doCommand(
          protocol -> {
            protocol.simpleCommand("NOOP", null);
            return null;
          });
      if (f.getMessageCount() != lastCount) {
        return;
      }
      // Renewing IDLE now and then keeps NAT boxes and servers from dropping it silently.
      ScheduledFuture<?> refresh =
          timer.schedule(this::abortIdle, settings.idleRefresh().toMillis(), TimeUnit.MILLISECONDS);
      try {
        if (running) {
          f.idle(true);
        }
      } finally {
        refresh.cancel(false);
      }
    } else {
      pause();
    }
  }

  private void pause() {
    try {
      wakeUp.poll(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Any command from another thread ends a running IDLE (Angus sends DONE first). */
  private void abortIdle() {
    IMAPFolder f = folder;
    if (f == null || !f.isOpen()) {
      return;
    }
    try {
      f.doCommand(
          protocol -> {
            protocol.simpleCommand("NOOP", null);
            return null;
          });
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.DEBUG, "aborting IDLE failed", e);
    }
  }

  private void disconnect() {
    IMAPFolder f = folder;
    folder = null;
    if (f != null && f.isOpen()) {
      try {
        f.close(false);
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.DEBUG, "closing folder failed", e);
      }
    }
    Store s = store;
    if (s != null) {
      try {
        s.close();
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.DEBUG, "closing store failed", e);
      }
    }
  }
}
