package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  private final HubAnalyzers analyzers = new HubAnalyzers();

  private List<String> index(String field, String text) throws IOException {
    return Suggester.tokens(analyzers.indexAnalyzer(), field, text);
  }

  private List<String> query(String field, String text) throws IOException {
    return Suggester.tokens(analyzers.queryAnalyzer(), field, text);
  }

  /** Some query token of {@code q} is among the index tokens of {@code text}. */
  private boolean finds(String field, String q, String text) throws IOException {
    List<String> indexed = index(field, text);
    return query(field, q).stream().anyMatch(indexed::contains);
  }

  @Test
  void dutchStemmingJoinsSingularAndPlural() throws IOException {
    String nl = SearchFields.dutch(SearchFields.BODY);
    assertThat(finds(nl, "fietsen", "Ik heb een nieuwe fiets")).isTrue();
    assertThat(finds(nl, "fiets", "Wij fietsen naar het werk")).isTrue();
    assertThat(finds(nl, "organisaties", "Elke organisatie is anders")).isTrue();
    assertThat(finds(nl, "organisatie", "Veel organisaties doen mee")).isTrue();
    assertThat(finds(nl, "medewerker", "Onze medewerkers delen content")).isTrue();
    assertThat(finds(nl, "delen", "Het bericht is gedeeld")).isTrue();
  }

  @Test
  void englishStemming() throws IOException {
    String en = SearchFields.english(SearchFields.BODY);
    assertThat(finds(en, "running", "I run every day")).isTrue();
    assertThat(finds(en, "run", "She was running late")).isTrue();
    assertThat(finds(en, "policies", "The policy is new")).isTrue();
    assertThat(finds(en, "sharing", "He shared the post")).isTrue();
  }

  @Test
  void dutchCompoundsAreFoundByTheirParts() throws IOException {
    String nl = SearchFields.dutch(SearchFields.TITLE);
    assertThat(finds(nl, "kalender", "De contentkalender voor mei")).isTrue();
    assertThat(finds(nl, "nieuwsbrief", "Onze personeelsnieuwsbrief verschijnt maandelijks"))
        .isTrue();
    assertThat(finds(nl, "beleid", "Het landbouwbeleid van de Unie")).isTrue();
    assertThat(finds(nl, "landbouw", "Het landbouwbeleid van de Unie")).isTrue();
    // parts are added at index time only: the compound itself is not split in the query
    assertThat(query(nl, "contentkalender")).containsExactly("contentkalender");
    // a short ambiguous word is not a part: "land" is not found in "nederland"
    assertThat(finds(nl, "land", "Nederland")).isFalse();
  }

  @Test
  void stopWordsAreDroppedPerLanguage() throws IOException {
    assertThat(query(SearchFields.dutch(SearchFields.BODY), "de het een")).isEmpty();
    assertThat(query(SearchFields.english(SearchFields.BODY), "the of and")).isEmpty();
    // the neutral field keeps them, so exact phrases still match
    assertThat(query(SearchFields.BODY, "the of")).containsExactly("the", "of");
  }

  @Test
  void accentsAreFoldedKeepingTheOriginal() throws IOException {
    assertThat(index(SearchFields.BODY, "ideeën café"))
        .contains("ideeën", "ideeen", "café", "cafe");
    assertThat(finds(SearchFields.BODY, "cafe", "Het café")).isTrue();
    assertThat(finds(SearchFields.BODY, "café", "Het cafe")).isTrue();
    assertThat(finds(SearchFields.dutch(SearchFields.BODY), "ideeen", "Nieuwe ideeën")).isTrue();
  }
}
