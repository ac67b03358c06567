package org.contenthub.web.newsletter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.contenthub.mail.EmailAddress;

/**
 * Members as people paste or export them: CSV with the address first, then optionally a name and a
 * language; comma or semicolon (Dutch Excel) separated; a header row is recognised and skipped.
 * Each line is judged on its own, so one bad address never stops the rest.
 */
public final class MemberImport {

  /** A member ready to store: the address lower-cased and checked. */
  record Member(String email, String name, String language) {}

  /** A line that could not be taken, with the reason in words. */
  public record Rejected(int line, String value, String reason) {}

  record Result(List<Member> members, List<Rejected> rejected) {}

  static final int MAX_MEMBERS = 200_000;

  private MemberImport() {}

  static Result fromCsv(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    char delimiter = firstLine(text).contains(";") ? ';' : ',';
    List<MemberInput> inputs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        String first = record.size() > 0 ? record.get(0) : "";
        if (record.getRecordNumber() == 1 && isHeader(first)) {
          continue;
        }
        inputs.add(
            new MemberInput(
                first,
                record.size() > 1 ? record.get(1) : null,
                record.size() > 2 ? record.get(2) : null));
        lines.add((int) parser.getCurrentLineNumber());
      }
    } catch (IOException | UncheckedIOException e) {
      return new Result(
          List.of(), List.of(new Rejected(0, "", "The CSV cannot be read: " + e.getMessage())));
    }
    return check(inputs, lines);
  }

  static Result fromJson(List<MemberInput> inputs) {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      lines.add(i + 1);
    }
    return check(inputs, lines);
  }

  private static Result check(List<MemberInput> inputs, List<Integer> lines) {
    List<Member> members = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      MemberInput in = inputs.get(i);
      int line = lines.get(i);
      if (members.size() >= MAX_MEMBERS) {
        rejected.add(new Rejected(line, "", "more than " + MAX_MEMBERS + " members in one import"));
        break;
      }
      String raw = in == null || in.email == null ? "" : in.email.strip();
      String name = in == null ? null : clean(in.name, 200);
      String language = in == null ? null : language(in.language);
      try {
        EmailAddress address = EmailAddress.of(raw, name);
        members.add(new Member(address.address().toLowerCase(Locale.ROOT), name, language));
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejected(line, abbreviate(raw), "not a valid e-mail address"));
      }
    }
    return new Result(members, rejected);
  }

  private static boolean isHeader(String first) {
    String f = first.toLowerCase(Locale.ROOT);
    return !f.contains("@") && (f.contains("mail") || f.contains("adres") || f.contains("address"));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String clean(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().replaceAll("[\\r\\n\\t]+", " ");
    return v.length() > max ? v.substring(0, max) : v;
  }

  private static String language(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("nl") || v.equals("en") ? v : null;
  }

  private static String abbreviate(String value) {
    return value.length() > 80 ? value.substring(0, 80) + "…" : value;
  }
}
