package org.contenthub.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Suggestions while typing, answered from the main index rather than from a separate suggester
 * index (such as AnalyzingInfixSuggester): titles and names are indexed as edge n-grams in {@link
 * SearchFields#SUGGEST}, so the same ACL FILTER clause as in search applies, deletes and visibility
 * changes take effect with the same refresh, and a rebuild renews suggestions too. A separate
 * suggester could not delete an entry by item id, and a tag shared by a public and a secret item
 * would need the union of their ACLs as its contexts, kept up to date on every change.
 *
 * <p>Tags are suggested from the facet counts of the visible items whose tags start with what is
 * being typed, so a tag used only on items the reader may not see is never proposed.
 */
final class Suggester {

  private static final int MAX_TAGS = 3;

  private final Analyzer suggestAnalyzer;
  private final Analyzer neutral;
  private final FacetsConfig facetsConfig;
  private final RankingSettings ranking;

  Suggester(HubAnalyzers analyzers, FacetsConfig facetsConfig, RankingSettings ranking) {
    this.suggestAnalyzer = analyzers.queryAnalyzer();
    this.neutral = analyzers.neutral();
    this.facetsConfig = facetsConfig;
    this.ranking = ranking;
  }

  List<Suggestion> suggest(HubSearcher searcher, String typed, Query acl, int limit, long now)
      throws IOException {
    List<String> words = tokens(suggestAnalyzer, SearchFields.SUGGEST, typed);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Suggestion> people = new ArrayList<>();
    List<Suggestion> titles = new ArrayList<>();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String word : words) {
      q.add(new TermQuery(new Term(SearchFields.SUGGEST, word)), Occur.MUST);
    }
    q.add(acl, Occur.FILTER);
    Query ranked = FunctionScoreQuery.boostByValue(q.build(), new RankingBoost(ranking, now));
    TopDocs top = searcher.search(ranked, limit * 2);
    Set<String> seen = new java.util.HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc =
          searcher
              .storedFields()
              .document(
                  sd.doc,
                  Set.of(SearchFields.ID, SearchFields.TYPE, SearchFields.TITLE, SearchFields.URL));
      String title = doc.get(SearchFields.TITLE);
      if (title == null || !seen.add(title.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean person = DocumentMapper.PERSON_TYPE.equals(doc.get(SearchFields.TYPE));
      Suggestion s =
          new Suggestion(
              title,
              person ? "person" : "title",
              doc.get(SearchFields.ID),
              doc.get(SearchFields.URL));
      (person ? people : titles).add(s);
    }
    List<Suggestion> out = new ArrayList<>(people);
    out.addAll(tags(searcher, typed, acl));
    out.addAll(titles);
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  private List<Suggestion> tags(HubSearcher searcher, String typed, Query acl) throws IOException {
    if (searcher.facetState() == null) {
      return List.of();
    }
    List<String> words = tokens(neutral, SearchFields.TAGS, typed);
    if (words.isEmpty()) {
      return List.of();
    }
    String last = words.get(words.size() - 1);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new PrefixQuery(new Term(SearchFields.TAGS, last)), Occur.MUST);
    q.add(acl, Occur.FILTER);
    FacetsCollector fc = searcher.search(q.build(), new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(searcher.facetState(), fc);
    FacetResult result;
    try {
      result = counts.getTopChildren(200, SearchFields.Facet.TAG);
    } catch (IllegalArgumentException noTagsYet) {
      return List.of();
    }
    if (result == null) {
      return List.of();
    }
    String typedNorm = fold(typed.strip());
    Map<String, Long> matching = new LinkedHashMap<>();
    for (LabelAndValue lv : result.labelValues) {
      String tag = fold(lv.label);
      if (tag.startsWith(typedNorm) || tag.contains(" " + typedNorm)) {
        matching.put(lv.label, lv.value.longValue());
      }
    }
    return matching.keySet().stream()
        .limit(MAX_TAGS)
        .map(tag -> new Suggestion(tag, "tag", null, null))
        .toList();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
