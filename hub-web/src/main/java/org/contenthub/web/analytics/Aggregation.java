package org.contenthub.web.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.contenthub.web.sharing.Network;

/**
 * Rolls facts up into rows per item, person, department, network or period: pure, so the rules
 * (earned media value per network, people only with consent, departments only from a minimum group)
 * are tested without a server.
 */
final class Aggregation {

  /** Up to this many days a chart shows days; longer ranges show months. */
  static final int MAX_DAYS = 92;

  private final Valuation valuation;

  Aggregation(Valuation valuation) {
    this.valuation = valuation;
  }

  /** What the rows of a network hold, summed before valuing (the rates differ per network). */
  private static final class Tally {
    long shares;
    long reach;
    long human;
    long bots;
    long conversions;
    BigDecimal value = BigDecimal.ZERO;

    void add(Fact fact) {
      shares += fact.shares();
      reach += fact.reach();
      human += fact.humanClicks();
      bots += fact.botClicks();
      conversions += fact.conversions();
      value = value.add(fact.conversionValue());
    }
  }

  Figures total(List<Fact> facts) {
    return figures(facts);
  }

  Figures figures(List<Fact> facts) {
    Map<String, Tally> perNetwork = new HashMap<>();
    for (Fact fact : facts) {
      perNetwork.computeIfAbsent(fact.network(), n -> new Tally()).add(fact);
    }
    long shares = 0, reach = 0, human = 0, bots = 0, conversions = 0, impressions = 0;
    BigDecimal conversionValue = BigDecimal.ZERO;
    BigDecimal earned = BigDecimal.ZERO;
    for (Map.Entry<String, Tally> entry : perNetwork.entrySet()) {
      Tally t = entry.getValue();
      long networkImpressions = valuation.impressions(entry.getKey(), t.reach);
      shares += t.shares;
      reach += t.reach;
      human += t.human;
      bots += t.bots;
      conversions += t.conversions;
      impressions += networkImpressions;
      conversionValue = conversionValue.add(t.value);
      earned = earned.add(valuation.value(entry.getKey(), networkImpressions, t.human));
    }
    return new Figures(
        shares,
        human,
        bots,
        reach,
        impressions,
        conversions,
        conversionValue.setScale(2, RoundingMode.HALF_UP),
        earned.setScale(2, RoundingMode.HALF_UP));
  }

  /** Rows per network, in the order of the share buttons, with each network's rates. */
  List<Row> networks(List<Fact> facts) {
    Map<String, List<Fact>> groups = group(facts, Fact::network, f -> true);
    List<Row> rows = new ArrayList<>();
    for (Network network : Network.values()) {
      List<Fact> of = groups.get(network.id());
      if (of != null) {
        rows.add(new Row(network.id(), network.id(), figures(of), valuation.explain(network.id())));
      }
    }
    return rows;
  }

  /** The items with most human clicks (then shares), at most {@code limit}. */
  List<Row> items(List<Fact> facts, int limit) {
    Map<String, String> titles = new HashMap<>();
    facts.forEach(f -> titles.putIfAbsent(Long.toString(f.itemId()), f.itemTitle()));
    return top(group(facts, f -> Long.toString(f.itemId()), f -> true), titles, limit);
  }

  /** People who consent, most clicked first; anonymous facts never make a person's row. */
  List<Row> people(List<Fact> facts, int limit) {
    Map<String, String> names = new HashMap<>();
    facts.stream()
        .filter(f -> f.personId() != null)
        .forEach(f -> names.putIfAbsent(Long.toString(f.personId()), f.personName()));
    return top(
        group(facts, f -> String.valueOf(f.personId()), f -> f.personId() != null), names, limit);
  }

  /**
   * Departments with at least {@code minimum} consenting people (smaller ones are left out: their
   * figures would be a few people's own), alphabetically.
   */
  List<Row> departments(List<Fact> facts, Map<String, Long> consentingPeople, int minimum) {
    Set<String> large = largeEnough(consentingPeople, minimum);
    Map<String, List<Fact>> groups =
        group(
            facts, Fact::department, f -> f.department() != null && large.contains(f.department()));
    List<Row> rows = new ArrayList<>();
    new TreeMap<>(groups)
        .forEach((name, of) -> rows.add(new Row(name, name, figures(of), valuation.summary())));
    return rows;
  }

  static Set<String> largeEnough(Map<String, Long> consentingPeople, int minimum) {
    Set<String> large = new java.util.HashSet<>();
    consentingPeople.forEach(
        (department, people) -> {
          if (department != null && people >= minimum) {
            large.add(department);
          }
        });
    return large;
  }

  /**
   * Periods from {@code from} to {@code to} (inclusive), every one present even without figures, so
   * a chart has no gaps: days up to {@link #MAX_DAYS}, months beyond.
   */
  List<Row> overTime(List<Fact> facts, LocalDate from, LocalDate to) {
    boolean days = ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    Function<LocalDate, String> period =
        days ? LocalDate::toString : d -> YearMonth.from(d).toString();
    Map<String, List<Fact>> groups = group(facts, f -> period.apply(f.day()), f -> true);
    List<Row> rows = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = days ? d.plusDays(1) : d.plusMonths(1)) {
      seen.put(period.apply(d), true);
    }
    if (!days) {
      seen.put(period.apply(to), true);
    }
    for (String key : seen.keySet()) {
      rows.add(
          new Row(key, key, figures(groups.getOrDefault(key, List.of())), valuation.summary()));
    }
    return rows;
  }

  private List<Row> top(Map<String, List<Fact>> groups, Map<String, String> labels, int limit) {
    return groups.entrySet().stream()
        .map(
            e ->
                new Row(
                    e.getKey(),
                    labels.getOrDefault(e.getKey(), e.getKey()),
                    figures(e.getValue()),
                    valuation.summary()))
        .sorted(
            Comparator.comparingLong((Row r) -> r.figures().humanClicks())
                .thenComparingLong(r -> r.figures().shares())
                .reversed()
                .thenComparing(Row::label, Comparator.nullsLast(Comparator.naturalOrder())))
        .limit(limit)
        .toList();
  }

  private static Map<String, List<Fact>> group(
      List<Fact> facts, Function<Fact, String> key, Predicate<Fact> include) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact fact : facts) {
      if (include.test(fact)) {
        groups.computeIfAbsent(key.apply(fact), k -> new ArrayList<>()).add(fact);
      }
    }
    return groups;
  }
}
