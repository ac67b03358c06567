package org.contenthub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.contenthub.search.HubAnalyzers;
import org.contenthub.search.IndexStorage;
import org.contenthub.search.SearchFields;
import org.contenthub.search.SearchIndex;
import org.contenthub.search.SearchRequest;
import org.contenthub.search.SearchResult;
import org.contenthub.search.SortOrder;
import org.contenthub.search.Viewer;

/**
 * The HTTP-level search benchmark of issue 4: QPS and p50/p99 of {@code GET /api/v1/search} of the
 * packaged hub at 8 concurrent clients, against the limit measured in the same run on the same
 * index: a raw Lucene {@link IndexSearcher}. In between, hub-search's own {@code SearchIndex.search}
 * in-process on that index (the very call the API makes), so the report shows where the time goes.
 *
 * <ol>
 *   <li>Builds 100,000 items from the europarl corpus ({@link Corpus}).
 *   <li>Starts {@code content-hub.jar} once ({@code HUB_DEMO=false}) so Flyway creates the schema
 *       and the administrator; stops it; inserts the items into its H2 file with JDBC ({@link
 *       ItemTable}); deletes the index directory; starts the hub again, which rebuilds its index
 *       from the item table: that rebuild is the indexing throughput through the hub's path.
 *   <li>Runs the query mix against the API as the administrator (who sees every item, so hits and
 *       totals are comparable with the unfiltered raw searcher), HTTP/1.1 keep-alive.
 *   <li>Stops the hub and runs the same mix on its index directory with a raw IndexSearcher ({@link
 *       RawLucene}): top 10, then top 10 with every hit and the six facets counted; then with
 *       hub-search's SearchIndex.
 *   <li>Prints a Markdown report and writes it to {@code target/bench/search-api.md}.
 * </ol>
 *
 * Run with {@code ./mvnw -B -pl deployment -Pbench verify -DskipTests} (see docs/BENCHMARKS.md).
 * System properties: {@code bench.work} (data directory, hub jar copy and console log; default
 * {@code $TMPDIR/content-hub-bench}), {@code bench.docs} (100000), {@code bench.clients} (8), {@code bench.queries}
 * (200), {@code bench.warmup} (60 s), {@code bench.apiWarmup} (120 s, the hub's own), {@code bench.seconds} (40 s), {@code bench.reuse} (true:
 * keep the data directory of the previous run, skipping corpus and rebuild), {@code
 * bench.hubJvmArgs} (extra JVM options for the hub, e.g. a flight recording), {@code bench.hubJar},
 * {@code bench.out}.
 */
public final class SearchApiBenchmark {

