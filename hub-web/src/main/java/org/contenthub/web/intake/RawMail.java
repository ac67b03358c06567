package org.contenthub.web.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;
import org.contenthub.mail.IncomingMail;
import org.contenthub.mail.MalformedMailException;
import org.contenthub.mail.ReceivedMail;

/**
 * A mail's raw bytes as kept for a held or quarantined mail: {@code bytes} is null when the message
 * is larger than the cap (or could not be written), {@code size} is its full size either way.
 */
record RawMail(byte[] bytes, long size) {

  /** The message as it came, up to {@code cap} bytes; never throws. */
  static RawMail of(MimeMessage message, long cap) {
    if (message == null) {
      return new RawMail(null, 0);
    }
    Capped out = new Capped(cap);
    try {
      message.writeTo(out);
    } catch (IOException | MessagingException | RuntimeException unreadable) {
      return new RawMail(null, out.count); // half a message would mislead
    }
    return new RawMail(out.count > cap ? null : out.kept.toByteArray(), out.count);
  }

  /** Reads kept bytes again, as the reader would have handed them over. */
  static ReceivedMail parse(byte[] raw, String messageId)
      throws MessagingException, MalformedMailException {
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    return new IncomingMail(messageId, false, "kept", message).parse();
  }

  /** Keeps bytes up to a cap and counts them all, so the size is known even when not kept. */
  private static final class Capped extends OutputStream {
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    final long cap;
    long count;

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
  }
}
