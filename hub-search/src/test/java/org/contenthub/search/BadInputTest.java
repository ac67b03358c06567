package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever people type gives results or a typed, human error: never a Lucene exception. */
class BadInputTest {

  static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = Samples.openWithSamples();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title:(",
        "title:(fiets",
        "*",
        "**",
        "?",
        "~",
        "fiets~",
        "fiets~2",
        "\\",
        "fiets\\",
        "\"",
        "\"fiets",
        "\"\"",
        "fiets\"naar",
        "((((",
        "))",
        "[a TO z]",
        "{",
        "a:b:c",
        "+",
        "-",
        "--fiets",
        "- fiets",
        "!",
        "&&",
        "||",
        "OR",
        "AND OR NOT",
        "fiets OR",
        "OR fiets",
        "NOT",
        "/regex/",
        "/",
        "^2",
        "fiets^10",
        "😀",
        "fiets 😀",
        "🚲🚲🚲",
        "مرحبا بالعالم",
        "שלום",
        "עברית fiets",
        "\u202Efiets",
        "\u0000",
        "  ",
        "中文搜索",
        "e-mail",
        "a/b\\c:d",
        "fiets*",
        "f*",
        "<script>alert(1)</script>"
      })
  void nastyQueriesNeverFail(String q) {
    for (SortOrder order : SortOrder.values()) {
      SearchResult r = index.search(SearchRequest.of(q, Samples.SALES).withSort(order));
      assertThat(r.total()).isGreaterThanOrEqualTo(0);
      assertThat(r.hits().size()).isLessThanOrEqualTo(10);
    }
    assertThat(index.suggest(q, Samples.SALES, 5)).isNotNull();
    assertThat(index.experts(q, Samples.SALES, 5)).isNotNull();
  }

  @Test
  void syntaxCharactersAroundWordsStillFindTheWord() {
    assertThat(index.search(SearchRequest.of("title:(fiets", Samples.SALES)).hits())
        .extracting(SearchHit::id)
        .contains("item:3");
    assertThat(index.search(SearchRequest.of("fiets~", Samples.SALES)).hits())
        .extracting(SearchHit::id)
        .contains("item:3");
    assertThat(index.search(SearchRequest.of("\"fietsen naar", Samples.SALES)).hits())
        .extracting(SearchHit::id)
        .contains("item:3");
  }

  @Test
  void onlySyntaxMeansEmptyQueryListingNewest() {
    SearchResult star = index.search(SearchRequest.of("*", Samples.SALES));
    SearchResult empty = index.search(SearchRequest.of("", Samples.SALES));
    assertThat(star.total()).isEqualTo(empty.total()).isPositive();
  }

  @Test
  void tooLongQueryIsATypedHumanError() {
    String q = "fiets ".repeat(200);
    assertThatThrownBy(() -> index.search(SearchRequest.of(q, Samples.SALES)))
        .isInstanceOf(InvalidQueryException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1000")
        .satisfies(
            e ->
                assertThat(((InvalidQueryException) e).reason())
                    .isEqualTo(InvalidQueryException.Reason.TOO_LONG));
    assertThatThrownBy(() -> index.suggest(q, Samples.SALES, 5))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void tooManyWordsIsATypedHumanError() {
    String q = "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg";
    assertThatThrownBy(() -> index.search(SearchRequest.of(q, Samples.SALES)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("more than 32 words");
  }

  @Test
  void badPagingIsTyped() {
    assertThatThrownBy(() -> SearchRequest.of("x", Samples.SALES).withPage(0, 10))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> SearchRequest.of("x", Samples.SALES).withPage(1, 1000))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> index.search(SearchRequest.of("x", Samples.SALES).withPage(2000, 10)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(
            () -> index.search(SearchRequest.of("x", Samples.SALES).withAfter("not-a-cursor!")))
        .isInstanceOf(InvalidQueryException.class);
  }
}
