package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions, did-you-mean, more-like-this and experts, each under the ACL. */
class HelpersTest {

  static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = Samples.openWithSamples();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static List<String> texts(List<Suggestion> s) {
    return s.stream().map(Suggestion::text).toList();
  }

  @Test
  void suggestsTitlesTagsAndPeopleWhileTyping() {
    List<Suggestion> s = index.suggest("conte", Samples.SALES, 10);
    assertThat(texts(s)).contains("De contentkalender voor het tweede kwartaal", "contentkalender");
    assertThat(s)
        .filteredOn(x -> x.kind().equals("tag"))
        .extracting(Suggestion::text)
        .contains("contentkalender");
    assertThat(texts(index.suggest("ann", Samples.SALES, 5))).contains("Anna de Vries");
    assertThat(index.suggest("ann", Samples.SALES, 5).get(0).kind()).isEqualTo("person");
    assertThat(texts(index.suggest("Fietsen naar h", Samples.SALES, 5)))
        .contains("Fietsen naar het werk: de nieuwe fietsregeling");
  }

  @Test
  void suggestionsNeverRevealWhatTheReaderMayNotSee() {
    assertThat(texts(index.suggest("reorg", Samples.HR, 5)))
        .contains("Reorganisatie afdeling HR: vertrouwelijk salarisoverzicht");
    assertThat(index.suggest("reorg", Samples.SALES, 5)).isEmpty();
    assertThat(texts(index.suggest("geheim", Samples.HR, 5))).contains("geheimproject");
    assertThat(index.suggest("geheim", Samples.SALES, 5)).isEmpty();
    assertThat(index.suggest("concept pers", Samples.SALES, 5)).isEmpty();
    assertThat(index.suggest("ann", Samples.EXTERNAL, 5)).isEmpty();
  }

  @Test
  void didYouMeanProposesAVisibleCorrection() {
    SearchResult r = index.search(SearchRequest.of("fietsregelin ", Samples.SALES));
    assertThat(r.total()).isZero();
    assertThat(r.didYouMean()).isEqualTo("fietsregeling");
    assertThat(index.search(SearchRequest.of("contentkalendr ", Samples.SALES)).didYouMean())
        .isEqualTo("contentkalender");
    assertThat(index.search(SearchRequest.of("fiets", Samples.SALES)).didYouMean()).isNull();
  }

  @Test
  void didYouMeanNeverProposesAWordOnlyInHiddenDocuments() {
    // "zeppelin" exists only in the HR-only item
    assertThat(index.search(SearchRequest.of("zepelin ", Samples.HR)).didYouMean())
        .isEqualTo("zeppelin");
    assertThat(index.search(SearchRequest.of("zepelin ", Samples.SALES)).didYouMean()).isNull();
    assertThat(index.search(SearchRequest.of("kwikstart ", Samples.SALES)).didYouMean()).isNull();
    assertThat(index.search(SearchRequest.of("kwikstart ", Samples.EDITOR)).didYouMean())
        .isEqualTo("kwikstaart");
  }

  @Test
  void moreLikeThisFindsRelatedVisibleItemsOnly() {
    List<SearchHit> similar = index.similar("item:7", Samples.SALES, 5);
    assertThat(similar).extracting(SearchHit::id).doesNotContain("item:7", "item:4", "item:5");
    assertThat(similar).extracting(SearchHit::type).doesNotContain("person");
    assertThat(similar).isNotEmpty();
    // item:3 and item:4 share words (afdeling, medewerkers...); HR sees item:4, sales does not
    assertThat(index.similar("item:3", Samples.SALES, 10))
        .extracting(SearchHit::id)
        .doesNotContain("item:4");
    // an item the reader may not see has no similar items for them
    assertThat(index.similar("item:4", Samples.SALES, 5)).isEmpty();
    assertThat(index.similar("item:unknown", Samples.SALES, 5)).isEmpty();
  }

  @Test
  void findsExpertsByProfileAndWork() {
    List<Expert> advocacy = index.experts("employee advocacy", Samples.SALES, 3);
    assertThat(advocacy).isNotEmpty();
    assertThat(advocacy.get(0).personId()).isEqualTo("bram");
    assertThat(advocacy.get(0).matchingItems()).isGreaterThanOrEqualTo(2);
    assertThat(index.experts("contentkalender", Samples.SALES, 3).get(0).personId())
        .isEqualTo("anna");
    assertThat(index.experts("fietsen", Samples.SALES, 3).get(0).personId()).isEqualTo("carla");
  }

  @Test
  void expertsDoNotLeakRestrictedWork() {
    // only carla's HR-only item mentions zeppelin
    assertThat(index.experts("zeppelin", Samples.HR, 3))
        .extracting(Expert::personId)
        .containsExactly("carla");
    assertThat(index.experts("zeppelin", Samples.SALES, 3)).isEmpty();
    assertThat(index.experts("employee advocacy", Samples.EXTERNAL, 3)).isEmpty();
  }
}
