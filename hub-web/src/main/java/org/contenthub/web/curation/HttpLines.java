package org.contenthub.web.curation;

import java.io.IOException;
import java.io.InputStream;

/** Reads the CRLF-terminated lines of an HTTP/1.1 head, with a cap so no header can be endless. */
final class HttpLines {

  static final int MAX_LINE = 16 * 1024;

  private HttpLines() {}

  /** The next line without its line end (bare LF tolerated), or null at the end of the stream. */
  static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(80);
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b == '\n') {
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
          line.setLength(last);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("A header line is longer than " + MAX_LINE + " bytes");
      }
      line.append((char) b); // header bytes are ISO-8859-1 by the HTTP specification
    }
  }
}
