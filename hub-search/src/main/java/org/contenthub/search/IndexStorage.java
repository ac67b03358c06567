package org.contenthub.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where index generations live. On disk every generation is a directory {@code gen-<n>} under the
 * root, and the file {@code CURRENT} names the live one; a rebuild writes a new generation aside
 * and then replaces {@code CURRENT} with an atomic rename, so a crash mid-rebuild leaves the old
 * index in place. In memory (tests, benchmarks) every generation is a fresh {@link
 * ByteBuffersDirectory}.
 */
public abstract sealed class IndexStorage {

  /** A generation's name and directory. */
  record Slot(String name, Directory directory) {}

  public static IndexStorage onDisk(Path root) {
    return new OnDisk(root);
  }

  public static IndexStorage inMemory() {
    return new InMemory();
  }

  /** The live generation, or a fresh empty one when there is none (or it is gone). */
  abstract Slot openCurrent() throws IOException;

  /** A fresh empty generation beside the live one. */
  abstract Slot create() throws IOException;

  /** Makes {@code slot} the live generation, atomically. */
  abstract void makeCurrent(Slot slot) throws IOException;

  /** Removes a generation that is no longer used (best effort). */
  abstract void discard(Slot slot);

  static final class OnDisk extends IndexStorage {
    private static final String CURRENT = "CURRENT";
    private final Path root;

    OnDisk(Path root) {
      this.root = root;
    }

    @Override
    Slot openCurrent() throws IOException {
      Files.createDirectories(root);
      Path pointer = root.resolve(CURRENT);
      if (Files.exists(pointer)) {
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path dir = root.resolve(name);
        if (name.startsWith("gen-") && Files.isDirectory(dir)) {
          removeOthers(name);
          return new Slot(name, FSDirectory.open(dir));
        }
      }
      Slot slot = create();
      makeCurrent(slot);
      return slot;
    }

    @Override
    Slot create() throws IOException {
      Files.createDirectories(root);
      long n = System.currentTimeMillis();
      Path dir;
      while (Files.exists(dir = root.resolve("gen-" + n))) {
        n++;
      }
      Files.createDirectories(dir);
      return new Slot(dir.getFileName().toString(), FSDirectory.open(dir));
    }

    @Override
    void makeCurrent(Slot slot) throws IOException {
      Path tmp = root.resolve(CURRENT + ".tmp");
      Files.writeString(tmp, slot.name(), StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp,
            root.resolve(CURRENT),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    }

    @Override
    void discard(Slot slot) {
      deleteTree(root.resolve(slot.name()));
    }

    /** Leftovers of an interrupted rebuild or of a swapped-out generation. */
    private void removeOthers(String live) throws IOException {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "gen-*")) {
        for (Path dir : dirs) {
          if (!dir.getFileName().toString().equals(live)) {
            deleteTree(dir);
          }
        }
      }
    }

    private static void deleteTree(Path dir) {
      if (!Files.exists(dir)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        paths
            .sorted(Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.deleteIfExists(p);
                  } catch (IOException ignored) {
                    // still open elsewhere (e.g. on Windows); removed at the next open
                  }
                });
      } catch (IOException ignored) {
        // best effort; removed at the next open
      }
    }
  }

  static final class InMemory extends IndexStorage {
    private final AtomicLong counter = new AtomicLong();
    private Slot current;

    @Override
    synchronized Slot openCurrent() {
      if (current == null) {
        current = create();
      }
      return current;
    }

    @Override
    Slot create() {
      return new Slot("mem-" + counter.incrementAndGet(), new ByteBuffersDirectory());
    }

    @Override
    synchronized void makeCurrent(Slot slot) {
      current = slot;
    }

    @Override
    void discard(Slot slot) {}
  }
}
