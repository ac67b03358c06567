package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      SearchResult r =
          index.search(
              new SearchRequest(
                  "fiets OR kantine", Map.of(), SortOrder.RELEVANCE, 1, 100, Samples.SALES, null));
      assertThat(r.total()).isEqualTo(60);
      for (SearchHit hit : r.hits()) {
        int i = Integer.parseInt(hit.id().substring("item:".length()));
        String expected =
            i % 4 == 3
                ? "<mark>kantine</mark>"
                : i % 2 == 0 ? "<mark>fietsen</mark>" : "<mark>fiets</mark>";
        assertThat(hit.snippet()).as(hit.id()).contains("Bericht " + i + " ").contains(expected);
      }
    }
  }
}
