package org.contenthub.web.challenge;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A participant's weekly report for {@code POST /api/v1/challenges/{id}/reports}: contacts per
 * network ({@code {"linkedin": 420, "x": 85}}) and, to report a week late, its number (default:
 * this week). Numbers are read exactly, so the service can refuse fractions and absurd counts.
 */
public class ReportInput {
  public Integer week;
  public Map<String, BigDecimal> contacts;
}
