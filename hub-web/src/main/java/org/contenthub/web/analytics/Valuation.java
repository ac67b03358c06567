package org.contenthub.web.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.contenthub.web.sharing.Network;

/**
 * "Earned media value": what the same attention would have cost as advertising. No standard formula
 * exists, so the hub uses one stated plainly, with rates per network the organisation sets:
 *
 * <pre>
 * value = CPM × impressions / 1000 + CPC × human clicks,  impressions = reach × impressions per contact
 * </pre>
 *
 * The formula and the rates go with every figure (API, CSV, pages).
 */
public final class Valuation {

  /** The rates of one network: cost per thousand impressions, cost per click, and reach factor. */
  public record Rates(BigDecimal cpm, BigDecimal cpc, BigDecimal impressionsPerContact) {}

  /** The formula and its rates, shown beside the figures. */
  public record Info(String currency, String formula, Map<String, Rates> rates) {}

  public static final String FORMULA =
      "CPM × impressions / 1000 + CPC × human clicks, per network;"
          + " impressions = estimated reach × impressions per contact";

  /** Defaults: rough advertising prices (2025, EUR) and a cautious share of contacts reached. */
  static final Map<Network, Rates> DEFAULTS =
      Map.of(
          Network.LINKEDIN, rates("30", "5", "0.2"),
          Network.X, rates("6", "1", "0.1"),
          Network.FACEBOOK, rates("8", "1", "0.1"),
          Network.WHATSAPP, rates("10", "1", "0.5"),
          Network.EMAIL, rates("10", "1", "0.5"),
          Network.COPY, rates("0", "1", "0"));

  private final String currency;
  private final Map<String, Rates> rates;

  Valuation(String currency, Map<String, Rates> rates) {
    this.currency = currency;
    this.rates = rates;
  }

  /**
   * Rates from configuration keys {@code <network>.cpm}, {@code <network>.cpc} and {@code
   * <network>.impressions-per-contact}, each falling back to its default.
   */
  public static Valuation fromConfig(String currency, Function<String, Optional<String>> config) {
    Map<String, Rates> rates = new LinkedHashMap<>();
    for (Network network : Network.values()) {
      Rates fallback = DEFAULTS.get(network);
      rates.put(
          network.id(),
          new Rates(
              number(config, network.id() + ".cpm", fallback.cpm()),
              number(config, network.id() + ".cpc", fallback.cpc()),
              number(
                  config,
                  network.id() + ".impressions-per-contact",
                  fallback.impressionsPerContact())));
    }
    return new Valuation(currency.strip().toUpperCase(Locale.ROOT), rates);
  }

  public static Valuation defaults(String currency) {
    return fromConfig(currency, key -> Optional.empty());
  }

  private static BigDecimal number(
      Function<String, Optional<String>> config, String key, BigDecimal fallback) {
    Optional<String> value = config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      BigDecimal parsed = new BigDecimal(value.get());
      if (parsed.signum() < 0) {
        throw new IllegalArgumentException("hub.analytics.emv." + key + " must not be negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "hub.analytics.emv." + key + " must be a number, not " + value.get(), e);
    }
  }

  private static Rates rates(String cpm, String cpc, String perContact) {
    return new Rates(new BigDecimal(cpm), new BigDecimal(cpc), new BigDecimal(perContact));
  }

  public String currency() {
    return currency;
  }

  public Info info() {
    return new Info(currency, FORMULA, rates);
  }

  public Rates of(String network) {
    return rates.getOrDefault(
        network, new Rates(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
  }

  /** Estimated impressions of a reach on a network, rounded to whole impressions. */
  public long impressions(String network, long reach) {
    return of(network)
        .impressionsPerContact()
        .multiply(BigDecimal.valueOf(reach))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The value of impressions and human clicks on a network, in cents precision. */
  public BigDecimal value(String network, long impressions, long humanClicks) {
    Rates r = of(network);
    return r.cpm()
        .multiply(BigDecimal.valueOf(impressions))
        .divide(BigDecimal.valueOf(1000))
        .add(r.cpc().multiply(BigDecimal.valueOf(humanClicks)))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** The formula with every network's rates, for rows that sum several networks. */
  public String summary() {
    StringBuilder text = new StringBuilder(FORMULA).append(" (").append(currency).append("; ");
    String separator = "";
    for (Map.Entry<String, Rates> rate : rates.entrySet()) {
      Rates r = rate.getValue();
      text.append(separator)
          .append(rate.getKey())
          .append(": CPM ")
          .append(r.cpm().toPlainString())
          .append(", CPC ")
          .append(r.cpc().toPlainString())
          .append(", impressions per contact ")
          .append(r.impressionsPerContact().toPlainString());
      separator = "; ";
    }
    return text.append(")").toString();
  }

  /** A short text of the rates of one network, for a table cell or a CSV column. */
  public String explain(String network) {
    Rates r = of(network);
    return "CPM "
        + r.cpm().toPlainString()
        + " × impressions / 1000 + CPC "
        + r.cpc().toPlainString()
        + " × clicks; impressions = reach × "
        + r.impressionsPerContact().toPlainString()
        + " ("
        + currency
        + ")";
  }
}
