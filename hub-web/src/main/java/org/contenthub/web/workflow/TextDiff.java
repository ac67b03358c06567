package org.contenthub.web.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * A readable difference between two texts, word by word (java-diff-utils' Myers diff): the text as
 * segments that stayed, went or came. Rich text is compared as the text a reader sees, paragraph by
 * paragraph, never as markup.
 */
public final class TextDiff {

  /** What happened to a piece of text. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words (with their spacing and line breaks) that share a fate. */
  public record Segment(Kind kind, String text) {}

  private static final Pattern TOKEN = Pattern.compile("\\n|[^\\s]+|[ \\t\\x0B\\f\\r]+");

  private TextDiff() {}

  /** The segments that turn {@code before} into {@code after}. */
  public static List<Segment> of(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Kind.SAME, a.subList(position, start));
      add(segments, Kind.REMOVED, delta.getSource().getLines());
      add(segments, Kind.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(segments, Kind.SAME, a.subList(position, a.size()));
    return segments;
  }

  /** Whether anything changed. */
  public static boolean changed(List<Segment> segments) {
    return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
  }

  /** The text a reader sees in rich text: one line per paragraph, list item or line break. */
  public static String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings(new Document.OutputSettings().prettyPrint(false));
    document.select("br").after("\\n");
    document
        .select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, div, tr, figcaption")
        .after("\\n");
    String marked = document.body().html().replace("\\n", "\n");
    String text =
        Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
    return Parser.unescapeEntities(text, false)
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
      Segment last = segments.remove(segments.size() - 1);
      text = last.text() + text;
    }
    segments.add(new Segment(kind, text));
  }
}
