package org.contenthub.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lets only the tokens that could match one of a query's terms through the expensive part of the
 * highlight analysis (compound splitting and two stemmers); every other token passes as it is,
 * since it cannot be marked anyway. Re-analysing every word of every hit's stored text was almost
 * half of a search's CPU (docs/BENCHMARKS.md).
 *
 * <p>Why the test is safe: both stemmers (Kraaij-Pohlmann and Porter2) only change the end of a
 * word, so a token that stems to a query term starts with that term's first two letters; the
 * overrides are let through by name. A compound's part is a substring of the token, so a long token
 * is let through when it contains a term's first three letters. (A part whose stem changes its
 * third letter, "hardlopen" for "loop", is then not marked; it is still found.)
 */
final class HighlightGate extends ConditionalTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Set<String> starts;
  private final Set<String> insides;
  private final Set<String> overridden;
  private char[] folded = new char[64];

  HighlightGate(
      TokenStream input,
      Keys keys,
      Set<String> overridden,
      Function<TokenStream, TokenStream> analysis) {
    super(input, analysis);
    this.starts = keys.starts();
    this.insides = keys.insides();
    this.overridden = overridden;
  }

  /** The first two and three letters of a query's terms. */
  record Keys(Set<String> starts, Set<String> insides) {
    static Keys of(Collection<String> terms) {
      Set<String> starts = new HashSet<>();
      Set<String> insides = new HashSet<>();
      for (String t : terms) {
        starts.add(t.length() <= 2 ? t : t.substring(0, 2));
        if (t.length() >= 3) {
          insides.add(t.substring(0, 3));
        }
      }
      return new Keys(Set.copyOf(starts), Set.copyOf(insides));
    }
  }

  @Override
  protected boolean shouldFilter() throws IOException {
    String word = folded();
    if (overridden.contains(word)) {
      return true;
    }
    for (String key : starts) {
      if (word.startsWith(key)) {
        return true;
      }
    }
    if (word.length() >= HubAnalyzers.COMPOUND_MIN_WORD) {
      for (String key : insides) {
        if (word.contains(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The token as the query terms are: lower case (done before) and without accents. */
  private String folded() {
    int length = term.length();
    if (folded.length < length * 4) {
      folded = new char[length * 4];
    }
    int n = ASCIIFoldingFilter.foldToASCII(term.buffer(), 0, folded, 0, length);
    return new String(folded, 0, n);
  }
}
