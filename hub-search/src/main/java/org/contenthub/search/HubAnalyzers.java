package org.contenthub.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * The analysis chains of the hub, built once and shared (Lucene analyzers are thread-safe).
 *
 * <ul>
 *   <li><b>Dutch</b>: standard tokenizer, lower case, Dutch stop words, compound parts from a
 *       curated word list ({@code nl-compound-parts.txt}, index time only, so {@code kalender}
 *       finds {@code contentkalender} but a query for {@code contentkalender} does not match every
 *       text that merely says {@code content}), accent folding that keeps the original ({@code
 *       ideeën} and {@code ideeen} both match), then the Kraaij-Pohlmann stemmer. We use KP instead
 *       of Lucene's default Dutch Snowball stemmer because Snowball leaves {@code organisaties} and
 *       {@code organisatie} apart; KP joins them (and {@code delen}/{@code gedeeld}). A short
 *       override list ({@code nl-stem-overrides.txt}) fixes KP's few misses such as {@code
 *       fiets}/{@code fietsen}.
 *   <li><b>English</b>: possessive removal, lower case, English stop words, accent folding, Porter2
 *       (Snowball English) stemmer: {@code running} finds {@code run}.
 *   <li><b>Neutral</b>: lower case and accent folding only. No stop words, so phrases like "to be
 *       or not to be" still match exactly; no stemming, so exact words score above stem matches.
 * </ul>
 */
public final class HubAnalyzers {

  static final int COMPOUND_MIN_WORD = 6;
  static final int COMPOUND_MIN_PART = 4;
  static final int COMPOUND_MAX_PART = 20;
  static final int SUGGEST_MAX_GRAM = 20;

  private final CharArraySet compoundParts;
  private final StemmerOverrideFilter.StemmerOverrideMap dutchOverrideMap;

  private final Analyzer dutchIndex;
  private final Analyzer dutchQuery;
  private final Analyzer english;
  private final Analyzer neutral;
  private final Analyzer spell;
  private final Analyzer suggestIndex;
  private final Analyzer suggestQuery;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;

  public HubAnalyzers() {
    this.compoundParts = new CharArraySet(loadWords("nl-compound-parts.txt"), false);
    this.dutchOverrideMap = buildOverrideMap(loadOverrides("nl-stem-overrides.txt"));
    this.dutchIndex = dutch(true);
    this.dutchQuery = dutch(false);
    this.english = buildEnglish();
    this.neutral = buildNeutral();
    this.spell = spell();
    this.suggestIndex = suggest(true);
    this.suggestQuery = suggest(false);

    Map<String, Analyzer> index = new HashMap<>();
    Map<String, Analyzer> query = new HashMap<>();
    for (String field : SearchFields.TEXT_FIELDS) {
      index.put(SearchFields.dutch(field), dutchIndex);
      query.put(SearchFields.dutch(field), dutchQuery);
      index.put(SearchFields.english(field), english);
      query.put(SearchFields.english(field), english);
    }
    index.put(SearchFields.SUGGEST, suggestIndex);
    query.put(SearchFields.SUGGEST, suggestQuery);
    index.put(SearchFields.SPELL, spell);
    query.put(SearchFields.SPELL, spell);
    this.indexAnalyzer = new PerFieldAnalyzerWrapper(neutral, index);
    this.queryAnalyzer = new PerFieldAnalyzerWrapper(neutral, query);
  }

  /** Per field, for IndexWriter: {@code *_nl} Dutch with compounds, {@code *_en} English... */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** Per field, for queries: as {@link #indexAnalyzer()} but without compound splitting. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  public Analyzer dutchIndex() {
    return dutchIndex;
  }

  public Analyzer dutchQuery() {
    return dutchQuery;
  }

  public Analyzer english() {
    return english;
  }

  public Analyzer neutral() {
    return neutral;
  }

  private Analyzer dutch(boolean splitCompounds) {
    CharArraySet stop = DutchAnalyzer.getDefaultStopSet();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new StopFilter(ts, stop);
        if (splitCompounds) {
          ts = compounds(ts);
        }
        ts = new ASCIIFoldingFilter(ts, true);
        ts = new StemmerOverrideFilter(ts, dutchOverrideMap);
        ts = new SnowballFilter(ts, new KpStemmer());
        ts = new RemoveDuplicatesTokenFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static Analyzer buildEnglish() {
    CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, stop);
        ts = new ASCIIFoldingFilter(ts, true);
        ts = new SnowballFilter(ts, new EnglishStemmer());
        ts = new RemoveDuplicatesTokenFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static Analyzer buildNeutral() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source), true);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Lower case only: "did you mean" must propose words as people write them, accents too. */
  private static Analyzer spell() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** Edge n-grams at index time, whole (folded) words at query time: prefix match per word. */
  private static Analyzer suggest(boolean grams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source), false);
        if (grams) {
          ts = new EdgeNGramTokenFilter(ts, 1, SUGGEST_MAX_GRAM, true);
        }
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private TokenStream compounds(TokenStream ts) {
    return new DictionaryCompoundWordTokenFilter(
        ts, compoundParts, COMPOUND_MIN_WORD, COMPOUND_MIN_PART, COMPOUND_MAX_PART, false);
  }

  private static StemmerOverrideFilter.StemmerOverrideMap buildOverrideMap(
      Map<String, String> overrides) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    overrides.forEach(builder::add);
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.List<String> loadWords(String resource) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (String line : readLines(resource)) {
      String word = line.strip().toLowerCase(Locale.ROOT);
      if (word.length() >= COMPOUND_MIN_PART) {
        words.add(word);
      }
    }
    return words;
  }

  private static Map<String, String> loadOverrides(String resource) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : readLines(resource)) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 2) {
        map.put(parts[0].toLowerCase(Locale.ROOT), parts[1].toLowerCase(Locale.ROOT));
      }
    }
    return Map.copyOf(map);
  }

  private static java.util.List<String> readLines(String resource) {
    try (InputStream in = HubAnalyzers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
