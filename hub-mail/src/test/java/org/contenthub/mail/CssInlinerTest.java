package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CssInlinerTest {

  private static Document inlined(String css, String body) {
    return Jsoup.parse(
        CssInliner.inline(
            "<html><head><style>" + css + "</style></head><body>" + body + "</body></html>"));
  }

  @Test
  void rulesBecomeStyleAttributesInCascadeOrder() {
    Document doc =
        inlined(
            "p { margin:0 0 12px 0; color:#111827 } .lead { color:#374151 } td p { margin:4px }"
                + " p.lead { font-size:15px }",
            "<table><tr><td><p class=\"lead\">Hallo</p></td></tr></table><p>Daar</p>");
    // .lead beats p (specificity), td p beats p but not the later p.lead on font-size
    assertThat(doc.select("p.lead").attr("style"))
        .isEqualTo("margin:4px;color:#374151;font-size:15px;");
    assertThat(doc.select("body > p").attr("style")).isEqualTo("margin:0 0 12px 0;color:#111827;");
  }

  @Test
  void theElementsOwnStyleWinsUnlessTheSheetsIsImportant() {
    Document doc =
        inlined(
            ".btn { color:#fff; padding:12px 22px; background:#0b5 !important }",
            "<a class=\"btn\" style=\"color:red;background:blue;mso-line-height-rule:exactly\">Go</a>");
    assertThat(doc.select("a").attr("style"))
        .isEqualTo("padding:12px 22px;background:#0b5;color:red;mso-line-height-rule:exactly;");
  }

  @Test
  void mediaQueriesAndStatesStayInTheStyleSheet() {
    Document doc =
        inlined(
            ".shell { width:600px } a:hover { color:red } p::first-line { font-weight:bold }"
                + " @media only screen and (max-width:620px) { .shell { width:100% !important } }",
            "<table class=\"shell\"><tr><td><a href=\"#\">x</a><p>y</p></td></tr></table>");
    assertThat(doc.select("table").attr("style")).isEqualTo("width:600px;");
    assertThat(doc.select("a").attr("style")).isEmpty();
    String kept = doc.select("style").html();
    assertThat(kept).contains("@media").contains("a:hover").contains("::first-line");
    assertThat(kept).doesNotContain("width:600px");
  }

  @Test
  void aSheetWhollyInlinedIsRemovedAndStructuralSelectorsMatch() {
    Document doc =
        inlined(
            "tr:first-child td { border-top:0 } td { border-top:1px solid #e5e7eb }"
                + " [data-kind=note] { background:#f3f4f6 }",
            "<table><tr><td>a</td></tr><tr><td data-kind=\"note\">b</td></tr></table>");
    assertThat(doc.select("style")).isEmpty();
    assertThat(doc.select("td").get(0).attr("style")).isEqualTo("border-top:0;");
    assertThat(doc.select("td").get(1).attr("style"))
        .isEqualTo("border-top:1px solid #e5e7eb;background:#f3f4f6;");
  }

  @Test
  void htmlWithoutAStyleSheetIsUnchanged() {
    String html = "<p style=\"margin:0\">Beste Anna &amp; Bram,</p>";
    assertThat(CssInliner.inline(html)).isSameAs(html);
  }
}
