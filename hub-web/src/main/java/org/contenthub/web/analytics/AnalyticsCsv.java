package org.contenthub.web.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tables of a report as one CSV (Apache Commons CSV, RFC 4180): a column {@code table} says
 * which table a row belongs to. Cells a spreadsheet would read as a formula (starting with {@code =
 * + - @}, a tab or a carriage return) get a leading apostrophe, so a title someone wrote can never
 * run as a formula.
 */
public final class AnalyticsCsv {

  static final List<String> HEADER =
      List.of(
          "table",
          "key",
          "label",
          "shares",
          "humanClicks",
          "botClicks",
          "reach",
          "impressions",
          "conversions",
          "conversionValue",
          "earnedMediaValue",
          "currency",
          "earnedMediaValueFormula");

  private AnalyticsCsv() {}

  /** Tables by name, in order; {@code only} keeps one of them (null: all). */
  static String write(Map<String, List<Row>> tables, String currency, String only) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out)) {
      csv.printRecord(HEADER);
      for (Map.Entry<String, List<Row>> table : tables.entrySet()) {
        if (only != null && !only.isBlank() && !only.strip().equals(table.getKey())) {
          continue;
        }
        for (Row row : table.getValue()) {
          Figures f = row.figures();
          csv.printRecord(
              table.getKey(),
              safe(row.key()),
              safe(row.label()),
              f.shares(),
              f.humanClicks(),
              f.botClicks(),
              f.reach(),
              f.impressions(),
              f.conversions(),
              f.conversionValue().toPlainString(),
              f.earnedMediaValue().toPlainString(),
              currency,
              safe(row.valuation()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A CSV that only says why there are no figures (a department with too few people). */
  static String message(String key, String message) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out)) {
      csv.printRecord(HEADER);
      csv.printRecord("message", key, safe(message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Neutralises a cell that a spreadsheet would evaluate (CSV formula injection). */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  static Map<String, List<Row>> tables(
      Row total,
      List<Row> time,
      List<Row> networks,
      List<Row> items,
      List<Row> people,
      List<Row> departments) {
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    tables.put("total", total == null ? List.of() : List.of(total));
    tables.put("time", time);
    tables.put("networks", networks);
    tables.put("items", items);
    if (people != null) {
      tables.put("people", people);
    }
    if (departments != null) {
      tables.put("departments", departments);
    }
    return tables;
  }
}
