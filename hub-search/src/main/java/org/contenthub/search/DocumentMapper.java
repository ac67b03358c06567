package org.contenthub.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns the hub's records into Lucene documents; the field types are chosen here, on purpose. */
final class DocumentMapper {

  static final String PERSON_TYPE = "person";

  /**
   * Per-language variants: searched, never shown, so not stored; positions for phrases, norms so
   * BM25 favours a word in a short title over the same word in a long body.
   */
  private static final FieldType ANALYSED_NOT_STORED = TextField.TYPE_NOT_STORED;

  /**
   * The fields snippets come from, in every variant, also keep each word's character offsets: the
   * highlighter then marks a hit's stored neutral text from the offsets of the query's terms in all
   * three variants (a stem found in {@code body_nl} marks the word it came from), instead of
   * analysing ten hits' texts again per search, which was the largest part of a search's cost.
   */
  private static final FieldType SNIPPET_NOT_STORED = withOffsets(TextField.TYPE_NOT_STORED);

  /**
   * The neutral variant carries the stored text once, for display, snippets and "more like this";
   * the per-language variants would only duplicate it on disk.
   */
  private static final FieldType ANALYSED_STORED = TextField.TYPE_STORED;

  private static final FieldType SNIPPET_STORED = withOffsets(TextField.TYPE_STORED);

  /**
   * The spelling dictionary: only which terms exist per document matters (DirectSpellChecker reads
   * terms and document frequencies), so no freqs, positions or norms.
   */
  private static final FieldType SPELL_TYPE = new FieldType();

  /**
   * Suggest n-grams: frequencies and norms kept so a short title that starts with what was typed
   * ranks above a long one; positions are not needed (each typed word is matched on its own).
   */
  private static final FieldType SUGGEST_TYPE = new FieldType();

  static {
    SPELL_TYPE.setTokenized(true);
    SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
    SPELL_TYPE.setOmitNorms(true);
    SPELL_TYPE.freeze();
    SUGGEST_TYPE.setTokenized(true);
    SUGGEST_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    SUGGEST_TYPE.freeze();
  }

  private final FacetsConfig facetsConfig;

  DocumentMapper(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  Document toLucene(SearchDocument d) throws IOException {
    Document doc = new Document();
    key(doc, d.id(), d.type());
    Language language = Language.of(d.language());
    text(doc, SearchFields.TITLE, d.title(), language);
    text(doc, SearchFields.SUMMARY, d.summary(), language);
    text(doc, SearchFields.BODY, d.body(), language);
    text(doc, SearchFields.COMMENTARY, d.commentary(), language);
    text(doc, SearchFields.ATTACHMENT, d.attachmentText(), language);
    tags(doc, d.tags(), language);
    suggest(doc, d.title());
    spell(doc, d.title(), d.summary(), d.body(), d.commentary(), d.attachmentText());
    spell(doc, d.tags().toArray(String[]::new));

    keyword(doc, SearchFields.LANGUAGE, language.code(), SearchFields.Facet.LANGUAGE);
    keyword(doc, SearchFields.CHANNEL, d.channel(), SearchFields.Facet.CHANNEL);
    keyword(doc, SearchFields.DEPARTMENT, d.department(), SearchFields.Facet.DEPARTMENT);
    stored(doc, SearchFields.URL, d.url());
    author(doc, d.authorId());
    published(doc, d.publishedAt());
    // Doc values, not stored-and-parsed: the popularity factor reads them for every hit.
    doc.add(new NumericDocValuesField(SearchFields.FAVOURITES, d.favourites()));
    doc.add(new NumericDocValuesField(SearchFields.SHARES, d.shares()));
    access(doc, d.visibility(), d.authorId());
    return facetsConfig.build(doc);
  }

  Document toLucene(PersonDocument p) throws IOException {
    Document doc = new Document();
    key(doc, p.indexId(), PERSON_TYPE);
    Language language = Language.of(p.language());
    text(doc, SearchFields.TITLE, p.name(), language);
    text(doc, SearchFields.SUMMARY, p.headline(), language);
    text(doc, SearchFields.BODY, p.bio(), language);
    tags(doc, p.expertise(), language);
    suggest(doc, p.name());
    spell(doc, p.name(), p.headline(), p.bio());
    spell(doc, p.expertise().toArray(String[]::new));
    keyword(doc, SearchFields.LANGUAGE, language.code(), SearchFields.Facet.LANGUAGE);
    keyword(doc, SearchFields.DEPARTMENT, p.department(), SearchFields.Facet.DEPARTMENT);
    stored(doc, SearchFields.URL, p.url());
    author(doc, p.id());
    doc.add(new NumericDocValuesField(SearchFields.FAVOURITES, 0));
    doc.add(new NumericDocValuesField(SearchFields.SHARES, 0));
    access(doc, p.visibility(), p.id());
    return facetsConfig.build(doc);
  }

  private void key(Document doc, String id, String type) {
    // StringField: the whole id is one term, so updateDocument(new Term(ID, id)) replaces exactly
    // it.
    doc.add(new StringField(SearchFields.ID, id, Field.Store.YES));
    // Sorted doc values: a stable tie-break for sorting, which makes searchAfter cursors exact.
    doc.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(id)));
    doc.add(new StringField(SearchFields.TYPE, type, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(SearchFields.Facet.TYPE, type));
  }

