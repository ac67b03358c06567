package org.contenthub.web.analytics;

/** The reports as CSV tables (one CSV per report, a {@code table} column per row). */
final class AnalyticsViews {

  private AnalyticsViews() {}

  static Row totalRow(Figures total, String valuation) {
    return new Row("total", "total", total, valuation);
  }

  static String csv(AnalyticsService.Overview o, AnalyticsSettings settings, String only) {
    return AnalyticsCsv.write(
        AnalyticsCsv.tables(
            totalRow(o.total(), settings.valuation().summary()),
            o.overTime(),
            o.networks(),
            o.items(),
            o.peopleShown() ? o.people() : null,
            o.departments()),
        o.valuation().currency(),
        only);
  }

  static String csv(AnalyticsService.ItemReport r, AnalyticsSettings settings, String only) {
    return AnalyticsCsv.write(
        AnalyticsCsv.tables(
            new Row(
                Long.toString(r.itemId()), r.title(), r.total(), settings.valuation().summary()),
            r.overTime(),
            r.networks(),
            java.util.List.of(),
            null,
            null),
        r.valuation().currency(),
        only);
  }

  static String csv(AnalyticsService.PersonReport r, AnalyticsSettings settings, String only) {
    return AnalyticsCsv.write(
        AnalyticsCsv.tables(
            new Row(
                Long.toString(r.personId()), r.name(), r.total(), settings.valuation().summary()),
            r.overTime(),
            r.networks(),
            r.items(),
            null,
            null),
        r.valuation().currency(),
        only);
  }

  static String csv(AnalyticsService.DepartmentReport r, AnalyticsSettings settings, String only) {
    if (r.tooFewPeople()) {
      return AnalyticsCsv.message("tooFewPeople", r.message());
    }
    return AnalyticsCsv.write(
        AnalyticsCsv.tables(
            new Row(r.department(), r.department(), r.total(), settings.valuation().summary()),
            r.overTime(),
            r.networks(),
            r.items(),
            null,
            null),
        r.valuation().currency(),
        only);
  }
}
