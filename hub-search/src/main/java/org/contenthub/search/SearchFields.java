package org.contenthub.search;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Every Lucene field name of the hub's index, in one place.
 *
 * <p>Each text field exists three times: {@code title} (language-neutral: lower-cased and
 * accent-folded words, no stemming, no stop words; also the stored value for display and
 * highlighting), {@code title_nl} and {@code title_en} (stemmed, stop words removed, Dutch also
 * split into compound parts). A document fills the variant of its own language (both when the
 * language is unknown); queries search all three, so a Dutch item is still found by an English word
 * where the two languages share it, and exact words and phrases score on the neutral field.
 */
public final class SearchFields {

  private SearchFields() {}

  /** Unique key; indexed for {@code updateDocument}, doc values for a stable sort tie-break. */
  public static final String ID = "id";

  /** {@code item}, {@code article}, {@code attachment}, {@code person}... */
  public static final String TYPE = "type";

  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";
  public static final String COMMENTARY = "commentary";
  public static final String ATTACHMENT = "attachment";

  /** Tags (for people: expertise) as text, so "duurzaam" finds the tag "duurzaamheid". */
  public static final String TAGS = "tags";

  /** Text fields that are searched, stored and highlighted. */
  public static final List<String> TEXT_FIELDS =
      List.of(TITLE, TAGS, COMMENTARY, SUMMARY, BODY, ATTACHMENT);

  /** Text fields a snippet may come from, in order of preference on a tie. */
  public static final List<String> SNIPPET_FIELDS = List.of(COMMENTARY, SUMMARY, BODY, ATTACHMENT);

  public static final String NL_SUFFIX = "_nl";
  public static final String EN_SUFFIX = "_en";

  public static String dutch(String textField) {
    return textField + NL_SUFFIX;
  }

  public static String english(String textField) {
    return textField + EN_SUFFIX;
  }

  /** The neutral field a per-language field belongs to: {@code body_nl} becomes {@code body}. */
  public static String baseOf(String field) {
    if (field.endsWith(NL_SUFFIX) || field.endsWith(EN_SUFFIX)) {
      return field.substring(0, field.length() - 3);
    }
    return field;
  }

  /** Language code as a keyword, stored. */
  public static final String LANGUAGE = "language";

  public static final String CHANNEL = "channel";
  public static final String DEPARTMENT = "department";
  public static final String URL = "url";

  /** Author or curating expert; doc values so experts can be ranked by their items' scores. */
  public static final String AUTHOR = "author";

  /** Epoch milliseconds: point for range filters, doc values for sort and freshness, stored. */
  public static final String PUBLISHED = "published";

  public static final String FAVOURITES = "favourites";
  public static final String SHARES = "shares";

  /** Access tokens ({@code all}, {@code dept:sales}, ...); see {@link AccessFilter}. */
  public static final String ACL = "acl";

  /** Edge n-grams of titles and names: suggestions while typing, from the same ACL'd index. */
  public static final String SUGGEST = "suggest";

  /** All text, neutral analysis, docs only: the dictionary of "did you mean". */
  public static final String SPELL = "spell";

  /** Facet dimensions (SortedSetDocValues facets). */
  public static final class Facet {
    private Facet() {}

    public static final String TYPE = "type";
    public static final String CHANNEL = "channel";
    public static final String TAG = "tag";
    public static final String DEPARTMENT = "department";
    public static final String LANGUAGE = "language";
    public static final String YEAR = "year";

    public static final List<String> ALL = List.of(TYPE, CHANNEL, TAG, DEPARTMENT, LANGUAGE, YEAR);

    /**
     * How the dimensions are indexed (tags are multi-valued): what drill-down terms and facet
     * counts must be built with, here and by anyone reading the index directly (the benchmarks).
     */
    public static FacetsConfig config() {
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued(TAG, true);
      return config;
    }
  }
}
