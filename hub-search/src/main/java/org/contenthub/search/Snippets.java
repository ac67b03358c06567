package org.contenthub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlighted snippets, from offsets stored in the postings: the UnifiedHighlighter reads where the
 * query's terms occur in a snippet field and in its language variants (masked fields, all indexed
 * over the same text), so a match on {@code body_nl:fiets} marks "fietsen" in the stored body
 * without analysing any text at search time. The formatter escapes the text (HTML-safe) and marks
 * matches with {@code <mark>}.
 */
final class Snippets {

  private static final int MAX_HIGHLIGHTED_CHARS = 20_000;
  private static final int FALLBACK_CHARS = 240;
  private static final String[] FIELDS = SearchFields.SNIPPET_FIELDS.toArray(String[]::new);

  private static final PassageScorer PASSAGE_RANKING = new PassageRanking();

  private final HubAnalyzers analyzers;

  Snippets(HubAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /**
   * One snippet per doc id: the field with the most marks, else the start of the summary/body.
   * {@code docs} are the hits' stored fields, already read (with the snippet fields), so the
   * highlighter need not read and decompress them a second time.
   */
  String[] snippets(IndexSearcher searcher, Query textQuery, int[] docIds, Document[] docs)
      throws IOException {
    String[] out = new String[docIds.length];
    if (docIds.length == 0) {
      return out;
    }
    Map<String, String[]> byField = null;
    if (textQuery != null) {
      UnifiedHighlighter.Builder builder =
          UnifiedHighlighter.builder(searcher, analyzers.neutral())
              // A field's marks come from the offsets of the query's terms in it and in its
              // language variants, all indexed over the same text (DocumentMapper).
              .withMaskedFieldsFunc(
                  field -> Set.of(SearchFields.dutch(field), SearchFields.english(field)))
              .withWeightMatches(false)
              // Terms only: phrase words are marked one by one and prefix completions are not
              // marked, so every mark is a term read from the postings.
              .withHighlightPhrasesStrictly(false)
              .withHandleMultiTermQuery(false)
              .withMaxLength(MAX_HIGHLIGHTED_CHARS)
              .withMaxNoHighlightPassages(0)
              .withScorer(PASSAGE_RANKING)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
      UnifiedHighlighter highlighter = new PreloadedHighlighter(builder, docIds, docs);
      int[] passages = new int[FIELDS.length];
      java.util.Arrays.fill(passages, 2);
      byField = highlighter.highlightFields(FIELDS, textQuery, docIds, passages);
    }
    for (int i = 0; i < docIds.length; i++) {
      String best = null;
      int bestMarks = 0;
      if (byField != null) {
        for (String field : FIELDS) {
          String s = byField.get(field)[i];
          int marks = s == null ? 0 : count(s, "<mark>");
          if (marks > bestMarks) {
            best = s;
            bestMarks = marks;
          }
        }
      }
      out[i] = best != null ? best.strip() : fallback(docs[i]);
    }
    return out;
  }

  /** Gives the highlighter the stored texts the hits were read with. */
  private static final class PreloadedHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> byDocId = new HashMap<>();

    PreloadedHighlighter(UnifiedHighlighter.Builder builder, int[] docIds, Document[] docs) {
      super(builder);
      for (int i = 0; i < docIds.length; i++) {
        byDocId.put(docIds[i], docs[i]);
      }
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(
        OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS
          ? new SequentialPostingsStrategy(components)
          : super.getOffsetStrategy(offsetSource, components);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        Document stored = byDocId.get(doc);
        CharSequence[] texts = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String[] all = stored == null ? new String[0] : stored.getValues(fields[f]);
          texts[f] = String.join(String.valueOf(MULTIVAL_SEP_CHAR), all);
        }
        values.add(texts);
      }
      return values;
    }
  }

  /**
   * Reads a field's offsets with one postings enum per query term for all the hits: the highlighter
   * asks for the hits of one field in increasing doc id order (it sorts them), each doc's offsets
   * read before the next doc is asked for, so each enum is advanced from hit to hit. Lucene's own
   * strategy seeks every term in the term dictionary again and opens a fresh enum for every hit:
   * half of the snippets' time in a profile of the search benchmark.
   */
  private static final class SequentialPostingsStrategy extends PostingsOffsetStrategy {
    private Terms positionedOn;
    private PostingsEnum[] postings;
    private int lastDoc;

    SequentialPostingsStrategy(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(
        BytesRef[] terms, Terms termsIndex, int doc, List<OffsetsEnum> results) throws IOException {
      // The terms are this field's query terms, the same on every call. Another segment, or (never
      // seen, but cheap to guard) not asked in increasing order: the enums cannot go back, so start
      // again rather than miss marks.
      if (termsIndex != positionedOn || doc <= lastDoc) {
        open(terms, termsIndex);
      }
      lastDoc = doc;
      for (int i = 0; i < terms.length; i++) {
        PostingsEnum p = postings[i];
        if (p != null && (p.docID() < doc ? p.advance(doc) : p.docID()) == doc) {
          results.add(new OffsetsEnum.OfPostings(terms[i], p));
        }
      }
    }

    private void open(BytesRef[] terms, Terms termsIndex) throws IOException {
      positionedOn = termsIndex;
      postings = new PostingsEnum[terms.length];
      TermsEnum termsEnum = termsIndex.iterator();
      for (int i = 0; i < terms.length; i++) {
        if (termsEnum.seekExact(terms[i])) {
          postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
          if (postings[i] == null) {
            throw new IllegalArgumentException(
                "field '" + getField() + "' was indexed without offsets, cannot highlight");
          }
        }
      }
    }
  }

  /**
   * Lucene's passage score, computed without its hash of the passage's terms: the default allocates
   * a 32 KB block for every passage it scores (3 % of a search in a profile), while a passage holds
   * a handful of matches, so a term's other occurrences are found by a scan. Same terms, same order
   * of summation, same score (SnippetsTest).
   */
  static final class PassageRanking extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      double score = 0d;
      for (int i = 0; i < matches; i++) {
        if (seenBefore(terms, i)) {
          continue;
        }
        int inPassage = 1;
        for (int j = i + 1; j < matches; j++) {
          if (terms[j].equals(terms[i])) {
            inPassage++;
          }
        }
        score +=
            tf(inPassage, passage.getLength())
                * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
      }
      return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
      for (int j = 0; j < i; j++) {
        if (terms[j].equals(terms[i])) {
          return true;
        }
      }
      return false;
    }
  }

  private static String fallback(Document doc) {
    String text = doc.get(SearchFields.SUMMARY);
    if (text == null) {
      text = doc.get(SearchFields.COMMENTARY);
    }
    if (text == null) {
      text = doc.get(SearchFields.BODY);
    }
    if (text == null) {
      return "";
    }
    String cut = text.length() <= FALLBACK_CHARS ? text : cutAtSpace(text) + " …";
    return escape(cut.strip());
  }

  private static String cutAtSpace(String text) {
    int space = text.lastIndexOf(' ', FALLBACK_CHARS);
    return text.substring(0, space > FALLBACK_CHARS / 2 ? space : FALLBACK_CHARS);
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
