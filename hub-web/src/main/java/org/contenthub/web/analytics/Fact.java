package org.contenthub.web.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One measured thing on one day: shares (with the reach they had), clicks, or conversions of one
 * item on one network. {@code personId}, {@code personName} and {@code department} are set only for
 * people who consent to measurement now; everyone else's facts are anonymous.
 */
public record Fact(
    long itemId,
    String itemTitle,
    Long personId,
    String personName,
    String department,
    String network,
    LocalDate day,
    long shares,
    long reach,
    long humanClicks,
    long botClicks,
    long conversions,
    BigDecimal conversionValue) {

  static Fact share(
      long itemId,
      String title,
      Long person,
      String name,
      String department,
      String network,
      LocalDate day,
      long reach) {
    return new Fact(
        itemId, title, person, name, department, network, day, 1, reach, 0, 0, 0, BigDecimal.ZERO);
  }

  static Fact clicks(
      long itemId,
      String title,
      Long person,
      String name,
      String department,
      String network,
      LocalDate day,
      boolean bot,
      long clicks) {
    return new Fact(
        itemId,
        title,
        person,
        name,
        department,
        network,
        day,
        0,
        0,
        bot ? 0 : clicks,
        bot ? clicks : 0,
        0,
        BigDecimal.ZERO);
  }

  static Fact conversion(
      long itemId,
      String title,
      Long person,
      String name,
      String department,
      String network,
      LocalDate day,
      BigDecimal value) {
    return new Fact(
        itemId,
        title,
        person,
        name,
        department,
        network,
        day,
        0,
        0,
        0,
        0,
        1,
        value == null ? BigDecimal.ZERO : value);
  }
}
