package org.contenthub.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
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
  private final char[][] starts;
  private final char[][] insides;
  private final CharArraySet overridden;
  private char[] folded = new char[64];

  HighlightGate(
      TokenStream input,
      Keys keys,
      CharArraySet overridden,
      Function<TokenStream, TokenStream> analysis) {
    super(input, analysis);
    this.starts = keys.starts();
    this.insides = keys.insides();
    this.overridden = overridden;
  }

  /** The first two and three letters of a query's terms. */
  record Keys(char[][] starts, char[][] insides) {
    static Keys of(Collection<String> terms) {
      Set<String> starts = new HashSet<>();
      Set<String> insides = new HashSet<>();
      for (String t : terms) {
        starts.add(t.length() <= 2 ? t : t.substring(0, 2));
        if (t.length() >= 3) {
          insides.add(t.substring(0, 3));
        }
      }
      return new Keys(chars(starts), chars(insides));
    }

    private static char[][] chars(Set<String> keys) {
      return keys.stream().map(String::toCharArray).toArray(char[][]::new);
    }
  }

  /** Runs for every word of every highlighted text: no allocation, folding only when needed. */
  @Override
  protected boolean shouldFilter() throws IOException {
    char[] word = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (word[i] >= '\u0080') {
        if (folded.length < length * 4) {
          folded = new char[length * 4];
        }
        length = ASCIIFoldingFilter.foldToASCII(word, 0, folded, 0, length);
        word = folded;
        break;
      }
    }
    if (overridden.contains(word, 0, length)) {
      return true;
    }
    for (char[] key : starts) {
      if (regionMatches(word, 0, length, key)) {
        return true;
      }
    }
    if (length >= HubAnalyzers.COMPOUND_MIN_WORD) {
      for (char[] key : insides) {
        for (int at = 1; at + key.length <= length; at++) {
          if (regionMatches(word, at, length, key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean regionMatches(char[] word, int at, int length, char[] key) {
    if (at + key.length > length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (word[at + i] != key[i]) {
        return false;
      }
    }
    return true;
  }
}
