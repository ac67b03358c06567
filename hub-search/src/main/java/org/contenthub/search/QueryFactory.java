package org.contenthub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over all text fields and their language variants,
 * with the field boosts of {@link RankingSettings}. Words that analyse to nothing (stop words in
 * every variant, punctuation, lone syntax characters) are dropped rather than matching nothing.
 */
final class QueryFactory {

  /** A prefix shorter than this would expand to too many terms to be useful or fast. */
  static final int MIN_PREFIX = 3;

  /** Up to this many words (or OR-groups, or phrases) all must match. */
  static final int MATCH_ALL_UP_TO = 2;

  private static final List<String> PREFIX_FIELDS =
      List.of(SearchFields.TITLE, SearchFields.TAGS, SearchFields.SUMMARY, SearchFields.BODY);

  private final Analyzer queryAnalyzer;
  private final PhraseBuilder builder;
  private final RankingSettings ranking;

  QueryFactory(HubAnalyzers analyzers, RankingSettings ranking) {
    this.queryAnalyzer = analyzers.queryAnalyzer();
    this.builder = new PhraseBuilder(queryAnalyzer);
    this.ranking = ranking;
  }

  /** The text query without ranking factors, or null when nothing searchable was typed. */
  Query textQuery(UserQuery query) {
    List<Query> required = new ArrayList<>();
    for (List<UserQuery.Part> group : query.groups()) {
      List<Query> alternatives = new ArrayList<>();
      for (UserQuery.Part part : group) {
        Query q = partQuery(part);
        if (q != null) {
          alternatives.add(q);
        }
      }
      if (alternatives.size() == 1) {
        required.add(alternatives.get(0));
      } else if (alternatives.size() > 1) {
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        alternatives.forEach(a -> or.add(a, Occur.SHOULD));
        required.add(or.build());
      }
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    // All words must match up to MATCH_ALL_UP_TO words; longer queries may miss one word in four,
    // because people type sentences ("gelijke behandeling van vrouwen en mannen") whose every word
    // rarely appears in one text.
    if (required.size() <= MATCH_ALL_UP_TO) {
      required.forEach(q -> top.add(q, Occur.MUST));
    } else {
      required.forEach(q -> top.add(q, Occur.SHOULD));
      top.setMinimumNumberShouldMatch((int) Math.ceil(required.size() * 0.75));
    }
    boolean anyExcluded = false;
    for (UserQuery.Part part : query.excluded()) {
      Query q = partQuery(part);
      if (q != null) {
        top.add(q, Occur.MUST_NOT);
        anyExcluded = true;
      }
    }
    if (required.isEmpty() && !anyExcluded) {
      return null;
    }
    if (required.isEmpty()) {
      top.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return top.build();
  }

  /** The text query multiplied by freshness and popularity. */
  Query ranked(Query textQuery, long nowMillis) {
    RankingBoost boost = new RankingBoost(ranking, nowMillis);
    return boost.isNeutral() ? textQuery : FunctionScoreQuery.boostByValue(textQuery, boost);
  }

  /** One word or phrase across all fields and variants, or null when it analyses to nothing. */
  Query partQuery(UserQuery.Part part) {
    List<Query> perField = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      perField.addAll(variantQueries(variant, part.text()));
    }
    if (part instanceof UserQuery.Word word && word.prefix()) {
      BytesRef prefix = queryAnalyzer.normalize(SearchFields.TITLE, word.text());
      if (prefix.length >= MIN_PREFIX && isSingleWord(word.text())) {
        for (String field : PREFIX_FIELDS) {
          // Constant score per field (the default rewrite): a completion counts as a half match.
          perField.add(
              new BoostQuery(
                  new PrefixQuery(new Term(field, BytesRef.deepCopyOf(prefix))),
                  ranking.boostOf(field) * 0.5f));
        }
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    return new DisjunctionMaxQuery(perField, ranking.tieBreaker());
  }

  /**
   * The text as a phrase on every text field of one language variant. The six fields of a variant
   * share its analyzer (HubAnalyzers), so the text is analysed once and its tokens replayed for
   * each field, rather than analysed eighteen times per word (QueryFactoryTest holds the two
   * equal).
   */
  private List<Query> variantQueries(Variant variant, String text) {
    List<Query> out = new ArrayList<>(SearchFields.TEXT_FIELDS.size());
    float weight = variant == Variant.NEUTRAL ? 1f : ranking.stemmedWeight();
    String first = variant.field(SearchFields.TEXT_FIELDS.get(0));
    try (CachingTokenFilter tokens =
        new CachingTokenFilter(queryAnalyzer.tokenStream(first, text))) {
      for (String field : SearchFields.TEXT_FIELDS) {
        Query q = builder.phrase(tokens, variant.field(field));
        float boost = ranking.boostOf(field) * weight;
        if (q != null) {
          out.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The three analysed forms of every text field (see DocumentMapper). */
  private enum Variant {
    NEUTRAL,
    DUTCH,
    ENGLISH;

    String field(String textField) {
      return switch (this) {
        case NEUTRAL -> textField;
        case DUTCH -> SearchFields.dutch(textField);
        case ENGLISH -> SearchFields.english(textField);
      };
    }
  }

  /** Lucene's QueryBuilder, fed tokens analysed once for several fields. */
  private static final class PhraseBuilder extends QueryBuilder {
    PhraseBuilder(Analyzer analyzer) {
      super(analyzer);
    }

    /**
     * As {@link #createPhraseQuery(String, String, int)} with slop 0, from tokens already analysed:
     * a {@link CachingTokenFilter} replays its cache on every reset after the first pass.
     */
    Query phrase(CachingTokenFilter tokens, String field) {
      return createFieldQuery(tokens, Occur.MUST, field, true, 0);
    }
  }

  private static boolean isSingleWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
