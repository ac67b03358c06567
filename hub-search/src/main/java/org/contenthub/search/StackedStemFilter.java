package org.contenthub.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * Emits each token, then its Dutch and its English stem on the same position (when they differ).
 * Only used for highlighting: the stored text is analysed once and still matches the stemmed terms
 * of the {@code _nl} and {@code _en} fields. Uses the same stemmers and overrides as those fields.
 */
final class StackedStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Map<String, String> dutchOverrides;
  private final KpStemmer dutch = new KpStemmer();
  private final EnglishStemmer english = new EnglishStemmer();
  private final Deque<String> pending = new ArrayDeque<>(2);
  private AttributeSource.State state;

  StackedStemFilter(TokenStream input, Map<String, String> dutchOverrides) {
    super(input);
    this.dutchOverrides = dutchOverrides;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.pop());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    String nl = dutchOverrides.get(word);
    if (nl == null) {
      dutch.setCurrent(word);
      dutch.stem();
      nl = dutch.getCurrent();
    }
    english.setCurrent(word);
    english.stem();
    String en = english.getCurrent();
    if (!nl.equals(word)) {
      pending.push(nl);
    }
    if (!en.equals(word) && !en.equals(nl)) {
      pending.push(en);
    }
    if (!pending.isEmpty()) {
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
