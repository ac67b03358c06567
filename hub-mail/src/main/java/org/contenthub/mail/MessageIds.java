package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The Message-ID of a received mail, or a stable stand-in for mails that lack one. */
final class MessageIds {

  private MessageIds() {}

  static String of(MimeMessage message) throws MessagingException, IOException {
    String id = message.getMessageID();
    if (id != null && !id.isBlank()) {
      return id.strip();
    }
    // The same bytes give the same id, so a mail fetched twice is still recognised.
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        message.writeTo(out);
      }
      byte[] digest = sha.digest();
      return "<sha256-" + HexFormat.of().formatHex(digest, 0, 16) + "@content-hub.invalid>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