  private SearchApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.getInteger("bench.docs", 100_000);
    int clients = Integer.getInteger("bench.clients", 8);
    int queryCount = Integer.getInteger("bench.queries", 200);
    // The raw row is the first load in this JVM: after 20 s of warm-up it still ran 17 % below a
    // second raw row measured right after it (1,324 against 1,584 QPS), which flattered the ratio.
    int warmup = Integer.getInteger("bench.warmup", 60);
    // The hub's JVM holds Payara as well: on 2 cores its JIT compilers are still busy for minutes
    // of load (0.7 of a core after a minute), where the small benchmark JVM settles in seconds.
    int apiWarmup = Integer.getInteger("bench.apiWarmup", 120);
    int seconds = Integer.getInteger("bench.seconds", 40);
    boolean reuse = Boolean.getBoolean("bench.reuse");
    String hubJvmArgs = System.getProperty("bench.hubJvmArgs", "").strip();
    Path builtJar = Path.of(System.getProperty("bench.hubJar", "target/content-hub.jar"));
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    // Outside target/, so that a concurrent "mvn clean" or rebuild cannot pull the data, the jar
    // or this program's classes from under a run of 10+ minutes.
    Path work =
        Path.of(
            System.getProperty(
                "bench.work",
                Path.of(System.getProperty("java.io.tmpdir"), "content-hub-bench").toString()));
    Path data = work.resolve("data");
    Path console = work.resolve("hub-console.log");
    if (!Files.isRegularFile(builtJar)) {
      throw new IllegalStateException(builtJar + " is missing: build it first (./mvnw install)");
    }
    preloadOwnClasses();
    // The JDK keeps 5 idle connections per host by default; every client thread keeps its own.
    System.setProperty("http.maxConnections", String.valueOf(Math.max(5, clients * 2)));
    Files.createDirectories(work);
    Path jar = work.resolve("content-hub.jar");
    Files.copy(builtJar, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> jvmArgs = hubJvmArgs.isEmpty() ? List.of() : List.of(hubJvmArgs.split("\\s+"));
    long runStarted = System.nanoTime();

    Corpus corpus = Corpus.load();
    List<Corpus.Query> queries = corpus.queries(queryCount);
    Files.write(work.resolve("queries.txt"), queries.stream().map(Corpus.Query::toString).toList());
    System.out.printf(
        "corpus: %d Dutch and %d English europarl lines; %d items; %d queries; working in %s%n",
        corpus.dutchLines(), corpus.englishLines(), docs, queries.size(), work);

    // ---------------------------------------------------------------- data and index
    boolean fresh = !reuse || !Files.isDirectory(data.resolve("db"));
    double insertSeconds = Double.NaN;
    double[] rebuild = null;
    double rebuildWallSeconds = Double.NaN;
    long adminId;
    if (fresh) {
      deleteTree(data);
      Files.deleteIfExists(console);
      Files.createDirectories(data);
      System.out.println("hub: first start on an empty data directory (schema, administrator)...");
      try (HubProcess hub = HubProcess.start(jar, data, console, jvmArgs)) {
        hub.awaitListening(Duration.ofMinutes(3));
        hub.awaitIndex(0, Duration.ofMinutes(2));
      }
      System.out.printf("items: inserting %d into the hub's H2 database...%n", docs);
      long t0 = System.nanoTime();
      try (ItemTable table = new ItemTable(data)) {
        table.insert(corpus, docs);
        adminId = table.adminId();
        System.out.printf("  %d items in the database%n", table.count());
      }
      insertSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "  inserted in %.1f s%n", insertSeconds);
      deleteTree(data.resolve("index"));
    } else {
      try (ItemTable table = new ItemTable(data)) {
        adminId = table.adminId();
      }
      System.out.println("reusing " + data + " (bench.reuse): no corpus load, no rebuild");
    }