  private static void text(Document doc, String field, String value, Language language) {
    if (value == null || value.isBlank()) {
      return;
    }
    boolean snippets = SearchFields.SNIPPET_FIELDS.contains(field);
    FieldType variant = snippets ? SNIPPET_NOT_STORED : ANALYSED_NOT_STORED;
    doc.add(new Field(field, value, snippets ? SNIPPET_STORED : ANALYSED_STORED));
    if (language != Language.EN) {
      doc.add(new Field(SearchFields.dutch(field), value, variant));
    }
    if (language != Language.NL) {
      doc.add(new Field(SearchFields.english(field), value, variant));
    }
  }

  private static FieldType withOffsets(FieldType base) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static void tags(Document doc, List<String> tags, Language language) {
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      text(doc, SearchFields.TAGS, tag.strip(), language);
      doc.add(new SortedSetDocValuesFacetField(SearchFields.Facet.TAG, tag.strip()));
    }
  }

  private static void suggest(Document doc, String title) {
    if (title != null && !title.isBlank()) {
      doc.add(new Field(SearchFields.SUGGEST, title, SUGGEST_TYPE));
    }
  }

  private static void spell(Document doc, String... texts) {
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        doc.add(new Field(SearchFields.SPELL, text, SPELL_TYPE));
      }
    }
  }

  private static void keyword(Document doc, String field, String value, String facetDim) {
    if (value == null || value.isBlank()) {
      return;
    }
    // StringField: matched exactly as a filter, stored to show it; counted via the facet field.
    doc.add(new StringField(field, value.strip(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(facetDim, value.strip()));
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void author(Document doc, String authorId) {
    if (authorId == null || authorId.isBlank()) {
      return;
    }
    doc.add(new StringField(SearchFields.AUTHOR, authorId, Field.Store.YES));
    // Doc values: experts are ranked by summing their items' scores, read per hit.
    doc.add(new SortedDocValuesField(SearchFields.AUTHOR, new BytesRef(authorId)));
  }

  private static void published(Document doc, Instant publishedAt) {
    if (publishedAt == null) {
      return;
    }
    long millis = publishedAt.toEpochMilli();
    // Point for date-range filters, doc values for sorting and the freshness factor, stored to
    // show.
    doc.add(new LongPoint(SearchFields.PUBLISHED, millis));
    doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, millis));
    doc.add(new StoredField(SearchFields.PUBLISHED, millis));
    int year = publishedAt.atZone(ZoneOffset.UTC).getYear();
    doc.add(new SortedSetDocValuesFacetField(SearchFields.Facet.YEAR, Integer.toString(year)));
  }

  private static void access(Document doc, Visibility visibility, String authorId) {
    for (String token : AccessFilter.documentTokens(visibility, authorId)) {
      // StringField, not stored: a filter term only, never shown.
      doc.add(new StringField(SearchFields.ACL, token, Field.Store.NO));
    }
  }
}
