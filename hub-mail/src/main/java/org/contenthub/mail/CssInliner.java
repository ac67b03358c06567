package org.contenthub.mail;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberFunctionLike;
import com.helger.css.decl.CSSSelectorMemberNot;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSSelectorMember;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Moves the rules of an HTML mail's {@code <style>} elements into {@code style} attributes, because
 * Outlook and several webmail clients ignore or strip style sheets. The style sheet is parsed by
 * ph-css (declarations kept verbatim, also vendor ones such as {@code mso-line-height-rule}) and
 * each selector is matched by jsoup; the cascade follows CSS: {@code !important}, then specificity,
 * then source order, and a declaration written in the element's own {@code style} attribute wins
 * over the sheet's unless the sheet's is important.
 *
 * <p>What cannot live in an attribute stays in the {@code <style>} element for the clients that do
 * read it: {@code @media} blocks (the phone layout), and rules with states or pseudo-elements such
 * as {@code a:hover} or {@code p::first-line}.
 */
public final class CssInliner {

  /** Pseudo-classes that describe the document's structure, which jsoup can match. */
  private static final Set<String> STRUCTURAL =
      Set.of(
          ":first-child",
          ":last-child",
          ":only-child",
          ":first-of-type",
          ":last-of-type",
          ":only-of-type",
          ":empty",
          ":root");

  private static final CSSWriterSettings WRITER = new CSSWriterSettings().setOptimizedOutput(true);

  private CssInliner() {}

  /** The document with its style sheets' rules inlined; HTML without a style sheet is unchanged. */
  public static String inline(String html) {
    Document doc = Jsoup.parse(html);
    List<Element> styles = doc.select("style");
    if (styles.isEmpty()) {
      return html;
    }
    Map<Element, List<Applied>> matches = new IdentityHashMap<>();
    int order = 0;
    for (Element style : styles) {
      CascadingStyleSheet sheet = CSSReader.readFromString(style.data());
      if (sheet == null) {
        continue; // not CSS we understand: leave it for the clients
      }
      CascadingStyleSheet kept = new CascadingStyleSheet();
      for (ICSSTopLevelRule rule : sheet.getAllRules()) {
        if (!(rule instanceof CSSStyleRule styleRule) || !inlinable(styleRule)) {
          kept.addRule(rule);
          continue;
        }
        for (CSSSelector selector : styleRule.getAllSelectors()) {
          int specificity = specificity(selector);
          for (Element element : select(doc, selector)) {
            for (CSSDeclaration d : styleRule.getAllDeclarations()) {
              matches
                  .computeIfAbsent(element, e -> new ArrayList<>())
                  .add(new Applied(d, specificity, order++));
            }
          }
        }
      }
      if (kept.getRuleCount() == 0) {
        style.remove();
      } else {
        style.text(new CSSWriter(WRITER).setWriteHeaderText(false).getCSSAsString(kept));
      }
    }
    matches.forEach(CssInliner::apply);
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml();
  }

  private record Applied(CSSDeclaration declaration, int specificity, int order) {
    boolean important() {
      return declaration.isImportant();
    }
  }

  private static final Comparator<Applied> CASCADE =
      Comparator.comparing(Applied::important)
          .thenComparingInt(Applied::specificity)
          .thenComparingInt(Applied::order);

  /** The winning value of each property, then the element's own declarations on top. */
  private static void apply(Element element, List<Applied> applied) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> important = new java.util.HashSet<>();
    applied.stream()
        .sorted(CASCADE)
        .forEach(
            a -> {
              String property = a.declaration().getProperty().toLowerCase(Locale.ROOT);
              values.remove(property); // keep the cascade's order in the attribute
              values.put(property, a.declaration().getExpressionAsCSSString());
              if (a.important()) {
                important.add(property);
              }
            });
    for (Map.Entry<String, String> own : ownDeclarations(element).entrySet()) {
      if (!important.contains(own.getKey())) {
        values.remove(own.getKey());
        values.put(own.getKey(), own.getValue());
      }
    }
    StringBuilder style = new StringBuilder();
    values.forEach((p, v) -> style.append(p).append(':').append(v).append(';'));
    element.attr("style", style.toString());
  }

  private static Map<String, String> ownDeclarations(Element element) {
    Map<String, String> own = new LinkedHashMap<>();
    String style = element.attr("style");
    if (style.isBlank()) {
      return own;
    }
    var declarations = CSSReaderDeclarationList.readFromString(style);
    if (declarations == null) {
      return own;
    }
    for (CSSDeclaration d : declarations.getAllDeclarations()) {
      own.put(d.getProperty().toLowerCase(Locale.ROOT), d.getExpressionAsCSSString());
    }
    return own;
  }

  private static List<Element> select(Document doc, CSSSelector selector) {
    try {
      return doc.select(selector.getAsCSSString(WRITER, 0));
    } catch (Selector.SelectorParseException e) {
      return List.of();
    }
  }

  /** Whether every selector of the rule describes elements, not states or parts of them. */
  private static boolean inlinable(CSSStyleRule rule) {
    for (CSSSelector selector : rule.getAllSelectors()) {
      for (ICSSSelectorMember member : selector.getAllMembers()) {
        if (member instanceof CSSSelectorSimpleMember simple
            && simple.isPseudo()
            && !STRUCTURAL.contains(simple.getValue().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The selector's specificity as one number: ids × 10,000 + classes, attributes and pseudo-classes
   * × 100 + element names (no real sheet has 100 of one kind in a selector).
   */
  static int specificity(CSSSelector selector) {
    int specificity = 0;
    for (ICSSSelectorMember member : selector.getAllMembers()) {
      if (member instanceof CSSSelectorSimpleMember simple) {
        if (simple.isHash()) {
          specificity += 10_000;
        } else if (simple.isClass() || simple.isPseudo()) {
          specificity += 100;
        } else if (simple.isElementName() && !simple.getValue().equals("*")) {
          specificity += 1;
        }
      } else if (member instanceof CSSSelectorAttribute
          || member instanceof CSSSelectorMemberFunctionLike) {
        specificity += 100;
      } else if (member instanceof CSSSelectorMemberNot not) {
        specificity +=
            not.getAllSelectors().stream().mapToInt(CssInliner::specificity).max().orElse(0);
      }
    }
    return specificity;
  }
}
