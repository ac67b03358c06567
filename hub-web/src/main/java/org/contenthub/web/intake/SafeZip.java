package org.contenthub.web.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip that came by mail (an iOS chat export) in memory only, never onto disk, within limits
 * that a zip bomb cannot pass: at most {@code maxEntries} files, {@code maxBytes} uncompressed in
 * all, and no more than {@code maxRatio} times the zip's own size. The limits are counted on the
 * bytes actually inflated, not on the sizes the zip claims.
 */
public final class SafeZip {

  /** One file of the zip: its name (the last path segment) and bytes. */
  public record Entry(String name, byte[] content) {}

  /** A zip the hub does not unpack, with the reason in words. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final int maxEntries;
  private final long maxBytes;
  private final int maxRatio;

  public SafeZip(int maxEntries, long maxBytes, int maxRatio) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxRatio = maxRatio;
  }

  /** The files of the zip (directories and macOS resource forks left out). */
  public List<Entry> read(byte[] zip) throws Refused {
    long allowed = Math.min(maxBytes, (long) maxRatio * Math.max(zip.length, 1));
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    int seen = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++seen > maxEntries) {
          throw new Refused("the zip has more than " + maxEntries + " files");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n;
        while ((n = read(in, buffer)) > 0) {
          total += n;
          if (total > allowed) {
            throw new Refused(
                total > maxBytes
                    ? "the zip unpacks to more than " + maxBytes + " bytes"
                    : "the zip unpacks to more than " + maxRatio + " times its size");
          }
          out.write(buffer, 0, n);
        }
        String name = lastSegment(entry.getName());
        if (entry.isDirectory() || name.isEmpty() || entry.getName().contains("__MACOSX/")) {
          continue;
        }
        entries.add(new Entry(name, out.toByteArray()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Refused("the zip cannot be read: " + e.getMessage());
    }
    if (seen == 0) {
      throw new Refused("the file is no zip, or an empty one");
    }
    return entries;
  }

  private static int read(InputStream in, byte[] buffer) throws IOException {
    return in.read(buffer, 0, buffer.length);
  }

  /** The name without any path: an entry must not lead anywhere (zip slip). */
  static String lastSegment(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    if (n.endsWith("/")) {
      return "";
    }
    return n.substring(n.lastIndexOf('/') + 1).strip();
  }
}
