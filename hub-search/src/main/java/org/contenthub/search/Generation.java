package org.contenthub.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * One index generation: its directory, the single IndexWriter, the SearcherManager that shares
 * near-real-time searchers, and the thread that reopens them. Reference counted: a search holds a
 * reference while it runs, so a generation swapped out by a rebuild closes only after the last
 * search on it has finished.
 */
final class Generation {

  static final String SCHEMA_KEY = "hub.schema";

  /** Raise when field names or analysis change: an older index is then rebuilt, not misread. */
  static final String SCHEMA_VERSION = "2";

  final IndexStorage.Slot slot;
  final IndexWriter writer;
  final SearcherManager manager;
  final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final IndexStorage storage;
  private final AtomicInteger refs = new AtomicInteger(1);
  private volatile boolean discardOnClose;

  private Generation(
      IndexStorage storage, IndexStorage.Slot slot, IndexWriter writer, FacetsConfig c)
      throws IOException {
    this.storage = storage;
    this.slot = slot;
    this.writer = writer;
    this.manager = new SearcherManager(writer, HubSearcher.factory(c));
    // Reopen at least every 0.5 s when nobody waits (a change is visible within 1 s even without
    // waiting); a caller waiting for its change gets a reopen within 10 ms.
    this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, 0.5, 0.01);
    reopener.setName("hub-search-reopen-" + slot.name());
    reopener.setDaemon(true);
  }

  /** A generation that is searched from the start. */
  static Generation open(
      IndexStorage storage, IndexStorage.Slot slot, IndexWriterConfig config, FacetsConfig facets)
      throws IOException {
    Generation g = openUnsearched(storage, slot, config, facets);
    g.startReopening();
    return g;
  }

  /**
   * A generation being built aside: no reopen thread until {@link #startReopening()}, because every
   * reopen flushes the documents buffered so far as a new small segment, which a bulk build then
   * spends its time merging.
   */
  static Generation openUnsearched(
      IndexStorage storage, IndexStorage.Slot slot, IndexWriterConfig config, FacetsConfig facets)
      throws IOException {
    IndexWriter writer = new IndexWriter(slot.directory(), config);
    return new Generation(storage, slot, writer, facets);
  }

  void startReopening() {
    reopener.start();
  }

  /** True when the generation holds an index of an older schema or none at all. */
  boolean isEmptyOrStale() throws IOException {
    if (!DirectoryReader.indexExists(slot.directory())) {
      return true;
    }
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (SCHEMA_KEY.equals(e.getKey())) {
          return !SCHEMA_VERSION.equals(e.getValue()) || writer.getDocStats().numDocs == 0;
        }
      }
    }
    return true;
  }

  void commit() throws IOException {
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
    writer.commit();
  }

  boolean tryIncRef() {
    while (true) {
      int count = refs.get();
      if (count <= 0) {
        return false;
      }
      if (refs.compareAndSet(count, count + 1)) {
        return true;
      }
    }
  }

  void decRef() {
    if (refs.decrementAndGet() == 0) {
      closeNow();
    }
  }

  /** Drops the owner's reference; the directory is deleted once nobody uses it any more. */
  void retire(boolean discard) {
    this.discardOnClose = discard;
    decRef();
  }

  private void closeNow() {
    try (var dir = slot.directory()) {
      reopener.close();
      manager.close();
      if (discardOnClose) {
        writer.rollback();
      } else {
        if (writer.hasUncommittedChanges()) {
          commit();
        }
        writer.close();
      }
    } catch (IOException | RuntimeException e) {
      // closing is best effort: the index is a cache that can be rebuilt
    }
    if (discardOnClose) {
      storage.discard(slot);
    }
  }
}
