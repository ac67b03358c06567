package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text of a MIME part whatever its charset label says. Real mail carries unknown charsets
 * ({@code unicode-1-1-utf-7}, {@code x-user-defined}), missing ones, and labels that lie
 * (Windows-1252 bytes marked ISO-8859-1); Jakarta Mail's {@code getContent()} throws on the first
 * and guesses US-ASCII for the second. Here: the declared charset if Java knows it, else UTF-8 if
 * the bytes are valid UTF-8, else Windows-1252, which decodes any byte. A US-ASCII label is treated
 * as missing, since ASCII is valid UTF-8 and mislabelled UTF-8 is common.
 */
final class MimeText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private MimeText() {}

  static String read(Part part) throws MessagingException, IOException {
    return read(part, Integer.MAX_VALUE);
  }

  static String read(Part part, int maxBytes) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readNBytes(maxBytes);
    }
    return decode(bytes, declaredCharset(part));
  }

  static String decode(byte[] bytes, Charset declared) {
    if (declared != null && !declared.equals(StandardCharsets.US_ASCII)) {
      // ISO-8859-1 labels very often hide Windows-1252 (curly quotes, euro sign).
      Charset cs = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
      return new String(bytes, cs);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static Charset declaredCharset(Part part) {
    try {
      String ct = part.getContentType();
      if (ct == null) {
        return null;
      }
      String name = new ContentType(ct).getParameter("charset");
      if (name == null || name.isBlank()) {
        return null;
      }
      String java = MimeUtility.javaCharset(name.strip());
      return Charset.isSupported(java) ? Charset.forName(java) : null;
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }
}
