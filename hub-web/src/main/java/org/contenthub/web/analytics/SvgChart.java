package org.contenthub.web.analytics;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart of human clicks and shares over time, drawn on the server as SVG: no script, fine
 * under the Content-Security-Policy, accessible through its {@code <title>} and {@code <desc>} (the
 * page shows the same figures as a table beside it). Every text in it is escaped.
 */
public final class SvgChart {

  static final int WIDTH = 720;
  static final int HEIGHT = 240;
  private static final int LEFT = 44;
  private static final int BOTTOM = 28;
  private static final int TOP = 12;

  private SvgChart() {}

  public static String render(List<Row> periods, String title, String description) {
    long max = 1;
    for (Row row : periods) {
      max = Math.max(max, Math.max(row.figures().humanClicks(), row.figures().shares()));
    }
    long scale = niceCeiling(max);
    int plotWidth = WIDTH - LEFT - 8;
    int plotHeight = HEIGHT - BOTTOM - TOP;
    double slot = periods.isEmpty() ? plotWidth : (double) plotWidth / periods.size();
    double bar = Math.max(1, slot * 0.4);
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"chart-title chart-desc\">")
        .append("<title id=\"chart-title\">")
        .append(escape(title))
        .append("</title><desc id=\"chart-desc\">")
        .append(escape(description))
        .append("</desc>");
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plotHeight - plotHeight * i / 4.0;
      svg.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - 8)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\" stroke=\"#d9dde3\"/>")
          .append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">")
          .append(scale * i / 4)
          .append("</text>");
    }
    for (int i = 0; i < periods.size(); i++) {
      Figures f = periods.get(i).figures();
      double x = LEFT + i * slot + (slot - 2 * bar) / 2;
      bar(svg, x, f.humanClicks(), scale, plotHeight, bar, "#0b5cad");
      bar(svg, x + bar, f.shares(), scale, plotHeight, bar, "#8a94a6");
      if (i == 0 || i == periods.size() - 1 || (periods.size() > 2 && i == periods.size() / 2)) {
        svg.append("<text x=\"")
            .append(fmt(LEFT + i * slot + slot / 2))
            .append("\" y=\"")
            .append(HEIGHT - 8)
            .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">")
            .append(escape(periods.get(i).label()))
            .append("</text>");
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void bar(
      StringBuilder svg,
      double x,
      long value,
      long scale,
      int plotHeight,
      double width,
      String fill) {
    if (value <= 0) {
      return;
    }
    double h = (double) plotHeight * value / scale;
    svg.append("<rect x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(TOP + plotHeight - h))
        .append("\" width=\"")
        .append(fmt(width))
        .append("\" height=\"")
        .append(fmt(h))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>");
  }

  /** The top of the scale: four equal steps, each a round number, at least {@code max}. */
  static long niceCeiling(long max) {
    long quarter = Math.max(1, (max + 3) / 4);
    long power = 1;
    while (power * 10 <= quarter) {
      power *= 10;
    }
    long step = (quarter + power - 1) / power * power;
    return step * 4;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
