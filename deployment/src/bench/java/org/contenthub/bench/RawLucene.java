package org.contenthub.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.contenthub.search.HubAnalyzers;
import org.contenthub.search.RankingSettings;
import org.contenthub.search.SearchFields;
import org.contenthub.search.UserQuery;

/**
 * The limit: a plain {@link IndexSearcher} on the hub's own index directory, asked the same text
 * query hub-search builds, top 10 by BM25, reading the stored id and title of the 10 hits.
 *
 * <p>The text query is rebuilt here the way hub-search's (package-private) {@code QueryFactory}
 * builds it: the user's text parsed by hub-search's public {@link UserQuery} (words, phrases,
 * exclusions, OR, last word as a prefix), each part a {@link DisjunctionMaxQuery} over the six text
 * fields and their {@code _nl}/{@code _en} variants with the same field boosts, stemmed weight and
 * tie-breaker ({@link RankingSettings#defaults()}), analysed with hub-search's own query analyzer;
 * up to two parts all MUST match, longer queries 75 % of them; the prefix of a last word of three
 * or more letters as a half-weight {@link PrefixQuery} on title, tags, summary and body. A facet
 * filter is the same drill-down term hub-search filters on, as a FILTER clause.
 *
 * <p>What the raw searcher does NOT do (all of which the API does): the ACL filter, the freshness
 * and popularity factors, counting every hit and the six facets (drill sideways), the sort's id
 * tie-break, highlighting, "did you mean" below three hits, JSON, HTTP and authentication. {@link
 * #searchCountingAll} adds the exact count and the facets, as a second reference.
 */
final class RawLucene {

  private static final List<String> PREFIX_FIELDS =
      List.of(SearchFields.TITLE, SearchFields.TAGS, SearchFields.SUMMARY, SearchFields.BODY);
  private static final Set<String> HIT_FIELDS = Set.of(SearchFields.ID, SearchFields.TITLE);

  private final Analyzer analyzer;
  private final QueryBuilder builder;
  private final RankingSettings ranking = RankingSettings.defaults();
  private final FacetsConfig facets = SearchFields.Facet.config();

  RawLucene(HubAnalyzers analyzers) {
    this.analyzer = analyzers.queryAnalyzer();
    this.builder = new QueryBuilder(analyzer);
  }

  /** The query for one entry of the mix, or null when nothing searchable was typed. */
  Query query(Corpus.Query entry) {
    Query text = textQuery(UserQuery.parse(entry.q(), 1000, 32));
    if (text == null || !entry.filtered()) {
      return text;
    }
    String dim = "lang".equals(entry.filterName()) ? "language" : entry.filterName();
    String field = facets.getDimConfig(dim).indexFieldName;
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(new TermQuery(DrillDownQuery.term(field, dim, entry.filterValue())), Occur.FILTER)
        .build();
  }

  /** One search as the limit: top 10, the hits' id and title read. Returns the hits read. */
  static int search(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, 10);
    StoredFields stored = searcher.storedFields();
    int read = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, HIT_FIELDS);
      if (doc.get(SearchFields.ID) != null) {
        read++;
      }
    }
    return read;
  }

  /**
   * The limit doing what the product must do on every search: the same query, every hit counted
   * exactly and the six facets counted over them (plain {@link FacetsCollectorManager}, no drill
   * sideways), then the top 10 read as in {@link #search}. Shows how much of the gap to hub-search
   * those obligations explain by themselves.
   */
  static int searchCountingAll(
      IndexSearcher searcher, SortedSetDocValuesReaderState facetState, Query query)
      throws IOException {
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
    int read = counts.getAllDims(10).size();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : result.topDocs().scoreDocs) {
      if (stored.document(hit.doc, HIT_FIELDS).get(SearchFields.ID) != null) {
        read++;
      }
    }
    return read;
  }

  private Query textQuery(UserQuery query) {
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
    if (required.size() <= 2) {
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

  private Query partQuery(UserQuery.Part part) {
    List<Query> perField = new ArrayList<>();
    for (String field : SearchFields.TEXT_FIELDS) {
      float boost = boostOf(field);
      add(perField, field, part.text(), boost);
      add(perField, SearchFields.dutch(field), part.text(), boost * ranking.stemmedWeight());
      add(perField, SearchFields.english(field), part.text(), boost * ranking.stemmedWeight());
    }
    if (part instanceof UserQuery.Word word && word.prefix()) {
      BytesRef prefix = analyzer.normalize(SearchFields.TITLE, word.text());
      if (prefix.length >= 3 && word.text().chars().allMatch(Character::isLetterOrDigit)) {
        for (String field : PREFIX_FIELDS) {
          perField.add(
              new BoostQuery(
                  new PrefixQuery(new Term(field, BytesRef.deepCopyOf(prefix))),
                  boostOf(field) * 0.5f));
        }
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, ranking.tieBreaker());
  }

  private void add(List<Query> out, String field, String text, float boost) {
    Query q = builder.createPhraseQuery(field, text, 0);
    if (q != null) {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }

  private float boostOf(String field) {
    return switch (field) {
      case SearchFields.TITLE -> ranking.titleBoost();
      case SearchFields.TAGS -> ranking.tagsBoost();
      case SearchFields.COMMENTARY -> ranking.commentaryBoost();
      case SearchFields.SUMMARY -> ranking.summaryBoost();
      case SearchFields.BODY -> ranking.bodyBoost();
      case SearchFields.ATTACHMENT -> ranking.attachmentBoost();
      default -> 1f;
    };
  }
}
