package org.contenthub.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * The hub's search index: the one class hub-web talks to.
 *
 * <ul>
 *   <li>{@link #open}/{@link #close}: the index lives in an {@link IndexStorage} given by the
 *       caller.
 *   <li>{@link #apply}: a batch of changes from the outbox; durable and searchable when it returns
 *       (and any change is searchable within 1 s anyway).
 *   <li>{@link #rebuild}: the index is a cache; build a fresh one aside from the source of truth
 *       and swap it in atomically while searches keep answering.
 *   <li>{@link #search}, {@link #suggest}, {@link #similar}, {@link #experts}: always for a {@link
 *       Viewer}.
 * </ul>
 *
 * Thread-safe; meant to be one instance per application.
 */
public final class SearchIndex implements Closeable {

  /**
   * Tunables.
   *
   * @param ranking ranking factors
   * @param maxQueryLength longer queries are refused with {@link InvalidQueryException}
   * @param maxQueryParts more words/phrases are refused with {@link InvalidQueryException}
   * @param maxPageWindow page × size beyond this must page with the cursor
   * @param clock "now" for freshness (tests fix it)
   * @param commitEachBatch fsync every applied batch (durable on return) or only on close/rebuild
   */
  public record Options(
      RankingSettings ranking,
      int maxQueryLength,
      int maxQueryParts,
      int maxPageWindow,
      Clock clock,
      boolean commitEachBatch) {

    public static Options defaults() {
      return new Options(RankingSettings.defaults(), 1000, 32, 10_000, Clock.systemUTC(), true);
    }

    public Options withRanking(RankingSettings r) {
      return new Options(r, maxQueryLength, maxQueryParts, maxPageWindow, clock, commitEachBatch);
    }

    public Options withClock(Clock c) {
      return new Options(ranking, maxQueryLength, maxQueryParts, maxPageWindow, c, commitEachBatch);
    }

    public Options withCommitEachBatch(boolean b) {
      return new Options(ranking, maxQueryLength, maxQueryParts, maxPageWindow, clock, b);
    }
  }

  private static final int TOP_FACET_VALUES = 10;
  private static final int TOP_TAG_VALUES = 20;
  private static final int DID_YOU_MEAN_BELOW = 3;

  private final IndexStorage storage;
  private final Options options;
  private final HubAnalyzers analyzers;
  private final FacetsConfig facetsConfig;
  private final DocumentMapper mapper;
  private final QueryFactory queries;
  private final Snippets snippets;
  private final Suggester suggester;
  private final SpellingCorrector corrector;
  private final SimilarItems similarItems;
  private final ExpertFinder expertFinder;

  /** Writers take the read side (many at once); the swap after a rebuild takes the write side. */
  private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();

  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile Map<String, IndexOperation> replayDuringRebuild;
  private volatile Generation current;
  private volatile boolean needsRebuild;
  private volatile boolean closed;

  private SearchIndex(IndexStorage storage, Options options) throws IOException {
    this.storage = storage;
    this.options = options;
    this.analyzers = new HubAnalyzers();
    this.facetsConfig = SearchFields.Facet.config();
    this.mapper = new DocumentMapper(facetsConfig);
    this.queries = new QueryFactory(analyzers, options.ranking());
    this.snippets = new Snippets(analyzers);
    this.suggester = new Suggester(analyzers, facetsConfig, options.ranking());
    this.corrector = new SpellingCorrector(analyzers);
    this.similarItems = new SimilarItems(analyzers);
    this.expertFinder = new ExpertFinder();
    this.current = Generation.open(storage, storage.openCurrent(), writerConfig(), facetsConfig);
    this.needsRebuild = current.isEmptyOrStale();
    if (needsRebuild && current.writer.getDocStats().maxDoc > 0) {
      // an index of an older schema: start empty; the caller rebuilds
      current.writer.deleteAll();
      current.commit();
    }
  }

  public static SearchIndex open(IndexStorage storage) throws IOException {
    return new SearchIndex(storage, Options.defaults());
  }

  public static SearchIndex open(IndexStorage storage, Options options) throws IOException {
    return new SearchIndex(storage, options);
  }

  /**
   * True when the index was found empty, missing or of an older schema at open: hub-web should call
   * {@link #rebuild} from its database. Cleared by a rebuild.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  // ---------------------------------------------------------------- changes

  /** Adds or replaces one item. */
  public void index(SearchDocument document) {
    apply(List.of(IndexOperation.index(document)));
  }

  /** Adds or replaces one person. */
  public void index(PersonDocument person) {
    apply(List.of(IndexOperation.index(person)));
  }

  /** Removes an item (or a person by {@link PersonDocument#indexId()}); unknown ids are fine. */
  public void delete(String key) {
    apply(List.of(IndexOperation.delete(key)));
  }

  /**
   * Applies a batch in order (updates by id, so applying twice is harmless). When it returns the
   * changes are committed (unless {@link Options#commitEachBatch()} is off) and searchable.
   */
  public void apply(List<? extends IndexOperation> batch) {
    ensureOpen();
    swapLock.readLock().lock();
    try {
      Generation g = current;
      long seq = -1;
      for (IndexOperation op : batch) {
        seq = write(g, op);
        Map<String, IndexOperation> replay = replayDuringRebuild;
        if (replay != null) {
          replay.put(op.key(), op);
        }
      }
      if (seq >= 0) {
        if (options.commitEachBatch()) {
          g.commit();
        }
        g.reopener.waitForGeneration(seq, 5_000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      swapLock.readLock().unlock();
    }
  }

  private long write(Generation g, IndexOperation op) throws IOException {
    Term key = new Term(SearchFields.ID, op.key());
    if (op instanceof IndexOperation.Upsert u) {
      return g.writer.updateDocument(key, mapper.toLucene(u.document()));
    }
    if (op instanceof IndexOperation.UpsertPerson p) {
      return g.writer.updateDocument(key, mapper.toLucene(p.person()));
    }
    return g.writer.deleteDocuments(key);
  }

  /** Makes every change so far searchable now, without waiting for the reopen thread. */
  public void refresh() {
    try {
      current.manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Visible documents for this viewer (items and people). */
  public long count(Viewer viewer) {
    try (Lease lease = lease()) {
      return lease.searcher().count(AccessFilter.query(viewer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- rebuild

  /**
   * Builds a fresh index from {@code documents} (the source of truth, e.g. streamed from the
   * database) in a new generation beside the live one, then swaps it in atomically. Searches keep
   * answering from the old index meanwhile; changes applied during the rebuild go to the old index
   * and are replayed onto the new one before the swap, so none is lost. Only one rebuild runs at a
   * time.
   *
   * @param documents {@link IndexOperation#index} operations (deletes are ignored)
   * @param progress called with the number of documents written so far, every 1,000 and at the end
   * @return the number of documents in the new index
   */
  public long rebuild(Stream<? extends IndexOperation> documents, LongConsumer progress) {
    ensureOpen();
    if (!rebuilding.compareAndSet(false, true)) {
      throw new IllegalStateException("a rebuild is already running");
    }
    Generation fresh = null;
    try {
      replayDuringRebuild = new ConcurrentHashMap<>();
      IndexWriterConfig config = writerConfig();
      config.setRAMBufferSizeMB(128);
      fresh = Generation.openUnsearched(storage, storage.create(), config, facetsConfig);
      long count = 0;
      Iterator<? extends IndexOperation> it = documents.iterator();
      while (it.hasNext()) {
        IndexOperation op = it.next();
        if (op instanceof IndexOperation.Delete) {
          continue;
        }
        write(fresh, op);
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      // One segment: every search pays per segment (term dictionary lookups for each word in each
      // field variant, facet ordinal maps), and a freshly built index is searched far more than it
      // is changed. Measured at 100,000 items: twice the queries per second of the 21 segments a
      // rebuild otherwise leaves, for 15 s of merging (docs/BENCHMARKS.md). Later changes add
      // small segments that the merge policy folds in as usual.
      fresh.writer.forceMerge(1);
      swapLock.writeLock().lock();
      Generation old;
      try {
        for (IndexOperation op : replayDuringRebuild.values()) {
          write(fresh, op);
        }
        replayDuringRebuild = null;
        fresh.commit();
        fresh.manager.maybeRefreshBlocking();
        fresh.startReopening();
        storage.makeCurrent(fresh.slot);
        old = current;
        current = fresh;
        needsRebuild = false;
      } finally {
        swapLock.writeLock().unlock();
      }
      old.retire(true);
      progress.accept(count);
      return count;
    } catch (IOException | RuntimeException e) {
      replayDuringRebuild = null;
      if (fresh != null && current != fresh) {
        fresh.retire(true);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("rebuild failed; the old index stays in place", io);
      }
      throw (RuntimeException) e;
    } finally {
      rebuilding.set(false);
    }
  }

  // ---------------------------------------------------------------- search

  public SearchResult search(SearchRequest request) {
    ensureOpen();
    long started = System.nanoTime();
    UserQuery userQuery =
        UserQuery.parse(request.q(), options.maxQueryLength(), options.maxQueryParts());
    Cursor cursor = request.after() == null ? null : Cursor.decode(request.after());
    long now = cursor != null ? cursor.nowMillis() : options.clock().millis();
    Query text = queries.textQuery(userQuery);
    SortOrder order = text == null ? SortOrder.DATE : request.sort();
    if (cursor != null && cursor.order() != order) {
      throw new InvalidQueryException(
          InvalidQueryException.Reason.BAD_CURSOR,
          "The paging cursor belongs to another sort order; start again from the first page.");
    }
    int offset = cursor == null ? (request.page() - 1) * request.size() : 0;
    if (offset + request.size() > options.maxPageWindow()) {
      throw new InvalidQueryException(
          InvalidQueryException.Reason.BAD_PAGE,
          "Pages beyond "
              + options.maxPageWindow()
              + " results are reached with the next-page cursor, not by page number.");
    }
    Query acl = AccessFilter.query(request.viewer());
    BooleanQuery.Builder base = new BooleanQuery.Builder();
    base.add(text == null ? new MatchAllDocsQuery() : queries.ranked(text, now), Occur.MUST);
    base.add(acl, Occur.FILTER);
    DrillDownQuery drill = new DrillDownQuery(facetsConfig, base.build());
    request
        .filters()
        .forEach(
            (dim, values) -> {
              if (!SearchFields.Facet.ALL.contains(dim)) {
                throw new InvalidQueryException(
                    InvalidQueryException.Reason.UNKNOWN_FILTER,
                    "Unknown filter '" + dim + "'; known filters: " + SearchFields.Facet.ALL);
              }
              for (String value : values) {
                drill.add(dim, value);
              }
            });

    try (Lease lease = lease()) {
      HubSearcher searcher = lease.searcher();
      // one extra hit tells whether there is a next page
      int topN = offset + request.size() + 1;
      Sort sort = sortFor(order);
      FieldDoc after = cursor == null ? null : cursor.toFieldDoc();
      TopDocs top;
      Map<String, List<FacetValue>> facets;
      if (searcher.facetState() == null) {
        top = searcher.searchAfter(after, drill, topN, sort, false);
        facets = Map.of();
      } else {
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, searcher.facetState());
        DrillSideways.DrillSidewaysResult result =
            sideways.search(drill, null, after, topN, sort, false);
        top = result.hits;
        facets = facets(result.facets);
      }
      if (order == SortOrder.RELEVANCE) {
        // The score is the first sort value already. Asking the collector for scores as well
        // made it score the top hits a second time, with a fresh weight: a fifth of a search.
        for (ScoreDoc hit : top.scoreDocs) {
          hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
      }
      ScoreDoc[] page = slice(top.scoreDocs, offset, request.size());
      List<SearchHit> hits = hits(searcher, page, text);
      String nextCursor = null;
      if (page.length == request.size() && top.scoreDocs.length > offset + page.length) {
        nextCursor = Cursor.of(order, now, (FieldDoc) page[page.length - 1]).encode();
      }
      String didYouMean = null;
      if (text != null && top.totalHits.value < DID_YOU_MEAN_BELOW) {
        didYouMean = corrector.correct(searcher, userQuery, acl, queries).orElse(null);
      }
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new SearchResult(top.totalHits.value, tookMs, hits, facets, didYouMean, nextCursor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Completions while typing: people, tags and titles the viewer may see. */
  public List<Suggestion> suggest(String typed, Viewer viewer, int limit) {
    ensureOpen();
    if (typed == null || typed.isBlank() || limit <= 0) {
      return List.of();
    }
    if (typed.length() > options.maxQueryLength()) {
      UserQuery.parse(typed, options.maxQueryLength(), Integer.MAX_VALUE); // throws, typed
    }
    try (Lease lease = lease()) {
      return suggester.suggest(
          lease.searcher(), typed, AccessFilter.query(viewer), limit, options.clock().millis());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Items like the given one, visible to the viewer, never the item itself. */
  public List<SearchHit> similar(String id, Viewer viewer, int limit) {
    ensureOpen();
    try (Lease lease = lease()) {
      HubSearcher searcher = lease.searcher();
      Query acl = AccessFilter.query(viewer);
      TopDocs top = similarItems.similar(searcher, id, acl, limit);
      return hits(searcher, top.scoreDocs, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** People ranked by their expertise profile and their visible items matching the query. */
  public List<Expert> experts(String q, Viewer viewer, int limit) {
    ensureOpen();
    UserQuery userQuery = UserQuery.parse(q, options.maxQueryLength(), options.maxQueryParts());
    Query text = queries.textQuery(userQuery);
    if (text == null || limit <= 0) {
      return List.of();
    }
    try (Lease lease = lease()) {
      return expertFinder.find(lease.searcher(), text, AccessFilter.query(viewer), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sort sortFor(SortOrder order) {
    SortField id = new SortField(SearchFields.ID, SortField.Type.STRING);
    if (order == SortOrder.DATE) {
      SortField date = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, id);
    }
    return new Sort(SortField.FIELD_SCORE, id);
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int size) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(all.length, offset + size);
    ScoreDoc[] page = new ScoreDoc[end - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  /** What a hit shows and its snippet is made of, read once per hit (decompressed once). */
  private static final Set<String> HIT_FIELDS =
      java.util.stream.Stream.concat(
              Stream.of(
                  SearchFields.ID,
                  SearchFields.TYPE,
                  SearchFields.TITLE,
                  SearchFields.URL,
                  SearchFields.PUBLISHED),
              SearchFields.SNIPPET_FIELDS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private List<SearchHit> hits(HubSearcher searcher, ScoreDoc[] page, Query text)
      throws IOException {
    int[] docIds = new int[page.length];
    Document[] docs = new Document[page.length];
    var stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
      docs[i] = stored.document(docIds[i], HIT_FIELDS);
    }
    String[] snippetTexts = snippets.snippets(searcher, text, docIds, docs);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs[i];
      var published = doc.getField(SearchFields.PUBLISHED);
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(
          new SearchHit(
              doc.get(SearchFields.ID),
              doc.get(SearchFields.TYPE),
              doc.get(SearchFields.TITLE),
              doc.get(SearchFields.URL),
              snippetTexts[i],
              score,
              published == null
                  ? null
                  : Instant.ofEpochMilli(published.numericValue().longValue())));
    }
    return hits;
  }

  private static Map<String, List<FacetValue>> facets(Facets facets) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : SearchFields.Facet.ALL) {
      int top = dim.equals(SearchFields.Facet.TAG) ? TOP_TAG_VALUES : TOP_FACET_VALUES;
      FacetResult result;
      try {
        result = facets.getTopChildren(top, dim);
      } catch (IllegalArgumentException dimensionNotIndexedYet) {
        result = null;
      }
      List<FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  // ---------------------------------------------------------------- plumbing

  /** A searcher with its generation held open for the duration of one request. */
  private final class Lease implements AutoCloseable {
    private final Generation generation;
    private final HubSearcher searcher;

    Lease(Generation generation) throws IOException {
      this.generation = generation;
      this.searcher = (HubSearcher) generation.manager.acquire();
    }

    HubSearcher searcher() {
      return searcher;
    }

    @Override
    public void close() {
      try {
        generation.manager.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        generation.decRef();
      }
    }
  }

  private Lease lease() {
    while (true) {
      ensureOpen();
      Generation g = current;
      if (g.tryIncRef()) {
        try {
          return new Lease(g);
        } catch (IOException | RuntimeException e) {
          g.decRef();
          if (e instanceof IOException io) {
            throw new UncheckedIOException(io);
          }
          throw (RuntimeException) e;
        }
      }
    }
  }

  private IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(analyzers.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return config;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the search index is closed");
    }
  }

  /** The analyzers, for tools that must analyse exactly as the index does (benchmarks, tests). */
  public HubAnalyzers analyzers() {
    return analyzers;
  }

  /** Commits and closes; searches still running finish on their searcher. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    swapLock.writeLock().lock();
    try {
      closed = true;
      current.retire(false);
    } finally {
      swapLock.writeLock().unlock();
    }
  }
}
