package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMetadataExtractorTest {

  private final PageMetadataExtractor extractor = new PageMetadataExtractor();

  private static String page(String name) {
    return new String(TestWebServer.resource("/curation/pages/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void dutchNewsArticlePrefersOpenGraph() {
    URI url =
        URI.create(
            "https://www.dagbladdepolder.nl/regio/zwolle/warmtenet-zwolle-breidt-uit~a8123/");

    PageMetadata meta = extractor.extract(page("nieuws-artikel-og.html"), url);

    assertThat(meta.title())
        .isEqualTo("Warmtenet Zwolle breidt uit: ook Assendorp & Diezerpoort aangesloten");
    assertThat(meta.description())
        .isEqualTo(
            "Het warmtenet in Zwolle groeit de komende drie jaar met 4.000 woningen. Gemeente en"
                + " netbeheerder investeren samen € 38 miljoen; bewoners betalen ‘niet meer dan nu’.");
    assertThat(meta.imageUrl())
        .isEqualTo(
            "https://images.dagbladdepolder.nl/v2/warmtenet-zwolle.jpg?width=1200&height=630");
    assertThat(meta.siteName()).isEqualTo("Dagblad De Polder");
    assertThat(meta.language()).isEqualTo("nl-NL");
    assertThat(meta.primaryLanguage()).isEqualTo("nl");
    assertThat(meta.canonicalUrl())
        .isEqualTo(
            "https://www.dagbladdepolder.nl/regio/zwolle/warmtenet-zwolle-breidt-uit~a8123/");
  }

  @Test
  void blogWithOnlyJsonLdFollowsGraphReferences() {
    URI url = URI.create("https://energieblog.example/tips-linkedin-post/?utm_source=nieuwsbrief");

    PageMetadata meta = extractor.extract(page("blog-alleen-jsonld.html"), url);

    assertThat(meta.title()).isEqualTo("Vijf tips voor je eerste LinkedIn-post als medewerker");
    assertThat(meta.description())
        .isEqualTo(
            "Twijfel je over wat je deelt? Met deze vijf tips schrijf je een post waar je collega's"
                + " graag op reageren.");
    assertThat(meta.imageUrl())
        .isEqualTo("https://energieblog.example/wp-content/uploads/2024/02/linkedin.jpg");
    assertThat(meta.siteName()).isEqualTo("Het Energieblog");
    assertThat(meta.language()).isEqualTo("nl-NL");
    assertThat(meta.canonicalUrl()).isEqualTo("https://energieblog.example/tips-linkedin-post/");
  }

  @Test
  void pageWithOnlyATitle() {
    URI url = URI.create("http://www.groenendoen.example/jaarverslag/");

    PageMetadata meta = extractor.extract(page("alleen-title.html"), url);

    assertThat(meta.title()).isEqualTo("Jaarverslag 2023 – Stichting Groen&Doen");
    assertThat(meta.description()).isNull();
    assertThat(meta.imageUrl()).isNull();
    assertThat(meta.language()).isNull();
    assertThat(meta.siteName()).isEqualTo("groenendoen.example");
    assertThat(meta.canonicalUrl()).isEqualTo("http://www.groenendoen.example/jaarverslag/");
  }

  @Test
  void relativeImageAndCanonicalBecomeAbsoluteAndDataUrlsAreSkipped() {
    URI url = URI.create("https://www.energieadvies.example/en/articles/heat-pumps?ref=home");

    PageMetadata meta = extractor.extract(page("relatieve-urls.html"), url);

    assertThat(meta.imageUrl()).isEqualTo("https://www.energieadvies.example/media/heat-pump.jpg");
    assertThat(meta.canonicalUrl())
        .isEqualTo("https://www.energieadvies.example/en/heat-pumps-old-houses");
    assertThat(meta.description())
        .isEqualTo("Insulate first, then size the pump: lessons from 120 homes built before 1940.");
    assertThat(meta.language()).isEqualTo("en");
  }

  @Test
  void brokenJsonLdIsRepairedOrSkippedWithoutLosingTheRest() {
    URI url = URI.create("https://werkenbij.polderlicht.example/vacatures/monteur");

    PageMetadata meta = extractor.extract(page("kapotte-jsonld.html"), url);

    assertThat(meta.title()).isEqualTo("Vacature: monteur zonnepanelen");
    assertThat(meta.description())
        .isEqualTo("Werken bij Polderlicht: monteur zonnepanelen in Friesland en Groningen");
    assertThat(meta.imageUrl())
        .isEqualTo("https://werkenbij.polderlicht.example/img/vacature-monteur.jpg");
    assertThat(meta.language()).isEqualTo("nl");
  }

  @Test
  void capsLongTextsAtAWordBoundary() {
    String longTitle = "Woord ".repeat(100);
    String longDescription = "Zin met woorden. ".repeat(300);
    String html =
        "<html><head><title>"
            + longTitle
            + "</title><meta name=description content=\""
            + longDescription
            + "\"></head></html>";

    PageMetadata meta = extractor.extract(html, URI.create("https://example.test/"));

    assertThat(meta.title()).hasSizeLessThanOrEqualTo(300).endsWith("Woord…");
    assertThat(meta.description()).hasSizeLessThanOrEqualTo(2000).endsWith("…");
  }

  @Test
  void stripsHtmlAndDoubleEncodedEntitiesFromMetaContent() {
    String html =
        "<html><head><meta property='og:title' content='&lt;b&gt;Groei&lt;/b&gt; &amp;amp; bloei'>"
            + "<meta property='og:image' content='javascript:alert(1)'>"
            + "<meta name='twitter:image' content='ftp://files.example.test/a.jpg'>"
            + "</head></html>";

    PageMetadata meta = extractor.extract(html, URI.create("https://example.test/a"));

    assertThat(meta.title()).isEqualTo("Groei & bloei");
    assertThat(meta.imageUrl()).isNull();
  }

  @Test
  void decodesAFetchedPageByItsMetaCharsetAndReadsTheLanguageHeader() throws Exception {
    try (TestWebServer server = new TestWebServer()) {
      server.serve(
          "/cafe", "text/html", TestWebServer.resource("/curation/pages/windows-1252.html"));
      byte[] latin1 =
          "<html><head><title>Één café</title></head></html>".getBytes(StandardCharsets.ISO_8859_1);
      server.route(
          "/mislabelled",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Language", "nl-BE");
            TestWebServer.respond(exchange, 200, "text/html; charset=utf-8", latin1);
          });
      SafeFetcher fetcher =
          new SafeFetcher(
              FetchPolicy.forPages("127.0.0.1"), host -> List.of(InetAddress.getLoopbackAddress()));

      PageMetadata cafe = extractor.extract(fetcher.fetch(server.url("/cafe")));
      PageMetadata mislabelled = extractor.extract(fetcher.fetch(server.url("/mislabelled")));

      assertThat(cafe.title()).isEqualTo("Café De Zwaan – “gezellig” sinds 1887");
      assertThat(cafe.description()).isEqualTo("Het café aan de Gracht, met € 5 koffie.");
      assertThat(cafe.language()).isEqualTo("nl");
      assertThat(mislabelled.title()).isEqualTo("Één café");
      assertThat(mislabelled.language()).isEqualTo("nl-BE");
    }
  }
}
