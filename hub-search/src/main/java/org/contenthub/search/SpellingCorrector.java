package org.contenthub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": DirectSpellChecker proposes words from the index's {@link SearchFields#SPELL}
 * terms. Its term statistics cover all documents, so each proposal is checked under the reader's
 * ACL filter: a word is replaced only when it occurs in no visible document, a proposal is taken
 * only when it occurs in a visible document, and the corrected query as a whole must have visible
 * hits. A word that exists only in documents the reader may not see is therefore never proposed.
 */
final class SpellingCorrector {

  private static final int CANDIDATES = 8;

  private final HubAnalyzers analyzers;

  SpellingCorrector(HubAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  Optional<String> correct(IndexSearcher searcher, UserQuery query, Query acl, QueryFactory queries)
      throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    // 0: any word in at least one document may be proposed (visibility is checked after)
    checker.setThresholdFrequency(0f);
    checker.setMaxQueryFrequency(1f);
    checker.setMinQueryLength(4);
    boolean changed = false;
    List<List<UserQuery.Part>> groups = new ArrayList<>();
    for (List<UserQuery.Part> group : query.groups()) {
      List<UserQuery.Part> corrected = new ArrayList<>();
      for (UserQuery.Part part : group) {
        if (part instanceof UserQuery.Word word && !word.prefix()) {
          String fixed = correctWord(searcher, checker, word.text(), acl);
          if (fixed != null) {
            corrected.add(new UserQuery.Word(fixed, false));
            changed = true;
            continue;
          }
        }
        corrected.add(part);
      }
      groups.add(corrected);
    }
    if (!changed) {
      return Optional.empty();
    }
    UserQuery fixed = new UserQuery(groups, query.excluded());
    Query text = queries.textQuery(fixed);
    if (text == null || !anyVisible(searcher, text, acl)) {
      return Optional.empty();
    }
    return Optional.of(fixed.render());
  }

  private String correctWord(
      IndexSearcher searcher, DirectSpellChecker checker, String word, Query acl)
      throws IOException {
    List<String> tokens = Suggester.tokens(analyzers.queryAnalyzer(), SearchFields.SPELL, word);
    if (tokens.size() != 1) {
      return null;
    }
    String token = tokens.get(0).toLowerCase(Locale.ROOT);
    Term term = new Term(SearchFields.SPELL, token);
    if (anyVisible(searcher, new TermQuery(term), acl)) {
      return null;
    }
    SuggestWord[] proposals =
        checker.suggestSimilar(
            term, CANDIDATES, searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
    for (SuggestWord proposal : proposals) {
      if (anyVisible(searcher, new TermQuery(new Term(SearchFields.SPELL, proposal.string)), acl)) {
        return proposal.string;
      }
    }
    return null;
  }

  static boolean anyVisible(IndexSearcher searcher, Query query, Query acl) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(query, Occur.MUST);
    q.add(acl, Occur.FILTER);
    // Stop counting at the first hit: only existence matters.
    return searcher.search(q.build(), new TopScoreDocCollectorManager(1, null, 1)).totalHits.value
        > 0;
  }
}
