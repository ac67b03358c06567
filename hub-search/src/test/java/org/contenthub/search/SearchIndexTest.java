package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = Samples.openWithSamples();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  static SearchResult search(String q, Viewer viewer) {
    return index.search(SearchRequest.of(q, viewer));
  }

  @Test
  void findsByStemAndCompoundPart() {
    assertThat(ids(search("fiets", Samples.SALES))).startsWith("item:3").doesNotContain("item:4");
    assertThat(ids(search("kalender", Samples.SALES))).contains("item:1");
    assertThat(ids(search("organisatie", Samples.SALES))).contains("item:7");
  }

  @Test
  void crossLanguageWordsMatch() {
    // an English query word found in Dutch items where the languages share the word
    assertThat(ids(search("employee advocacy", Samples.SALES))).contains("item:2", "item:7");
    // English stemming applies to the English item
    assertThat(ids(search("running", Samples.SALES))).contains("item:2", "item:6");
  }

  @Test
  void titleOutranksBody() {
    List<String> hits = ids(search("contentkalender", Samples.SALES));
    assertThat(hits.get(0)).isIn("item:1", "person:anna");
    assertThat(hits).contains("item:1");
  }

  @Test
  void phrasesExclusionsAndOr() {
    assertThat(ids(search("\"employee advocacy\"", Samples.SALES))).contains("item:2", "item:7");
    assertThat(ids(search("\"advocacy employee\"", Samples.SALES))).isEmpty();
    assertThat(ids(search("delen -linkedin", Samples.SALES)))
        .contains("item:7")
        .doesNotContain("item:8");
    assertThat(ids(search("fietsregeling OR kwartaal", Samples.SALES)))
        .contains("item:1", "item:3");
  }

  @Test
  void lastWordIsAPrefixWhileTyping() {
    assertThat(ids(search("fietsreg", Samples.SALES))).contains("item:3");
    assertThat(ids(search("fietsreg ", Samples.SALES))).isEmpty();
  }

  @Test
  void emptyQueryListsNewestFirst() {
    SearchResult r = search("", Samples.SALES);
    assertThat(r.total()).isGreaterThan(3);
    List<java.time.Instant> dates =
        r.hits().stream().map(SearchHit::publishedAt).filter(d -> d != null).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(search(null, Samples.SALES).total()).isEqualTo(r.total());
  }

  @Test
  void departmentOnlyItemNeverReachesAnotherDepartment() {
    assertThat(ids(search("zeppelin", Samples.HR))).containsExactly("item:4");
    SearchResult other = search("zeppelin", Samples.SALES);
    assertThat(other.total()).isZero();
    assertThat(other.hits()).isEmpty();
    // totals and facet counts of a broad query do not count it either
    SearchResult all = search("", Samples.SALES);
    SearchResult allHr = search("", Samples.HR);
    assertThat(allHr.total()).isEqualTo(all.total() + 1);
    assertThat(all.facets().get("tag"))
        .extracting(FacetValue::value)
        .doesNotContain("geheimproject");
    assertThat(allHr.facets().get("tag")).extracting(FacetValue::value).contains("geheimproject");
    long hrCountSales = count(all, "department", "hr");
    long hrCountHr = count(allHr, "department", "hr");
    assertThat(hrCountHr).isEqualTo(hrCountSales + 1);
  }

  @Test
  void draftsOnlyForEditorsAndAuthor() {
    assertThat(search("kwikstaart", Samples.SALES).total()).isZero();
    assertThat(search("kwikstaart", Samples.EDITOR).total()).isEqualTo(1);
    assertThat(search("kwikstaart", Viewer.employee("anna", "communicatie")).total()).isEqualTo(1);
  }

  @Test
  void externalAmbassadorsSeeOnlyShareableContent() {
    SearchResult r = search("", Samples.EXTERNAL);
    assertThat(ids(r)).containsExactly("item:1");
    assertThat(r.total()).isEqualTo(1);
    assertThat(count(r, "type", "person")).isZero();
  }

  @Test
  void facetsCountAndDrillSidewaysKeepsOtherValues() {
    SearchRequest base = SearchRequest.of("", Samples.SALES);
    SearchResult all = index.search(base);
    assertThat(all.facets().keySet())
        .containsExactly("type", "channel", "tag", "department", "language", "year");
    long intranet = count(all, "channel", "intranet");
    long linkedin = count(all, "channel", "linkedin");
    SearchResult drilled = index.search(base.withFilter("channel", "linkedin"));
    assertThat(drilled.total()).isEqualTo(linkedin);
    // the selected dimension still shows the other channels' counts
    assertThat(count(drilled, "channel", "intranet")).isEqualTo(intranet);
    // other dimensions are narrowed to the selection
    assertThat(drilled.facets().get("language"))
        .extracting(FacetValue::value)
        .containsOnly("nl", "en");
    assertThat(count(drilled, "type", "person")).isZero();
    SearchResult twoValues = index.search(base.withFilter("channel", "linkedin", "blog"));
    assertThat(twoValues.total()).isEqualTo(linkedin + count(all, "channel", "blog"));
    assertThat(count(all, "year", "2023")).isEqualTo(1);
  }

  @Test
  void unknownFacetValueGivesNoHitsAndUnknownDimensionATypedError() {
    SearchResult r = index.search(SearchRequest.of("", Samples.SALES).withFilter("channel", "fax"));
    assertThat(r.total()).isZero();
    assertThat(r.hits()).isEmpty();
    assertThatThrownBy(
            () -> index.search(SearchRequest.of("", Samples.SALES).withFilter("colour", "red")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Unknown filter 'colour'");
  }

  @Test
  void snippetsAreHighlightedAndHtmlSafe() {
    SearchHit hit = search("headline", Samples.SALES).hits().get(0);
    assertThat(hit.id()).isEqualTo("item:8");
    assertThat(hit.snippet())
        .contains("<mark>headline</mark>")
        .contains("&quot;")
        .doesNotContain("<b>")
        .contains("&lt;b&gt;");
    assertThat(hit.title()).contains("<script>"); // titles are raw text; the page escapes them
    SearchHit stemmed = search("fiets", Samples.SALES).hits().get(0);
    assertThat(stemmed.snippet()).contains("<mark>fietsen</mark>").contains("<mark>fiets</mark>");
    // a compound part found by its parts is marked as the whole word, read from the postings
    SearchHit compound = search("kalender", Samples.SALES).hits().get(0);
    assertThat(compound.snippet()).contains("<mark>contentkalender</mark>");
  }

  @Test
  void sortByDate() {
    SearchResult r =
        index.search(
            SearchRequest.of("delen OR content OR employee", Samples.SALES)
                .withSort(SortOrder.DATE));
    List<java.time.Instant> dates =
        r.hits().stream().map(SearchHit::publishedAt).filter(d -> d != null).toList();
    assertThat(dates).hasSizeGreaterThan(2);
    assertThat(r.hits().get(r.hits().size() - 1).publishedAt()).isNull(); // people, undated, last
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void cursorPagingVisitsEveryHitOnce() {
    for (SortOrder order : SortOrder.values()) {
      SearchRequest first = new SearchRequest("", Map.of(), order, 1, 2, Samples.HR, null);
      long total = index.search(first).total();
      Set<String> seen = new HashSet<>();
      SearchRequest request = first;
      int pages = 0;
      while (true) {
        SearchResult r = index.search(request);
        r.hits().forEach(h -> assertThat(seen.add(h.id())).as("duplicate " + h.id()).isTrue());
        pages++;
        if (r.nextCursor() == null) {
          break;
        }
        request = first.withAfter(r.nextCursor());
      }
      assertThat(seen).hasSize((int) total);
      assertThat(pages).isEqualTo((int) Math.ceil(total / 2.0));
    }
    // page numbers give the same as cursors for the first pages
    SearchRequest p2 = new SearchRequest("", Map.of(), SortOrder.DATE, 2, 2, Samples.HR, null);
    SearchRequest c2 =
        new SearchRequest("", Map.of(), SortOrder.DATE, 1, 2, Samples.HR, null)
            .withAfter(
                index
                    .search(new SearchRequest("", Map.of(), SortOrder.DATE, 1, 2, Samples.HR, null))
                    .nextCursor());
    assertThat(ids(index.search(p2))).isEqualTo(ids(index.search(c2)));
  }

  @Test
  void freshnessAndPopularityReorderEqualTextMatches() {
    // item:6 (old, many favourites) and item:2 (newer, shares) both mention "share"/"running"
    SearchResult r = search("running", Samples.SALES);
    assertThat(r.hits()).extracting(SearchHit::score).allMatch(s -> s > 0);
    assertThat(r.hits()).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
  }

  static long count(SearchResult r, String dim, String value) {
    return r.facets().getOrDefault(dim, List.of()).stream()
        .filter(v -> v.value().equals(value))
        .mapToLong(FacetValue::count)
        .findFirst()
        .orElse(0);
  }
}
