package org.contenthub.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person typed, understood tolerantly: words, "quoted phrases" (an unclosed quote runs to
 * the end), {@code -word} and {@code -"phrase"} to exclude, {@code OR} between two parts, and the
 * last word as a prefix while typing (when the text does not end in a space). Any other character,
 * Lucene syntax included ({@code title:(}, {@code *}, {@code ~}, {@code \}), is just text; the
 * analyzers drop what is not a word. Parsing never fails except for the two limits below.
 *
 * @param groups all must match; each group matches when one of its alternatives does
 * @param excluded none may match
 */
public record UserQuery(List<List<Part>> groups, List<Part> excluded) {

  /** One searchable unit. */
  public sealed interface Part {
    String text();
  }

  /** A word; {@code prefix} when it is the last, still being typed. */
  public record Word(String text, boolean prefix) implements Part {}

  /** Quoted words that must appear in this order. */
  public record Phrase(String text) implements Part {}

  public UserQuery {
    groups = groups.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  public boolean isEmpty() {
    return groups.isEmpty() && excluded.isEmpty();
  }

  /** The query as text again, e.g. after a spelling correction. */
  public String render() {
    List<String> out = new ArrayList<>();
    for (List<Part> group : groups) {
      out.add(group.stream().map(UserQuery::render).collect(Collectors.joining(" OR ")));
    }
    for (Part part : excluded) {
      out.add("-" + render(part));
    }
    return String.join(" ", out);
  }

  private static String render(Part part) {
    return part instanceof Phrase ? "\"" + part.text() + "\"" : part.text();
  }

  /**
   * Parses people's text.
   *
   * @throws InvalidQueryException when longer than {@code maxLength} characters or more than {@code
   *     maxParts} words and phrases
   */
  public static UserQuery parse(String raw, int maxLength, int maxParts) {
    if (raw == null) {
      return new UserQuery(List.of(), List.of());
    }
    if (raw.length() > maxLength) {
      throw new InvalidQueryException(
          InvalidQueryException.Reason.TOO_LONG,
          "The search text is "
              + raw.length()
              + " characters long; at most "
              + maxLength
              + " are allowed. Please shorten it.");
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ");
    boolean typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));

    List<Token> tokens = tokenize(text);
    List<List<Part>> groups = new ArrayList<>();
    List<Part> excluded = new ArrayList<>();
    boolean joinNext = false;
    int parts = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.operator("OR")) {
        joinNext = !groups.isEmpty();
        continue;
      }
      if (token.operator("AND")) {
        continue;
      }
      boolean exclude = token.excluded;
      if (token.operator("NOT") && i + 1 < tokens.size()) {
        tokens.set(i + 1, tokens.get(i + 1).asExcluded());
        continue;
      }
      if (++parts > maxParts) {
        throw new InvalidQueryException(
            InvalidQueryException.Reason.TOO_MANY_WORDS,
            "The search has more than " + maxParts + " words; please use fewer.");
      }
      boolean last = i == tokens.size() - 1;
      Part part =
          token.quoted
              ? new Phrase(token.text)
              : wordOf(token.text, last && typing && !exclude && !token.closedQuote);
      if (exclude) {
        excluded.add(part);
        joinNext = false;
      } else if (joinNext) {
        groups.get(groups.size() - 1).add(part);
        joinNext = false;
      } else {
        List<Part> group = new ArrayList<>();
        group.add(part);
        groups.add(group);
      }
    }
    return new UserQuery(groups, excluded);
  }

  private static Word wordOf(String text, boolean typing) {
    if (text.endsWith("*")) {
      String stem = text.replaceAll("\\*+$", "");
      return new Word(stem, !stem.isEmpty());
    }
    return new Word(text, typing);
  }

  private record Token(String text, boolean quoted, boolean excluded, boolean closedQuote) {
    boolean operator(String op) {
      return !quoted && !excluded && text.equals(op);
    }

    Token asExcluded() {
      return new Token(text, quoted, true, closedQuote);
    }
  }

  /**
   * Query-syntax characters that people use as punctuation ({@code title:(fiets}, {@code fiets~}):
   * they end a word, so the words around them are still searched.
   */
  private static final String SEPARATORS = ":()[]{}^~?\\/!+&|<>=,;";

  /** Words that are Lucene field syntax when followed by a colon, as in {@code title:fiets}. */
  private static final Set<String> FIELD_NAMES =
      Set.of(
          "title",
          "body",
          "summary",
          "tags",
          "tag",
          "commentary",
          "type",
          "channel",
          "department",
          "language",
          "url",
          "author",
          "id",
          "text",
          "content");

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean exclude = false;
      if ((c == '-' || c == '!') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
        exclude = true;
        i++;
        c = text.charAt(i);
      } else if (c == '+' && i + 1 < n) {
        i++;
        c = text.charAt(i);
      }
      if (c == '"') {
        int end = text.indexOf('"', i + 1);
        boolean closed = end >= 0;
        String phrase = text.substring(i + 1, closed ? end : n).strip();
        if (!phrase.isEmpty()) {
          tokens.add(new Token(phrase, true, exclude, closed));
        }
        i = closed ? end + 1 : n;
        continue;
      }
      if (SEPARATORS.indexOf(c) >= 0) {
        if (c == ':' && !tokens.isEmpty()) {
          Token previous = tokens.get(tokens.size() - 1);
          if (!previous.quoted && FIELD_NAMES.contains(previous.text.toLowerCase(Locale.ROOT))) {
            tokens.remove(tokens.size() - 1); // "title:fiets" searches fiets
          }
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n
          && !Character.isWhitespace(text.charAt(i))
          && text.charAt(i) != '"'
          && SEPARATORS.indexOf(text.charAt(i)) < 0) {
        i++;
      }
      String word = text.substring(start, i);
      if (!word.isEmpty()) {
        tokens.add(new Token(word, false, exclude, false));
      }
    }
    return tokens;
  }
}
