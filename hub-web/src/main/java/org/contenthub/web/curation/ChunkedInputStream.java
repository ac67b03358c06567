package org.contenthub.web.curation;

import java.io.IOException;
import java.io.InputStream;

/** The body of a response sent with {@code Transfer-Encoding: chunked}, without the framing. */
final class ChunkedInputStream extends InputStream {

  private final InputStream in;
  private long remainingInChunk;
  private boolean finished;

  ChunkedInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (finished) {
      return -1;
    }
    if (remainingInChunk == 0) {
      remainingInChunk = nextChunkSize();
      if (remainingInChunk == 0) {
        finished = true;
        return -1;
      }
    }
    int n = in.read(buffer, offset, (int) Math.min(length, remainingInChunk));
    if (n < 0) {
      throw new IOException("The answer ended in the middle of a chunk");
    }
    remainingInChunk -= n;
    if (remainingInChunk == 0) {
      HttpLines.readLine(in); // the CRLF after each chunk
    }
    return n;
  }

  private long nextChunkSize() throws IOException {
    String line = HttpLines.readLine(in);
    if (line == null) {
      throw new IOException("The answer ended before its last chunk");
    }
    int semicolon = line.indexOf(';'); // chunk extensions carry nothing the hub needs
    String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
    long size;
    try {
      size = Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw new IOException("Not a chunk size: " + line, e);
    }
    if (size < 0) {
      throw new IOException("Negative chunk size");
    }
    if (size == 0) {
      // Skip trailer headers up to the empty line.
      String trailer;
      do {
        trailer = HttpLines.readLine(in);
      } while (trailer != null && !trailer.isEmpty());
    }
    return size;
  }
}
