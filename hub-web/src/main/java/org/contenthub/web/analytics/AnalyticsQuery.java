package org.contenthub.web.analytics;

import jakarta.ws.rs.QueryParam;

/** Query parameters of the analytics API: the date range and, for CSV, one table. */
public class AnalyticsQuery {

  /** First day, ISO date (default: 29 days before {@code to}). */
  @QueryParam("from")
  public String from;

  /** Last day, ISO date, included (default: today, UTC). */
  @QueryParam("to")
  public String to;

  /** CSV only: one table (total, time, networks, items, people, departments); default all. */
  @QueryParam("table")
  public String table;

  Period period() {
    return Period.of(from, to);
  }
}
