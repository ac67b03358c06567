package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transport used when no SMTP server is configured: every message becomes an {@code .eml} file
 * in a directory (by default the mail outbox in the hub's data directory), so the hub runs with no
 * setup and administrators can still see what would have been sent ({@link OutboxFolder}). Any mail
 * client opens the files.
 *
 * <p>A file appears whole or not at all: it is written under a temporary name and then moved. Names
 * sort by time ({@code 20250314T093015123Z-000042-a1b2c3.eml}) and stay unique across threads and
 * restarts.
 */
public final class FileOutboxTransport implements MailTransport {

  static final String SUFFIX = ".eml";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  public FileOutboxTransport(Path directory) {
    this(directory, Clock.systemUTC());
  }

  public FileOutboxTransport(Path directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory).toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock);
  }

  public Path directory() {
    return directory;
  }

  @Override
  public DeliveryResult send(MimeMessage message) {
    String messageId = null;
    try {
      message.saveChanges();
      messageId = message.getMessageID();
      Files.createDirectories(directory);
      String name = nextName();
      Path temp = directory.resolve("." + name + ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        message.writeTo(out);
      }
      moveIntoPlace(temp, directory.resolve(name));
      return DeliveryResult.sent(messageId, 0, "written to outbox as " + name);
    } catch (IOException | MessagingException e) {
      // A full disk or a permission problem can be fixed; the message itself is fine.
      return new DeliveryResult(
          DeliveryResult.Outcome.TEMPORARY_FAILURE,
          messageId,
          0,
          null,
          "could not write to outbox " + directory + ": " + e,
          List.of());
    }
  }

  String nextName() {
    byte[] suffix = new byte[3];
    random.nextBytes(suffix);
    return STAMP.format(clock.instant())
        + "-"
        + String.format("%06d", sequence.incrementAndGet() % 1_000_000)
        + "-"
        + HexFormat.of().formatHex(suffix)
        + SUFFIX;
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
