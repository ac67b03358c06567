package org.contenthub.web.curation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes from the web into text when the declared character set may be missing or wrong. Two
 * mistakes are common and easy to recognise: Latin-1 text labelled UTF-8 (it is then not valid
 * UTF-8) and UTF-8 text labelled Latin-1 (valid UTF-8 with accented letters is almost never meant
 * as Latin-1, and would show as "CafÃ©").
 */
public final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> WESTERN_SINGLE_BYTE =
      Set.of("ISO-8859-1", "windows-1252", "US-ASCII", "ISO-8859-15");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']",
          Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /** The charset of that name, or null when the name is missing or unknown. */
  public static Charset charsetOf(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.strip().replace("\"", ""));
      // Browsers read ISO-8859-1 and ASCII as windows-1252, and so do the pages written for them
      // (curly quotes and the euro sign live in 0x80-0x9F).
      String canonical = charset.name();
      if ("ISO-8859-1".equals(canonical) || "US-ASCII".equals(canonical)) {
        return WINDOWS_1252;
      }
      return charset;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The charset parameter of a Content-Type header value, or null. */
  public static String charsetParameter(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
      }
    }
    return null;
  }

  /** An HTML page: byte-order mark, then the HTTP header, then a meta tag, then a guess. */
  public static String decodeHtml(byte[] bytes, String headerCharset) {
    Charset declared = charsetOf(headerCharset);
    if (declared == null) {
      declared = charsetOf(find(META_CHARSET, prefix(bytes)));
    }
    if (declared == null) {
      declared = charsetOf(find(XML_ENCODING, prefix(bytes)));
    }
    return decode(bytes, declared);
  }

  /**
   * An XML document such as a feed: byte-order mark, then the XML declaration, then the HTTP header
   * (a feed's own declaration is written by its software, the header by a web server that often
   * does not know), then a guess.
   */
  public static String decodeXml(byte[] bytes, String headerCharset) {
    Charset declared = charsetOf(find(XML_ENCODING, prefix(bytes)));
    if (declared == null) {
      declared = charsetOf(headerCharset);
    }
    return decode(bytes, declared);
  }

  /** Text in the declared charset (null: unknown), corrected for the two common mistakes. */
  public static String decode(byte[] bytes, Charset declared) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
    }
    // UTF-16 without a byte-order mark but declared so (rare): trust the declaration.
    if (declared != null && declared.name().startsWith("UTF-16")) {
      return new String(bytes, declared);
    }
    boolean validUtf8 = isValidUtf8(bytes);
    if (declared == null) {
      return new String(bytes, validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }
    if (declared.equals(StandardCharsets.UTF_8) && !validUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
    if (WESTERN_SINGLE_BYTE.contains(declared.name()) && validUtf8 && hasNonAscii(bytes)) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return new String(bytes, declared);
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static String prefix(byte[] bytes) {
    // Declarations sit at the start; ISO-8859-1 maps every byte to one char, so ASCII reads right.
    return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private enum Bom {
    UTF8(StandardCharsets.UTF_8, 3),
    UTF16BE(StandardCharsets.UTF_16BE, 2),
    UTF16LE(StandardCharsets.UTF_16LE, 2);

    final Charset charset;
    final int length;

    Bom(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3
          && (b[0] & 0xFF) == 0xEF
          && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        return UTF8;
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return UTF16BE;
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return UTF16LE;
      }
      return null;
    }
  }
}
