package org.contenthub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds experts: a person's score is half how well their profile (name, headline, expertise tags,
 * bio) matches the query, half how well their own visible items match it. Item scores per person
 * are summed with a 1/rank discount (their best item counts fully, the second half, ...), so a
 * prolific author does not win on volume alone. Both halves are normalised to the best person.
 * Items are searched under the reader's ACL filter, so restricted work never makes someone an
 * expert in a reader's eyes, and people the reader may not see are never returned.
 */
final class ExpertFinder {

  private static final int ITEM_DEPTH = 500;
  private static final int PROFILE_DEPTH = 200;
  private static final double PROFILE_WEIGHT = 0.5;

  List<Expert> find(HubSearcher searcher, Query text, Query acl, int limit) throws IOException {
    Query personType = new TermQuery(new Term(SearchFields.TYPE, DocumentMapper.PERSON_TYPE));

    Map<String, Double> profile = new HashMap<>();
    BooleanQuery.Builder pq = new BooleanQuery.Builder();
    pq.add(text, Occur.MUST);
    pq.add(personType, Occur.FILTER);
    pq.add(acl, Occur.FILTER);
    for (ScoreDoc sd : searcher.search(pq.build(), PROFILE_DEPTH).scoreDocs) {
      String author = author(searcher, sd.doc);
      if (author != null) {
        profile.merge(author, (double) sd.score, Math::max);
      }
    }

    Map<String, List<Float>> itemScores = new HashMap<>();
    BooleanQuery.Builder iq = new BooleanQuery.Builder();
    iq.add(text, Occur.MUST);
    iq.add(personType, Occur.MUST_NOT);
    iq.add(acl, Occur.FILTER);
    TopDocs items = searcher.search(iq.build(), ITEM_DEPTH);
    for (ScoreDoc sd : items.scoreDocs) {
      String author = author(searcher, sd.doc);
      if (author != null) {
        itemScores.computeIfAbsent(author, a -> new ArrayList<>()).add(sd.score);
      }
    }
    Map<String, Double> itemTotal = new HashMap<>();
    itemScores.forEach(
        (author, scores) -> {
          scores.sort(Comparator.reverseOrder());
          double sum = 0;
          for (int i = 0; i < scores.size(); i++) {
            sum += scores.get(i) / (i + 1.0);
          }
          itemTotal.put(author, sum);
        });

    double maxProfile = profile.values().stream().mapToDouble(d -> d).max().orElse(1);
    double maxItems = itemTotal.values().stream().mapToDouble(d -> d).max().orElse(1);
    Map<String, Double> combined = new HashMap<>();
    profile.forEach((a, s) -> combined.merge(a, PROFILE_WEIGHT * s / maxProfile, Double::sum));
    itemTotal.forEach(
        (a, s) -> combined.merge(a, (1 - PROFILE_WEIGHT) * s / maxItems, Double::sum));

    List<Map.Entry<String, Double>> ranked = new ArrayList<>(combined.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    List<Expert> experts = new ArrayList<>();
    for (Map.Entry<String, Double> e : ranked) {
      if (experts.size() == limit) {
        break;
      }
      Expert expert =
          person(
              searcher,
              e.getKey(),
              e.getValue(),
              itemScores.getOrDefault(e.getKey(), List.of()).size(),
              acl);
      if (expert != null) {
        experts.add(expert);
      }
    }
    return experts;
  }

  /** The visible person document, or null when there is none (e.g. an author who is no expert). */
  private static Expert person(HubSearcher searcher, String id, double score, int items, Query acl)
      throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermQuery(new Term(SearchFields.ID, "person:" + id)), Occur.MUST);
    q.add(acl, Occur.FILTER);
    TopDocs top = searcher.search(q.build(), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document doc =
        searcher
            .storedFields()
            .document(
                top.scoreDocs[0].doc,
                Set.of(
                    SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.URL, SearchFields.TAGS));
    return new Expert(
        id,
        doc.get(SearchFields.TITLE),
        doc.get(SearchFields.SUMMARY),
        doc.get(SearchFields.URL),
        List.of(doc.getValues(SearchFields.TAGS)),
        score,
        items);
  }

  private static String author(HubSearcher searcher, int docId) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    SortedDocValues authors = DocValues.getSorted(leaf.reader(), SearchFields.AUTHOR);
    if (!authors.advanceExact(docId - leaf.docBase)) {
      return null;
    }
    return authors.lookupOrd(authors.ordValue()).utf8ToString();
  }
}
