package org.contenthub.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contenthub.web.platform.FieldProblem;
import org.junit.jupiter.api.Test;

/** The pure rules of measurement: periods, valuation, departments, CSV cells, codes, secrets. */
class AnalyticsRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void theSeedsExampleTenColleaguesWithAbout400ContactsReachAbout4000() {
    Aggregation rollup = new Aggregation(Valuation.defaults("EUR"));
    List<Fact> shares = new java.util.ArrayList<>();
    for (long person = 1; person <= 10; person++) {
      shares.add(Fact.share(1, "Houten", person, "p" + person, "Verkoop", "linkedin", DAY, 400));
    }
    Figures figures = rollup.total(shares);
    assertThat(figures.reach()).isEqualTo(4000);
    assertThat(figures.impressions()).isEqualTo(800); // × 0.2 impressions per contact
    assertThat(figures.earnedMediaValue()).isEqualByComparingTo("24.00"); // 30 × 800 / 1000
  }

  @Test
  void ratesComeFromConfigurationAndNegativeOnesAreRefused() {
    Valuation valuation =
        Valuation.fromConfig(
            "usd",
            key ->
                Optional.ofNullable(
                    Map.of("x.cpc", "2.5", "x.impressions-per-contact", "1").get(key)));
    assertThat(valuation.currency()).isEqualTo("USD");
    assertThat(valuation.value("x", valuation.impressions("x", 1000), 4))
        .isEqualByComparingTo("16.00"); // 6 × 1000 / 1000 + 2.5 × 4
    assertThat(valuation.explain("x")).contains("CPM 6", "CPC 2.5", "reach × 1", "USD");
    assertThatThrownBy(
            () -> Valuation.fromConfig("EUR", key -> Optional.of(key.endsWith("cpm") ? "-1" : "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void departmentsNeedEnoughConsentingPeopleAndAnonymousFactsNeverMakeAPerson() {
    Aggregation rollup = new Aggregation(Valuation.defaults("EUR"));
    List<Fact> facts =
        List.of(
            Fact.clicks(1, "A", 7L, "Anna", "Verkoop", "x", DAY, false, 3),
            Fact.clicks(1, "A", null, null, null, "x", DAY, false, 40),
            Fact.clicks(1, "A", 8L, "Carl", "IT", "x", DAY, false, 2));
    assertThat(rollup.people(facts, 10)).extracting(Row::label).containsExactly("Anna", "Carl");
    assertThat(rollup.departments(facts, Map.of("Verkoop", 5L, "IT", 4L), 5))
        .extracting(Row::key)
        .containsExactly("Verkoop");
    assertThat(rollup.total(facts).humanClicks()).isEqualTo(45);
  }

  @Test
  void overTimeHasEveryDayOrMonthWithoutGaps() {
    Aggregation rollup = new Aggregation(Valuation.defaults("EUR"));
    List<Fact> facts = List.of(Fact.share(1, "A", null, null, null, "x", DAY.plusDays(2), 0));
    List<Row> days = rollup.overTime(facts, DAY, DAY.plusDays(6));
    assertThat(days).hasSize(7);
    assertThat(days.get(2).key()).isEqualTo("2026-03-03");
    assertThat(days.get(2).figures().shares()).isEqualTo(1);
    List<Row> months = rollup.overTime(facts, DAY.minusMonths(5).plusDays(10), DAY.plusDays(3));
    assertThat(months)
        .extracting(Row::key)
        .containsExactly("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03");
    assertThat(months.get(5).figures().shares()).isEqualTo(1);
  }

  @Test
  void periodsDefaultToThirtyDaysAndRefuseNonsense() {
    Period period = Period.of("2026-01-01", "2026-01-31");
    assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    Period last = Period.of(null, "2026-01-31");
    assertThat(last.from()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThatThrownBy(() -> Period.of("2026-02-01", "2026-01-31"))
        .isInstanceOf(FieldProblem.class);
    assertThatThrownBy(() -> Period.of("gisteren", null)).isInstanceOf(FieldProblem.class);
    assertThatThrownBy(() -> Period.of("1990-01-01", "2026-01-01"))
        .isInstanceOf(FieldProblem.class);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
    for (String formula : List.of("=1+2", "+31 6", "-2+3", "@SUM(A1)", "\t=x", "\r=x")) {
      assertThat(AnalyticsCsv.safe(formula)).startsWith("'");
    }
    assertThat(AnalyticsCsv.safe("Houten bespaart 40%")).isEqualTo("Houten bespaart 40%");
    String csv =
        AnalyticsCsv.write(
            Map.of("items", List.of(new Row("1", "=cmd|' /C calc'!A0", Figures.NONE, "CPM 1"))),
            "EUR",
            null);
    assertThat(csv.lines().toList().get(1)).startsWith("items,1,'=cmd|' /C calc'!A0,0,0,");
  }

  @Test
  void aConversionNamesItsLinkByCodeOrByTheLandingAddress() {
    assertThat(ConversionService.codeOf(input("abcDEF123_-x", null))).isEqualTo("abcDEF123_-x");
    assertThat(
            ConversionService.codeOf(
                input(
                    null,
                    "https://polderlicht.example/bedankt?utm_source=x&utm_medium=employee-advocacy"
                        + "&utm_content=abcDEF123_-x#top")))
        .isEqualTo("abcDEF123_-x");
    assertThat(ConversionService.codeOf(input(null, "utm_content=abcDEF123_-x")))
        .isEqualTo("abcDEF123_-x");
    assertThat(ConversionService.codeOf(input(null, "abcDEF123_-x"))).isEqualTo("abcDEF123_-x");
    assertThatThrownBy(() -> ConversionService.codeOf(input(null, "https://x.example/?a=b")))
        .isInstanceOf(FieldProblem.class);
    assertThatThrownBy(() -> ConversionService.codeOf(input(null, null)))
        .isInstanceOf(FieldProblem.class);
  }

  @Test
  void theSecretIsComparedWhateverItsLength() {
    assertThat(ConversionService.sameSecret("s3cret-of-the-website", "s3cret-of-the-website"))
        .isTrue();
    assertThat(ConversionService.sameSecret("s3cret-of-the-websitf", "s3cret-of-the-website"))
        .isFalse();
    assertThat(ConversionService.sameSecret("", "s3cret-of-the-website")).isFalse();
  }

  @Test
  void theChartIsAccessibleAndEscapesItsTexts() {
    List<Row> rows =
        List.of(
            new Row(
                "a", "<b>", new Figures(2, 7, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO), ""),
            new Row("b", "2026-03-02", Figures.NONE, ""));
    String svg = SvgChart.render(rows, "Kliks & delen", "Staafjes \"per\" dag");
    assertThat(svg)
        .contains("role=\"img\"", "<title id=\"chart-title\">Kliks &amp; delen</title>")
        .contains("<desc id=\"chart-desc\">Staafjes &quot;per&quot; dag</desc>", "&lt;b&gt;")
        .doesNotContain("<b>", "<script", "style=");
    assertThat(SvgChart.niceCeiling(7)).isEqualTo(8);
    assertThat(SvgChart.niceCeiling(1)).isEqualTo(4);
    assertThat(SvgChart.niceCeiling(100)).isGreaterThanOrEqualTo(100).isLessThanOrEqualTo(120);
  }

  private static ConversionInput input(String code, String utm) {
    ConversionInput input = new ConversionInput();
    input.code = code;
    input.utm = utm;
    return input;
  }
}
