package org.contenthub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {

  private final HubAnalyzers analyzers = new HubAnalyzers();
  private final RankingSettings ranking = RankingSettings.defaults();
  private final QueryFactory factory = new QueryFactory(analyzers, ranking);

  /**
   * QueryFactory analyses a word once per language variant and replays the tokens for every field
   * of that variant; that is only right while those fields share one analyzer. Compared here with
   * analysing for each field on its own, on what people type: stems, compounds, stop words,
   * phrases, accents, hyphens, digits, emoji.
   */
  @Test
  void replayedTokensGiveTheSameQueryAsAnalysingEachField() {
    QueryBuilder perField = new QueryBuilder(analyzers.queryAnalyzer());
    for (String text :
        List.of(
            "fietsen",
            "organisaties",
            "contentkalender",
            "de",
            "running shoes",
            "Midden-Oosten",
            "café crème",
            "2026",
            "het beleid van de Unie",
            "😀 nieuws",
            "x")) {
      List<Query> expected = new ArrayList<>();
      for (String field : SearchFields.TEXT_FIELDS) {
        float boost = ranking.boostOf(field);
        add(expected, perField.createPhraseQuery(field, text, 0), boost);
        float stemmed = boost * ranking.stemmedWeight();
        add(expected, perField.createPhraseQuery(SearchFields.dutch(field), text, 0), stemmed);
        add(expected, perField.createPhraseQuery(SearchFields.english(field), text, 0), stemmed);
      }
      Query actual = factory.partQuery(new UserQuery.Phrase(text));
      if (expected.isEmpty()) {
        assertThat(actual).as(text).isNull();
      } else {
        assertThat(actual)
            .as(text)
            .isEqualTo(new DisjunctionMaxQuery(expected, ranking.tieBreaker()));
      }
    }
  }

  private static void add(List<Query> out, Query q, float boost) {
    if (q != null) {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }
}
