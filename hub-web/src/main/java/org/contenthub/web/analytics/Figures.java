package org.contenthub.web.analytics;

import java.math.BigDecimal;

/**
 * The figures of one row: shares, clicks by people and apart by link-preview bots, the estimated
 * reach (sum of the sharers' contacts on the network) and impressions, conversions with their
 * reported value, and the earned media value (see {@link Valuation}).
 */
public record Figures(
    long shares,
    long humanClicks,
    long botClicks,
    long reach,
    long impressions,
    long conversions,
    BigDecimal conversionValue,
    BigDecimal earnedMediaValue) {

  public static final Figures NONE =
      new Figures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
}
