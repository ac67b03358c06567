package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.contenthub.web.platform.Branding;
import org.contenthub.web.platform.HubSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The mail's HTML: its style sheet inlined, each recipient's own values in, escaped. */
class NewsletterRendererTest {

  private static final String BRAND = "#aa3300";

  private final NewsletterRenderer renderer = new NewsletterRenderer();

  NewsletterRendererTest() {
    renderer.settings =
        new HubSettings() {
          @Override
          public Branding branding() {
            return new Branding("Polderlicht", Optional.empty(), BRAND);
          }

          @Override
          public String baseUrl() {
            return "https://hub.polderlicht.example";
          }
        };
  }

  private static MailContent content(String template) {
    return new MailContent(
        7L,
        "Polderpost december",
        null,
        "nl",
        template,
        List.of(
            new MailBlock("heading", null, "Nieuw deze maand", null, null, null, null, null),
            new MailBlock(
                "text", null, "Eerste alinea.\n\nTweede alinea.", null, null, null, null, null),
            new MailBlock(
                "item",
                "Fietsen naar het werk",
                "Waarom steeds meer collega's fietsen.",
                "https://hub.polderlicht.example/n/7/1",
                null,
                "https://hub.polderlicht.example/images/fiets.jpg",
                null,
                "Een mooi verhaal van Daan."),
            new MailBlock(
                "button",
                null,
                null,
                "https://hub.polderlicht.example/n/7/2",
                "Naar de hub",
                null,
                null,
                null),
            new MailBlock("divider", null, null, null, null, null, null, null)),
        MailContent.Kind.NEWSLETTER);
  }

  @Test
  void theStyleSheetIsInlinedAndOnlyThePhoneLayoutStays() {
    Document doc =
        Jsoup.parse(
            renderer.html(
                content(MailContent.CARDS),
                new Personalisation(
                    "Anna", "https://hub.polderlicht.example/unsubscribe/t", null, null)));
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("style").html()).contains("@media").doesNotContain(".card {");
    assertThat(doc.selectFirst("h1").attr("style")).contains("font-size:26px");
    assertThat(doc.selectFirst("td.block").attr("style")).contains("font-family:Arial");
    assertThat(doc.selectFirst("p.commentary").attr("style"))
        .contains("font-style:italic")
        .contains("border-left-color:" + BRAND)
        .contains("margin:0 0 8px 0"); // .card p.commentary beats .block p
    assertThat(doc.selectFirst("table.button a").attr("style")).contains("color:#ffffff");
    assertThat(doc.selectFirst("table.shell").attr("style")).contains("width:600px");
  }

  @Test
  void eachRecipientGetsTheirOwnValuesEscaped() {
    MailContent content = content(MailContent.CARDS);
    String anna =
        renderer.html(
            content,
            new Personalisation(
                "Anna & <Bram>",
                "https://hub.polderlicht.example/unsubscribe/a?x=1&y=\"2\"",
                "https://hub.polderlicht.example/newsletters/7",
                "Jouw 3 deelacties brachten 41 kliks.",
                "?r=5.abc"));
    String joost =
        renderer.html(
            content,
            new Personalisation(null, "https://hub.polderlicht.example/unsubscribe/j", null, null));

    Document a = Jsoup.parse(anna);
    assertThat(a.selectFirst("p.greeting").text()).isEqualTo("Beste Anna & <Bram>,");
    assertThat(a.select("bram")).isEmpty();
    assertThat(a.selectFirst("p.greeting").attr("style")).contains("font-size:16px");
    assertThat(a.selectFirst("p.note").text()).isEqualTo("Jouw 3 deelacties brachten 41 kliks.");
    assertThat(a.select("a[href=https://hub.polderlicht.example/unsubscribe/a?x=1&y=\"2\"]"))
        .hasSize(1);
    assertThat(a.selectFirst("td.top a").attr("href"))
        .isEqualTo("https://hub.polderlicht.example/newsletters/7");

    // She consents to measurement: her counted links say so (image, title, read more, button).
    assertThat(a.select("a[href$=?r=5.abc]")).hasSize(4);
    assertThat(a.select("a[href*=/unsubscribe/]").attr("href")).doesNotContain("?r=");
    assertThat(renderer.text(content, new Personalisation(null, "u", null, null, "?r=5.abc")))
        .contains("https://hub.polderlicht.example/n/7/1?r=5.abc")
        .contains("https://hub.polderlicht.example/n/7/2?r=5.abc");

    Document j = Jsoup.parse(joost);
    assertThat(joost).doesNotContain("?r=");
    assertThat(j.select("p.greeting, p.note, td.top a")).isEmpty();
    assertThat(joost).doesNotContain("Anna");
    assertThat(anna + joost).doesNotContain("hubPersonal");
  }

  @Test
  void theLetterTemplateIsSetInASerifFace() {
    Document doc =
        Jsoup.parse(
            renderer.html(
                content(MailContent.LETTER),
                new Personalisation(null, "https://x.example/u", null, null)));
    assertThat(doc.selectFirst("td.block").attr("style")).contains("font-family:Georgia");
    assertThat(doc.selectFirst("p.summary").attr("style")).contains("margin:0 0 6px 0");
    assertThat(doc.select("img")).isEmpty();
  }
}
