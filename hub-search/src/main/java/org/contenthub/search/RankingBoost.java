package org.contenthub.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * freshness × popularity per document, read from doc values (see {@link RankingSettings}). {@code
 * now} is fixed per request (and carried in paging cursors) so that scores, and therefore pages,
 * are stable while a person pages through.
 */
final class RankingBoost extends DoubleValuesSource {

  private static final double MILLIS_PER_DAY = 86_400_000d;

  private final RankingSettings settings;
  private final long nowMillis;

  RankingBoost(RankingSettings settings, long nowMillis) {
    this.settings = settings;
    this.nowMillis = nowMillis;
  }

  boolean isNeutral() {
    return settings.freshnessWeight() == 0 && settings.popularityWeight() == 0;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED);
    NumericDocValues favourites = DocValues.getNumeric(ctx.reader(), SearchFields.FAVOURITES);
    NumericDocValues shares = DocValues.getNumeric(ctx.reader(), SearchFields.SHARES);
    double halfLife = Math.max(settings.halfLifeDays(), 0.001);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        double freshness = 1;
        if (settings.freshnessWeight() != 0 && published.advanceExact(doc)) {
          double ageDays = Math.max(0, (nowMillis - published.longValue()) / MILLIS_PER_DAY);
          freshness += settings.freshnessWeight() * Math.pow(0.5, ageDays / halfLife);
        }
        double popularity = 1;
        if (settings.popularityWeight() != 0) {
          long favs = favourites.advanceExact(doc) ? favourites.longValue() : 0;
          long shared = shares.advanceExact(doc) ? shares.longValue() : 0;
          double x = favs + settings.shareWeight() * shared;
          popularity += settings.popularityWeight() * x / (x + settings.popularitySaturation());
        }
        value = freshness * popularity;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher reader) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(
        ctx, SearchFields.PUBLISHED, SearchFields.FAVOURITES, SearchFields.SHARES);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, nowMillis);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RankingBoost other
        && other.settings.equals(settings)
        && other.nowMillis == nowMillis;
  }

  @Override
  public String toString() {
    return "freshness*popularity(now=" + nowMillis + ")";
  }
}
