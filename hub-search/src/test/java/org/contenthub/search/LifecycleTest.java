package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-real-time visibility, durability on disk, rebuild from scratch and while searching. */
class LifecycleTest {

  static SearchDocument doc(int i, String word) {
    return SearchDocument.builder("doc:" + i)
        .title("Bericht " + i + " over " + word)
        .body("Tekst van bericht " + i + " met het woord " + word + ".")
        .language("nl")
        .publishedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i))
        .build();
  }

  static long hits(SearchIndex index, String q) {
    return index.search(SearchRequest.of(q, Samples.SALES)).total();
  }

  @Test
  void changesAreSearchableWhenApplyReturnsAndDeletesDisappear() throws Exception {
    try (SearchIndex index = SearchIndex.open(IndexStorage.inMemory())) {
      long start = System.nanoTime();
      index.index(doc(1, "walvis"));
      assertThat(hits(index, "walvis")).isEqualTo(1);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
      index.index(doc(1, "dolfijn")); // update by id: replaced, not duplicated
      assertThat(hits(index, "walvis")).isZero();
      assertThat(hits(index, "dolfijn")).isEqualTo(1);
      index.delete("doc:1");
      assertThat(hits(index, "dolfijn")).isZero();
    }
  }

  @Test
  void aChangeWrittenByAnotherThreadIsVisibleWithinOneSecond() throws Exception {
    try (SearchIndex index = SearchIndex.open(IndexStorage.inMemory())) {
      Thread writer = new Thread(() -> index.index(doc(7, "zeehond")));
      long start = System.nanoTime();
      writer.start();
      while (hits(index, "zeehond") == 0) {
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        Thread.sleep(5);
      }
      writer.join();
    }
  }

  @Test
  void survivesRestartAndRebuildsAfterTheDirectoryIsDeleted(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(root))) {
      assertThat(index.needsRebuild()).isTrue();
      index.apply(
          IntStream.range(0, 20).mapToObj(i -> IndexOperation.index(doc(i, "otter"))).toList());
    }
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(root))) {
      assertThat(index.needsRebuild()).isFalse();
      assertThat(hits(index, "otter")).isEqualTo(20);
    }
    deleteTree(root);
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(root))) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(hits(index, "otter")).isZero();
      List<Long> progress = new ArrayList<>();
      long count =
          index.rebuild(
              IntStream.range(0, 2500).mapToObj(i -> IndexOperation.index(doc(i, "otter"))),
              progress::add);
      assertThat(count).isEqualTo(2500);
      assertThat(progress).containsExactly(1000L, 2000L, 2500L);
      assertThat(index.needsRebuild()).isFalse();
      assertThat(hits(index, "otter")).isEqualTo(2500);
    }
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(root))) {
      assertThat(hits(index, "otter")).isEqualTo(2500);
      try (Stream<Path> gens = Files.list(root)) {
        assertThat(gens.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
      }
    }
  }

  @Test
  void aRebuiltIndexIsOneSegmentEvenWhenItsSourceIsSlow(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(root))) {
      // a database that pauses now and then: longer than the half second between reopens
      Stream<IndexOperation> slowSource =
          IntStream.range(0, 3000)
              .peek(i -> pauseAt(i, 1000, 2000))
              .mapToObj(i -> IndexOperation.index(doc(i, "otter")));
      index.rebuild(slowSource, n -> {});
      index.index(doc(5000, "otter")); // a change after the swap is searchable as before
      assertThat(hits(index, "otter")).isEqualTo(3001);
    }
    String current = Files.readString(root.resolve("CURRENT")).strip();
    try (var reader = DirectoryReader.open(FSDirectory.open(root.resolve(current)))) {
      assertThat(reader.numDocs()).isEqualTo(3001);
      // the rebuilt segment and the one the later change was flushed into
      assertThat(reader.leaves()).hasSize(2);
      assertThat(reader.leaves().get(0).reader().numDocs()).isEqualTo(3000);
    }
  }

  static void pauseAt(int i, int... at) {
    for (int a : at) {
      if (i == a) {
        try {
          Thread.sleep(700);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void rebuildSwapsAtomicallyWhileSearchesKeepAnsweringAndKeepsConcurrentChanges()
      throws Exception {
    try (SearchIndex index = SearchIndex.open(IndexStorage.inMemory())) {
      index.apply(
          IntStream.range(0, 300).mapToObj(i -> IndexOperation.index(doc(i, "otter"))).toList());
      AtomicBoolean done = new AtomicBoolean();
      List<Throwable> errors = new CopyOnWriteArrayList<>();
      AtomicInteger searches = new AtomicInteger();
      List<Long> totals = new CopyOnWriteArrayList<>();
      Thread searcher =
          new Thread(
              () -> {
                while (!done.get()) {
                  try {
                    totals.add(hits(index, "otter OR bever"));
                    searches.incrementAndGet();
                  } catch (Throwable t) {
                    errors.add(t);
                  }
                }
              });
      searcher.start();
      // the source of truth now says "bever"; while it streams, one item changes and one is deleted
      Stream<IndexOperation> source =
          IntStream.range(0, 3000)
              .mapToObj(
                  i -> {
                    if (i == 1500) {
                      index.index(doc(5, "zeeleeuw")); // arrives through the outbox meanwhile
                      index.delete("doc:6");
                    }
                    return IndexOperation.index(doc(i, "bever"));
                  });
      index.rebuild(source, n -> {});
      done.set(true);
      searcher.join();
      assertThat(errors).isEmpty();
      assertThat(searches.get()).isPositive();
      // every search saw either the whole old index or the whole new one (plus the live change)
      assertThat(totals).allMatch(t -> t >= 298 && t <= 300 || t == 2998);
      // the searcher's last search may have started before the swap; a search now sees the new
      assertThat(hits(index, "otter OR bever")).isEqualTo(2998);
      assertThat(hits(index, "otter")).isZero();
      assertThat(hits(index, "zeeleeuw")).isEqualTo(1);
      assertThat(hits(index, "bever")).isEqualTo(3000 - 2);
    }
  }

  static void deleteTree(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