    System.out.println("hub: starting" + (fresh ? "; it rebuilds its index from the items" : ""));
    long hubStarted = System.nanoTime();
    HubProcess hub = HubProcess.start(jar, data, console, jvmArgs);
    Report report = new Report();
    try {
      hub.awaitListening(Duration.ofMinutes(3));
      System.out.printf(
          Locale.ROOT, "  answering after %.1f s%n", (System.nanoTime() - hubStarted) / 1e9);
      hub.awaitIndex(docs, Duration.ofMinutes(30));
      if (fresh) {
        rebuildWallSeconds = (System.nanoTime() - hubStarted) / 1e9;
        rebuild = hub.lastRebuildFromLog();
        System.out.printf(
            Locale.ROOT,
            "  index rebuilt: %s (hub log), %.1f s from process start%n",
            rebuild == null ? "?" : (long) rebuild[0] + " items in " + rebuild[1] + " s",
            rebuildWallSeconds);
      }
      report.indexDocuments = hub.indexStatus().documents();

      // ------------------------------------------------------------ the API
      String auth = HubProcess.basicAuth();
      List<URL> urls = new ArrayList<>();
      for (Corpus.Query q : queries) {
        urls.add(hub.uri(apiPath(q)).toURL());
      }
      // One pass first: every query must answer 200; its total is kept for the equivalence check.
      report.apiTotals = new long[queries.size()];
      report.apiHits = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        Answer r = get(urls.get(i), auth);
        if (r.status() != 200) {
          throw new IllegalStateException(
              "GET " + urls.get(i) + " answered " + r.status() + ": " + r.body());
        }
        report.apiTotals[i] = HubProcess.number(r.body(), "total");
        report.apiHits[i] = count(r.body(), "\"id\":");
        report.responseBytes += r.body().length();
      }
      report.responseBytes /= queries.size();
      AtomicLongArray tookMs = new AtomicLongArray(10_001);
      long measureFrom = System.nanoTime() + apiWarmup * 1_000_000_000L;
      report.api =
          LoadRun.run(
              "HTTP API (GET /api/v1/search)",
              clients,
              queries.size(),
              apiWarmup,
              seconds,
              i -> {
                Answer r = get(urls.get(i), auth);
                if (r.status() != 200) {
                  throw new IllegalStateException("status " + r.status());
                }
                if (System.nanoTime() >= measureFrom) {
                  long took = HubProcess.number(r.body(), "tookMs");
                  tookMs.incrementAndGet((int) Math.max(0, Math.min(10_000, took)));
                }
                return r.body().length();
              },
              hub::cpuSeconds);
      report.tookMs = tookMs;
      report.hubRssMiB = hub.residentMiB();
    } finally {
      System.out.println("hub: stopping");
      hub.close();
    }

    // ---------------------------------------------------------------- raw Lucene
    Path indexRoot = data.resolve("index");
    Path generation =
        indexRoot.resolve(
            Files.readString(indexRoot.resolve("CURRENT"), StandardCharsets.UTF_8).strip());
    report.indexMiB = sizeOf(generation) / (1024 * 1024);
    HubAnalyzers analyzers = new HubAnalyzers();
    RawLucene raw = new RawLucene(analyzers);
    Query[] rawQueries = queries.stream().map(raw::query).toArray(Query[]::new);
    try (FSDirectory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      report.rawTotals = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        report.rawTotals[i] = rawQueries[i] == null ? 0 : searcher.count(rawQueries[i]);
      }
      report.raw =
          LoadRun.run(
              "raw Lucene IndexSearcher",
              clients,
              queries.size(),
              warmup,
              seconds,
              i -> RawLucene.search(searcher, rawQueries[i]),
              null);
      SortedSetDocValuesReaderState facetState =
          new DefaultSortedSetDocValuesReaderState(reader, SearchFields.Facet.config());
      report.rawCounting =
          LoadRun.run(
              "raw Lucene, exact total + 6 facets",
              clients,
              queries.size(),
              warmup,
              seconds,
              i -> RawLucene.searchCountingAll(searcher, facetState, rawQueries[i]),
              null);
    }

    // ---------------------------------------------------------------- hub-search in-process
    Viewer admin =
        new Viewer(String.valueOf(adminId), Set.of("ADMIN", "EMPLOYEE"), null, false);
    try (SearchIndex index = SearchIndex.open(IndexStorage.onDisk(indexRoot))) {
      List<SearchRequest> library = new ArrayList<>();
      for (Corpus.Query q : queries) {
        Map<String, List<String>> filters =
            q.filtered()
                ? Map.of(
                    "lang".equals(q.filterName()) ? "language" : q.filterName(),
                    List.of(q.filterValue()))
                : Map.of();
        library.add(new SearchRequest(q.q(), filters, SortOrder.RELEVANCE, 1, 10, admin, null));
      }
      report.libraryTotals = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        report.libraryTotals[i] = index.search(library.get(i)).total();
      }
      report.library =
          LoadRun.run(
              "hub-search SearchIndex.search",
              clients,
              queries.size(),
              warmup,
              seconds,
              i -> {
                SearchResult r = index.search(library.get(i));
                return r.total() + r.hits().size();
              },
              null);
    }

    // ---------------------------------------------------------------- report
    report.docs = docs;
    report.clients = clients;
    report.queries = queries;
    report.warmup = warmup;
    report.apiWarmup = apiWarmup;
    report.seconds = seconds;
    report.corpus = corpus;
    report.insertSeconds = insertSeconds;
    report.rebuild = rebuild;
    report.rebuildWallSeconds = rebuildWallSeconds;
    report.totalMinutes = (System.nanoTime() - runStarted) / 60e9;
    report.hubJvmArgs = hubJvmArgs;
    String markdown = report.markdown();
    Files.createDirectories(out);
    Files.writeString(out.resolve("search-api.md"), markdown);
    Files.copy(
        work.resolve("queries.txt"),
        out.resolve("queries.txt"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(console, out.resolve("hub-console.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println();
    System.out.println(markdown);
    System.out.println("written to " + out.resolve("search-api.md"));
  }

  /**
   * Loads every class of this package now: a concurrent build of the module (another person's
   * {@code mvn install} without the bench profile) may delete them from target/test-classes during
   * the run.
   */
  private static void preloadOwnClasses() throws Exception {
    Path dir =
        Path.of(SearchApiBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("org/contenthub/bench");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = f.getFileName().toString().replace(".class", "");
        Class.forName("org.contenthub.bench." + name);
      }
    }
  }

  private record Answer(int status, String body) {}

  /**
   * One GET with the JDK's blocking {@link HttpURLConnection}, on a connection kept alive per client
   * thread. The load generator shares the two cores with the hub, so it must cost little: {@code
   * java.net.http.HttpClient} (selector thread, futures, per-call hand-offs) took 0.5 ms of CPU a
   * call, 0.18 of a core at 360 QPS; this client takes a fraction of that (see BENCHMARKS.md).
   */
  private static Answer get(URL url, String auth) throws IOException {
    HttpURLConnection c = (HttpURLConnection) url.openConnection();
    c.setRequestProperty("Authorization", auth);
    c.setRequestProperty("Accept", "application/json");
    c.setConnectTimeout(5_000);
    c.setReadTimeout(30_000);
    int status = c.getResponseCode();
    // Read to the end and close the stream (not disconnect): that returns the connection to the
    // keep-alive cache.
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static String apiPath(Corpus.Query q) {
    StringBuilder path =
        new StringBuilder("api/v1/search?q=").append(URLEncoder.encode(q.q(), StandardCharsets.UTF_8));
    if (q.filtered()) {
      path.append('&')
          .append(q.filterName())
          .append('=')
          .append(URLEncoder.encode(q.filterValue(), StandardCharsets.UTF_8));
    }
    return path.toString();
  }

  private static long count(String s, String needle) {
    long n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Everything the Markdown report needs. */
  private static final class Report {
    int docs;
    int clients;
    int warmup;
    int apiWarmup;
    int seconds;
    List<Corpus.Query> queries;
    Corpus corpus;
    double insertSeconds;
    double[] rebuild;
    double rebuildWallSeconds;
    long indexDocuments;
    long indexMiB;
    long hubRssMiB;
    long responseBytes;
    long[] apiTotals;
    long[] apiHits;
    long[] rawTotals;
    long[] libraryTotals;
    AtomicLongArray tookMs;
    LoadRun.Result api;
    LoadRun.Result raw;
    LoadRun.Result rawCounting;
    LoadRun.Result library;
    double totalMinutes;
    String hubJvmArgs;

    String markdown() {
      StringBuilder md = new StringBuilder();
      String when =
          ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
      md.append("### Search API benchmark, ").append(when).append("\n\n");
      md.append(
          String.format(
              Locale.ROOT,
              "- Machine: %d cores (%s), %d GiB RAM, %s %s; hub started with `java %sjar"
                  + " content-hub.jar` (default heap), the load generator and the searchers in a"
                  + " second JVM on the same cores.%n",
              Runtime.getRuntime().availableProcessors(),
              cpuModel(),
              totalRamGiB(),
              System.getProperty("java.vm.name"),
              System.getProperty("java.version"),
              hubJvmArgs.isEmpty() ? "-" : hubJvmArgs + " -"));
      long nl = 0;
      for (int i = 0; i < docs; i++) {
        if (corpus.lines.get(i % corpus.lines.size()).language().equals("nl")) {
          nl++;
        }
      }
      md.append(
          String.format(
              Locale.ROOT,
              "- Corpus: %,d items (%,d Dutch, %,d English) built from %,d europarl lines;"
                  + " index: %,d documents, %,d MiB on disk.%n",
              docs,
              nl,
              docs - nl,
              corpus.lines.size(),
              indexDocuments,
              indexMiB));
      if (rebuild != null) {
        md.append(
            String.format(
                Locale.ROOT,
                "- Indexing through the hub's path (index directory deleted, rebuilt at start from"
                    + " the item table via JPA, jsoup and hub-search): %,.0f items in %.1f s ="
                    + " **%,.0f items/s** (hub log; %.0f s from process start to search ready)."
                    + " Items written by JDBC before: %.1f s.%n",
                rebuild[0],
                rebuild[1],
                rebuild[0] / rebuild[1],
                rebuildWallSeconds,
                insertSeconds));
      } else {
        md.append("- Index reused from a previous run (bench.reuse): no indexing figure.\n");
      }
      int filtered = (int) queries.stream().filter(Corpus.Query::filtered).count();
      md.append(
          String.format(
              Locale.ROOT,
              "- Query mix: %d distinct queries (%d with one facet filter; see"
                  + " `target/bench/queries.txt`), %d concurrent clients in a closed loop,"
                  + " %d s warm-up (%d s for the hub's API) then %d s measured per row.%n%n",
              queries.size(),
              filtered,
              clients,
              warmup,
              apiWarmup,
              seconds));

      md.append(
          "| what | each call | QPS | p50 ms | p99 ms | QPS vs raw Lucene | CPU ms per query |"
              + " queries per CPU-second vs raw |\n");
      md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      row(
          md,
          raw,
          "raw Lucene `IndexSearcher` (the limit)",
          "same text query, top 10 by BM25, id and title of the hits");
      row(
          md,
          rawCounting,
          "raw Lucene, with the product's counting",
          "+ every hit counted exactly and the 6 facets counted over them (no drill sideways)");
      row(
          md,
          library,
          "hub-search `SearchIndex.search`, in-process",
          "+ ACL filter, freshness × popularity, exact total, 6 facets (drill sideways),"
              + " highlighted snippets, did-you-mean below 3 hits");
      row(
          md,
          api,
          "**HTTP API** `GET /api/v1/search`",
          "+ HTTP/1.1 keep-alive, Basic auth (cached), JAX-RS, Bean Validation, JSON-B,"
              + String.format(Locale.ROOT, " ~%,d bytes of JSON", responseBytes));
      double ratio = api.qps() / raw.qps();
      md.append('\n');
      md.append(
          String.format(
              Locale.ROOT,
              "- **API / raw Lucene QPS = %.1f %%** (target ≥ 50 %%: %s). API / hub-search"
                  + " in-process = %.1f %%; hub-search / raw = %.1f %%. Per CPU-second (immune to"
                  + " other processes taking cores; the API's cost includes the load generator's):"
                  + " API / raw = %.1f %%.%n",
              ratio * 100,
              ratio >= 0.5 ? "met" : "**not met**",
              api.qps() / library.qps() * 100,
              library.qps() / raw.qps() * 100,
              raw.cpuMsPerCall() / api.cpuMsPerCall() * 100));
      md.append(
          String.format(
              Locale.ROOT,
              "- CPU (cores busy, of %d) in the measured periods: API run: hub %.2f, load"
                  + " generator %.2f, other processes %.2f; raw Lucene: %.2f, others %.2f;"
                  + " hub-search in-process: %.2f, others %.2f. Hub resident memory %,d MiB.%n",
              Runtime.getRuntime().availableProcessors(),
              api.serverCores(),
              api.benchCores(),
              api.otherCores(),
              raw.benchCores(),
              raw.otherCores(),
              library.benchCores(),
              library.otherCores(),
              hubRssMiB));
      md.append(
          String.format(
              Locale.ROOT,
              "- The hub's own search time (`tookMs` in the answers, measured period): p50 %d ms,"
                  + " p99 %d ms, against %.2f / %.2f ms seen by the client.%n",
              took(0.5),
              took(0.99),
              api.p50Ms(),
              api.p99Ms()));
      int agree = 0;
      int libAgree = 0;
      long noHits = 0;
      for (int i = 0; i < queries.size(); i++) {
        if (apiTotals[i] == rawTotals[i]) {
          agree++;
        }
        if (libraryTotals[i] == apiTotals[i]) {
          libAgree++;
        }
        if (apiTotals[i] == 0) {
          noHits++;
        }
      }
      long[] sortedTotals = apiTotals.clone();
      Arrays.sort(sortedTotals);
      md.append(
          String.format(
              Locale.ROOT,
              "- Same work: the API's total equals the raw searcher's hit count for %d of %d"
                  + " queries (hub-search in-process: %d of %d); median total %,d hits, %d queries"
                  + " without hits; errors: API %d, raw %d, hub-search %d.%n",
              agree,
              queries.size(),
              libAgree,
              queries.size(),
              sortedTotals[sortedTotals.length / 2],
              noHits,
              api.errors(),
              raw.errors(),
              library.errors()));
      md.append(String.format(Locale.ROOT, "- Whole run: %.1f min.%n", totalMinutes));
      return md.toString();
    }

    private long took(double p) {
      long total = 0;
      for (int i = 0; i < tookMs.length(); i++) {
        total += tookMs.get(i);
      }
      long target = (long) Math.ceil(p * total);
      long seen = 0;
      for (int i = 0; i < tookMs.length(); i++) {
        seen += tookMs.get(i);
        if (seen >= target && target > 0) {
          return i;
        }
      }
      return -1;
    }

    private void row(StringBuilder md, LoadRun.Result r, String name, String what) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,.1f | %.1f | %.1f | %.1f %% | %.1f | %.1f %% |%n",
              name,
              what,
              r.qps(),
              r.p50Ms(),
              r.p99Ms(),
              r.qps() / raw.qps() * 100,
              r.cpuMsPerCall(),
              raw.cpuMsPerCall() / r.cpuMsPerCall() * 100));
    }

    private static String cpuModel() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).strip();
          }
        }
      } catch (IOException e) {
        // not Linux
      }
      return System.getProperty("os.arch");
    }

    private static long totalRamGiB() {
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
        return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
      }
      return -1;
    }
  }
}
