package org.contenthub.search;

/**
 * How results are ranked; every number here is a knob, with defaults chosen on the relevance set
 * (see docs/SEARCH.md).
 *
 * <p>The text score is BM25 (k1 1.2, b 0.75) over the fields, each word's best field counting fully
 * and the other fields by {@code tieBreaker} (a dismax, as in Solr's edismax). Field boosts make a
 * word in the title count more than in tags, commentary, summary, body, attachment. Matches on the
 * stemmed per-language fields count {@code stemmedWeight} of an exact-word match on the neutral
 * field.
 *
 * <p>The text score is then multiplied by {@code freshness × popularity}:
 *
 * <ul>
 *   <li>freshness = 1 + freshnessWeight × 0.5^(ageDays / halfLifeDays): a new item gets up to
 *       (1+weight) times its text score, halving the bonus every half-life; no date means no bonus.
 *   <li>popularity = 1 + popularityWeight × x / (x + popularitySaturation), x = favourites +
 *       shareWeight × shares: saturating, so a viral item cannot bury a better textual match.
 * </ul>
 *
 * Both factors are ≥ 1 and bounded, so they reorder close text matches but never raise a weak match
 * above a strong one by more than their maximum.
 */
public record RankingSettings(
    float titleBoost,
    float tagsBoost,
    float commentaryBoost,
    float summaryBoost,
    float bodyBoost,
    float attachmentBoost,
    float stemmedWeight,
    float tieBreaker,
    double freshnessWeight,
    double halfLifeDays,
    double popularityWeight,
    double shareWeight,
    double popularitySaturation) {

  public static RankingSettings defaults() {
    return new RankingSettings(
        3.0f, 2.0f, 1.5f, 1.2f, 1.0f, 0.6f, 0.8f, 0.3f, 0.3, 180, 0.2, 2, 20);
  }

  /** Text only: no freshness, no popularity (for tests and the relevance baseline). */
  public RankingSettings withoutBoosts() {
    return new RankingSettings(
        titleBoost,
        tagsBoost,
        commentaryBoost,
        summaryBoost,
        bodyBoost,
        attachmentBoost,
        stemmedWeight,
        tieBreaker,
        0,
        halfLifeDays,
        0,
        shareWeight,
        popularitySaturation);
  }

  float boostOf(String textField) {
    return switch (textField) {
      case SearchFields.TITLE -> titleBoost;
      case SearchFields.TAGS -> tagsBoost;
      case SearchFields.COMMENTARY -> commentaryBoost;
      case SearchFields.SUMMARY -> summaryBoost;
      case SearchFields.BODY -> bodyBoost;
      case SearchFields.ATTACHMENT -> attachmentBoost;
      default -> 1f;
    };
  }
}
