package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Read access to the directory a {@link FileOutboxTransport} writes, for hub-web's outbox page.
 * File names come from the browser, so {@link #read} accepts only names of the outbox's own form
 * and never leaves the directory.
 */
public final class OutboxFolder {

  private static final Pattern SAFE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.eml");

  private final Path directory;
  private final Session session = Session.getInstance(new Properties());

  public OutboxFolder(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** All messages, newest first. */
  public List<OutboxEntry> list() {
    return list(Integer.MAX_VALUE);
  }

  /** The newest {@code limit} messages, newest first; only their headers are read. */
  public List<OutboxEntry> list(int limit) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> stream = Files.list(directory)) {
      files =
          stream
              .filter(p -> SAFE_NAME.matcher(p.getFileName().toString()).matches())
              .filter(Files::isRegularFile)
              // Names start with a UTC time stamp, so name order is time order.
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .limit(limit)
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<OutboxEntry> entries = new ArrayList<>(files.size());
    for (Path file : files) {
      summary(file).ifPresent(entries::add);
    }
    return entries;
  }

  /**
   * The whole message, or empty if no such file exists.
   *
   * @throws IllegalArgumentException if the name is not an outbox file name (e.g. {@code
   *     ../../etc/passwd})
   */
  public Optional<MimeMessage> read(String name) {
    Path file = resolve(name);
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(new MimeMessage(session, in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException("unreadable outbox file " + name, e);
    }
  }

  /** The raw bytes, for a "download .eml" link; empty if no such file. */
  public Optional<byte[]> readRaw(String name) {
    Path file = resolve(name);
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes one message; returns whether it existed. */
  public boolean delete(String name) {
    try {
      return Files.deleteIfExists(resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path resolve(String name) {
    if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      throw new IllegalArgumentException("not an outbox file name: " + name);
    }
    Path file = directory.resolve(name).normalize();
    if (!directory.equals(file.getParent())) {
      throw new IllegalArgumentException("not an outbox file name: " + name);
    }
    return file;
  }

  private static Optional<OutboxEntry> summary(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      InternetHeaders headers = new InternetHeaders(in);
      long size = Files.size(file);
      Instant date = date(headers.getHeader("Date", null));
      if (date == null) {
        date = Files.getLastModifiedTime(file).toInstant();
      }
      return Optional.of(
          new OutboxEntry(
              file.getFileName().toString(),
              date,
              decoded(headers.getHeader("From", ", ")),
              decoded(headers.getHeader("To", ", ")),
              decoded(headers.getHeader("Subject", null)),
              size));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // deleted while listing
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      return Optional.empty(); // not a mail; skip rather than break the page
    }
  }

  private static Instant date(String header) {
    if (header == null) {
      return null;
    }
    try {
      return new MailDateFormat().parse(header).toInstant();
    } catch (ParseException e) {
      return null;
    }
  }

  private static String decoded(String header) {
    if (header == null) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header));
    } catch (java.io.UnsupportedEncodingException e) {
      return header;
    }
  }
}
