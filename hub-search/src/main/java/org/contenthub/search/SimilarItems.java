package org.contenthub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * "More like this": the item's stored text is re-analysed into the per-language fields of its own
 * language, MoreLikeThis picks the most telling terms, and the query runs with the reader's ACL
 * filter, excluding the item itself and people. An item the reader may not see yields nothing.
 */
final class SimilarItems {

  private static final List<String> MLT_FIELDS =
      List.of(
          SearchFields.TITLE,
          SearchFields.TAGS,
          SearchFields.SUMMARY,
          SearchFields.BODY,
          SearchFields.COMMENTARY);

  private final HubAnalyzers analyzers;

  SimilarItems(HubAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  TopDocs similar(HubSearcher searcher, String id, Query acl, int limit) throws IOException {
    TopDocs none =
        new TopDocs(
            new TotalHits(0, TotalHits.Relation.EQUAL_TO),
            new org.apache.lucene.search.ScoreDoc[0]);
    if (id == null || limit <= 0) {
      return none;
    }
    Query idQuery = new TermQuery(new Term(SearchFields.ID, id));
    BooleanQuery.Builder visible = new BooleanQuery.Builder();
    visible.add(idQuery, Occur.MUST);
    visible.add(acl, Occur.FILTER);
    TopDocs self = searcher.search(visible.build(), 1);
    if (self.scoreDocs.length == 0) {
      return none;
    }
    Set<String> load = new java.util.HashSet<>(MLT_FIELDS);
    load.add(SearchFields.LANGUAGE);
    Document doc = searcher.storedFields().document(self.scoreDocs[0].doc, load);
    Language language = Language.of(doc.get(SearchFields.LANGUAGE));

    Map<String, Collection<Object>> like = new HashMap<>();
    List<String> fieldNames = new ArrayList<>();
    for (String field : MLT_FIELDS) {
      String[] values = doc.getValues(field);
      if (values.length == 0) {
        continue;
      }
      List<String> variants = new ArrayList<>();
      if (language != Language.EN) {
        variants.add(SearchFields.dutch(field));
      }
      if (language != Language.NL) {
        variants.add(SearchFields.english(field));
      }
      for (String variant : variants) {
        like.put(variant, List.of((Object[]) values));
        fieldNames.add(variant);
      }
    }
    if (like.isEmpty()) {
      return none;
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzers.indexAnalyzer());
    mlt.setFieldNames(fieldNames.toArray(String[]::new));
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(20);
    mlt.setMaxQueryTerms(25);
    mlt.setBoost(true);
    Query likeQuery = mlt.like(like);

    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(likeQuery, Occur.MUST);
    q.add(acl, Occur.FILTER);
    q.add(idQuery, Occur.MUST_NOT);
    q.add(new TermQuery(new Term(SearchFields.TYPE, DocumentMapper.PERSON_TYPE)), Occur.MUST_NOT);
    return searcher.search(q.build(), limit);
  }
}
