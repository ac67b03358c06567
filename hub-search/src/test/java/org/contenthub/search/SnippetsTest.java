package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  /**
   * Snippets read the offsets of a page's hits with one postings enum per term, advanced from hit
   * to hit. Every hit must still get its own marks: hits spread over three segments, the word in
   * the summary of some and the body of others, and hits without the word between hits with it.
   */
  @Test
  void everyHitOfAPageIsMarkedWhereItsWordsAre() throws Exception {
    try (SearchIndex index = SearchIndex.open(IndexStorage.inMemory())) {
      for (int batch = 0; batch < 3; batch++) {
        List<IndexOperation> ops = new ArrayList<>();
        for (int i = batch * 20; i < batch * 20 + 20; i++) {
          String text =
              i % 4 == 3
                  ? "Bericht " + i + " over de kantine en de lunch van vandaag."
                  : "Bericht "
                      + i
                      + " over "
                      + (i % 2 == 0 ? "fietsen" : "de fiets")
                      + " naar kantoor en de vergoeding daarvoor.";
          SearchDocument.Builder doc =
              SearchDocument.builder("item:" + i).title("Bericht " + i).language("nl");
          ops.add(IndexOperation.index((i % 3 == 0 ? doc.summary(text) : doc.body(text)).build()));
        }
        index.apply(ops); // one segment per batch
      }
      // Pages of 7 (their hits scattered over the segments, so the enums skip between them) and
      // one page of all 60.
      for (int size : new int[] {7, 60}) {
        SearchRequest first =
            new SearchRequest(
                "fiets OR kantine", Map.of(), SortOrder.RELEVANCE, 1, size, Samples.SALES, null);
        Set<String> seen = new HashSet<>();
        SearchRequest request = first;
        while (request != null) {
          SearchResult r = index.search(request);
          assertThat(r.total()).isEqualTo(60);
          for (SearchHit hit : r.hits()) {
            seen.add(hit.id());
            int i = Integer.parseInt(hit.id().substring("item:".length()));
            String expected =
                i % 4 == 3
                    ? "<mark>kantine</mark>"
                    : i % 2 == 0 ? "<mark>fietsen</mark>" : "<mark>fiets</mark>";
            assertThat(hit.snippet())
                .as(hit.id())
                .contains("Bericht " + i + " ")
                .contains(expected);
          }
          request = r.nextCursor() == null ? null : first.withAfter(r.nextCursor());
        }
        assertThat(seen).hasSize(60);
      }
    }
  }

  @Test
  void passagesAreRankedAsLuceneRanksThem() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new Snippets.PassageRanking();
    String[][] passages = {
      {"fiets"},
      {"fiets", "fiets", "vergoeding"},
      {"vergoeding", "fiets", "vergoeding", "kantoor", "fiets", "fiets"},
      {},
    };
    for (String[] words : passages) {
      Passage p = new Passage();
      p.setStartOffset(120);
      p.setEndOffset(120 + 80);
      for (int i = 0; i < words.length; i++) {
        p.addMatch(130 + i * 8, 134 + i * 8, new BytesRef(words[i]), words[i].length() + 1);
      }
      assertThat(ours.score(p, 2_000))
          .as(String.join(" ", words))
          .isEqualTo(lucene.score(p, 2_000));
      assertThat(lucene.score(p, 2_000) > 0).isEqualTo(words.length > 0);
    }
  }
}
