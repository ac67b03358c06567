package org.contenthub.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.contenthub.web.curation.TestWebServer;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private static byte[] sample(String name) {
    return TestWebServer.resource("/feeds/" + name);
  }

  private ParsedFeed parse(String name, String url) throws FeedException {
    return parser.parse(sample(name), null, URI.create(url));
  }

  @Test
  void wordpressRss2WithItsUsualQuirks() throws Exception {
    ParsedFeed feed = parse("wordpress-rss2.xml", "https://blog.polderlicht.example/feed/");

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("Polderlicht Blog");
    assertThat(feed.language()).isEqualTo("nl-NL");
    assertThat(feed.entries()).hasSize(5);
    assertThat(feed.warnings())
        .containsExactly("1 entry repeats an earlier guid; the first was kept.");

    FeedEntry school = feed.entries().get(0);
    assertThat(school.guid()).isEqualTo("https://blog.polderlicht.example/?p=4711");
    assertThat(school.title()).isEqualTo("Zonnepanelen op elk schooldak in Zwolle");
    assertThat(school.link())
        .isEqualTo(
            "https://blog.polderlicht.example/2024/03/zonnepanelen-schooldak/"
                + "?utm_source=rss&utm_medium=rss&utm_campaign=zonnepanelen-schooldak");
    assertThat(school.canonicalLink())
        .isEqualTo("https://blog.polderlicht.example/2024/03/zonnepanelen-schooldak");
    assertThat(school.author()).isEqualTo("Sanne Bakker");
    assertThat(school.categories()).containsExactly("Projecten", "Onderwijs");
    assertThat(school.published()).isEqualTo(Instant.parse("2024-03-12T08:00:00Z"));
    assertThat(school.updated()).isNull();
    assertThat(school.imageUrl())
        .as("media:content image before the first image of the text; audio enclosure skipped")
        .isEqualTo("https://blog.polderlicht.example/wp-content/uploads/2024/03/schooldak.jpg");
    assertThat(school.summaryHtml())
        .contains("href=\"https://blog.polderlicht.example/2024/03/zonnepanelen-schooldak/\"")
        .doesNotContain("<script", "onerror");
    assertThat(school.summaryText())
        .startsWith("Alle 23 basisscholen krijgen panelen. Lees het hele verhaal…");

    FeedEntry cheese = feed.entries().get(1);
    assertThat(cheese.title())
        .as("bare ampersand repaired")
        .isEqualTo("Kaas & Co kiest voor groene stroom");
    assertThat(cheese.summaryText()).isEqualTo("Café & kaasmakerij in Gouda: 120 panelen.");
    assertThat(cheese.imageUrl())
        .isEqualTo("https://blog.polderlicht.example/wp-content/uploads/2024/03/kaas.png");
    assertThat(cheese.published()).as("no pubDate: the caller decides").isNull();

    FeedEntry office = feed.entries().get(2);
    assertThat(office.link())
        .as("permalink guid as link")
        .isEqualTo("https://blog.polderlicht.example/2024/03/leeuwarden/");
    assertThat(office.canonicalLink())
        .isEqualTo("https://blog.polderlicht.example/2024/03/leeuwarden");
    assertThat(office.published()).as("a date nobody can parse counts as missing").isNull();

    FeedEntry notice = feed.entries().get(3);
    assertThat(notice.link()).isNull();
    assertThat(notice.canonicalLink()).isNull();
    assertThat(notice.title()).startsWith("Korte mededeling zonder titel en zonder link");
    assertThat(notice.guid()).startsWith("sha256:");
    assertThat(notice.published()).isEqualTo(Instant.parse("2024-03-08T15:30:00Z"));

    FeedEntry relative = feed.entries().get(4);
    assertThat(relative.link()).isEqualTo("https://blog.polderlicht.example/2024/03/relatief/");
    assertThat(relative.imageUrl())
        .isEqualTo("https://blog.polderlicht.example/2024/03/relatief/img/relatief.jpg");
    assertThat(relative.author()).isEqualTo("Redactie Polderlicht");
  }

  @Test
  void atomWithXmlBaseHtmlTitlesAndOnlyAnUpdatedDate() throws Exception {
    ParsedFeed feed =
        parse("newsroom-atom.xml", "https://newsroom.polderlicht.example/en/atom.xml");

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.entries()).hasSize(2);

    FeedEntry press = feed.entries().get(0);
    assertThat(press.guid()).isEqualTo("tag:newsroom.polderlicht.example,2024:press-17");
    assertThat(press.title()).isEqualTo("Polderlicht doubles solar output & hires 40");
    assertThat(press.link())
        .isEqualTo("https://newsroom.polderlicht.example/en/press/2024/solar-output");
    assertThat(press.published()).isEqualTo(Instant.parse("2024-03-12T08:00:00Z"));
    assertThat(press.updated()).isEqualTo(Instant.parse("2024-03-12T09:00:00Z"));
    assertThat(press.author()).isEqualTo("Press office, Marieke Jansen");
    assertThat(press.categories()).containsExactly("press-release", "solar");
    assertThat(press.imageUrl())
        .isEqualTo("https://newsroom.polderlicht.example/media/solar-output.jpg");
    assertThat(press.summaryText()).isEqualTo("Output up 104 % in 2023. <Not markup> but text.");
    assertThat(press.summaryHtml()).contains("&lt;Not markup&gt;");

    FeedEntry vacancy = feed.entries().get(1);
    assertThat(vacancy.link())
        .isEqualTo("https://werkenbij.polderlicht.example/vacatures/installer#apply");
    assertThat(vacancy.canonicalLink())
        .isEqualTo("https://werkenbij.polderlicht.example/vacatures/installer");
    assertThat(vacancy.published()).isNull();
    assertThat(vacancy.updated()).isEqualTo(Instant.parse("2024-03-10T08:00:00Z"));
    assertThat(vacancy.summaryText()).isEqualTo("Join our team in Friesland.");
    assertThat(vacancy.imageUrl()).isEqualTo("https://newsroom.polderlicht.example/media/team.jpg");
  }

  @Test
  void youtubeThumbnailFromMediaGroup() throws Exception {
    ParsedFeed feed =
        parse(
            "youtube-atom.xml",
            "https://www.youtube.com/feeds/videos.xml?channel_id=UCpolderlicht");

    FeedEntry video = feed.entries().get(0);
    assertThat(video.guid()).isEqualTo("yt:video:AbC123xyz");
    assertThat(video.link()).isEqualTo("https://www.youtube.com/watch?v=AbC123xyz");
    assertThat(video.imageUrl()).isEqualTo("https://i1.ytimg.com/vi/AbC123xyz/hqdefault.jpg");
    assertThat(video.author()).isEqualTo("Polderlicht");
  }

  @Test
  void rss10WithDublinCore() throws Exception {
    ParsedFeed feed = parse("rss10-rdf.xml", "https://gemeente.example/nieuws/rss");

    assertThat(feed.format()).isEqualTo("rss_1.0");
    FeedEntry entry = feed.entries().get(0);
    assertThat(entry.guid()).isEqualTo("https://gemeente.example/nieuws/subsidie-zonnepanelen");
    assertThat(entry.published()).isEqualTo(Instant.parse("2024-03-05T13:30:00Z"));
    assertThat(entry.author()).isEqualTo("Afdeling Communicatie");
    assertThat(entry.categories()).containsExactly("Duurzaamheid");
  }

  @Test
  void rss091WithDoctypeInLatin1() throws Exception {
    ParsedFeed feed =
        parse("rss091-netscape-latin1.xml", "http://www.zuidwolde-energie.example/rss.xml");

    assertThat(feed.format()).startsWith("rss_0.91");
    assertThat(feed.title()).isEqualTo("Energiecoöperatie Zuidwolde");
    FeedEntry entry = feed.entries().get(0);
    assertThat(entry.title()).isEqualTo("Algemene ledenvergadering: café De Zwaan");
    assertThat(entry.summaryText()).isEqualTo("Op 3 april in café De Zwaan. Entree € 0,-");
    assertThat(entry.link())
        .isEqualTo("http://www.zuidwolde-energie.example/nieuws.php?id=12&sessionid=");
  }

  @Test
  void wrongEncodingDeclarationsAreCorrected() throws Exception {
    FeedEntry latin1 =
        parse("latin1-declared-as-utf8.xml", "https://vehnoord.example/feed").entries().get(0);
    FeedEntry utf8 =
        parse("utf8-declared-as-latin1.xml", "https://een.example/feed").entries().get(0);
    FeedEntry bom = parse("bom-and-controls.xml", "https://bom.example/feed").entries().get(0);

    assertThat(latin1.title()).isEqualTo("Isolatie: één keer goed doen, geen café-praat");
    assertThat(latin1.summaryText()).isEqualTo("Privé-advies voor leden.");
    assertThat(utf8.title()).isEqualTo("Überlegungen zur Energiewende – café-editie");
    assertThat(utf8.summaryText()).isEqualTo("„Citaat“ met € teken");
    assertThat(bom.title()).isEqualTo("Zeeuwse zon ☀");
    assertThat(bom.summaryText()).isEqualTo("Controlcharacters weg.");
  }

  @Test
  void theHeaderCharsetIsAHintWhenTheFeedDeclaresNone() throws Exception {
    byte[] body =
        "<rss version=\"2.0\"><channel><title>Zonder declaratie</title><item><title>Café</title><guid>x</guid></item></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);

    ParsedFeed feed = parser.parse(body, "ISO-8859-1", URI.create("https://example.test/feed"));

    assertThat(feed.entries().get(0).title()).isEqualTo("Café");
  }

  @Test
  void malformedXmlGivesTheLine() {
    assertThatThrownBy(() -> parse("malformed.xml", "https://kapot.example/feed"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.MALFORMED);
              assertThat(e.getMessage()).startsWith("The feed is not well-formed XML (line ");
            });
  }

  @Test
  void entityDefinitionsAreNeverExpanded() {
    assertThatThrownBy(() -> parse("billion-laughs.xml", "https://evil.example/feed"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.MALFORMED);
              assertThat(e.getMessage()).doesNotContain("lollol", "root:");
            });
  }

  @Test
  void aWebPageIsNotAFeedButItsFeedIsNamed() {
    assertThatThrownBy(() -> parse("page-not-feed.html", "https://www.polderlicht.example/nieuws/"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.NOT_A_FEED);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "The address serves a web page, not a feed. The page names its feed:"
                          + " https://www.polderlicht.example/nieuws/feed/");
            });
  }

  @Test
  void textBeforeTheXmlDeclarationIsIgnored() throws Exception {
    byte[] body =
        ("\n<b>Warning</b>: Undefined variable $x in <b>/var/www/feed.php</b> on line <b>3</b><br />\n"
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>PHP</title>"
                + "<item><title>Na de waarschuwing</title><guid>p1</guid></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);

    ParsedFeed feed = parser.parse(body, null, URI.create("https://php.example/feed.php"));

    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Na de waarschuwing");
  }

  @Test
  void jsonFeedIsNamedAsSuch() {
    byte[] json =
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"content_html\": \"<p>x</p>\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(json, null, URI.create("https://a.example/feed.json")))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.NOT_A_FEED);
              assertThat(e.getMessage()).contains("JSON");
            });
  }

  @Test
  void otherXmlIsNotAFeed() {
    byte[] sitemap =
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc></url></urlset>"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> parser.parse(sitemap, null, URI.create("https://a.example/sitemap.xml")))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.reason()).isEqualTo(FeedException.Reason.NOT_A_FEED));
  }

  @Test
  void limitsSizeAndNumberOfEntries() throws Exception {
    StringBuilder big = new StringBuilder("<rss version=\"2.0\"><channel><title>Veel</title>");
    for (int i = 0; i < 30; i++) {
      big.append("<item><title>Bericht ")
          .append(i)
          .append("</title><guid>g")
          .append(i)
          .append("</guid></item>");
    }
    big.append("</channel></rss>");
    byte[] body = big.toString().getBytes(StandardCharsets.UTF_8);

    ParsedFeed capped =
        new FeedParser(1024 * 1024, 10).parse(body, null, URI.create("https://a.example/f"));
    assertThat(capped.entries()).hasSize(10);
    assertThat(capped.warnings()).anyMatch(w -> w.contains("more than 10 entries"));

    assertThatThrownBy(
            () -> new FeedParser(1024, 10).parse(body, null, URI.create("https://a.example/f")))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.reason()).isEqualTo(FeedException.Reason.TOO_LARGE));
  }

  @Test
  void fingerprintChangesWithContentNotWithIdentity() {
    FeedEntry entry =
        new FeedEntry(
            "g1",
            "https://a.example/x",
            "https://a.example/x",
            "Titel",
            "<p>Tekst</p>",
            "Tekst",
            null,
            Instant.parse("2024-03-01T00:00:00Z"),
            null,
            "Jan",
            List.of("a", "b"));
    FeedEntry sameContent =
        new FeedEntry(
            "g2",
            "https://a.example/x",
            "https://a.example/x",
            "Titel",
            "<p>Tekst</p>",
            "Tekst",
            null,
            Instant.parse("2024-03-01T00:00:00Z"),
            null,
            "Jan",
            List.of("a", "b"));
    FeedEntry edited =
        new FeedEntry(
            "g1",
            "https://a.example/x",
            "https://a.example/x",
            "Titel (bijgewerkt)",
            "<p>Tekst</p>",
            "Tekst",
            null,
            Instant.parse("2024-03-01T00:00:00Z"),
            null,
            "Jan",
            List.of("a", "b"));
    FeedEntry retagged =
        new FeedEntry(
            "g1",
            "https://a.example/x",
            "https://a.example/x",
            "Titel",
            "<p>Tekst</p>",
            "Tekst",
            null,
            Instant.parse("2024-03-01T00:00:00Z"),
            null,
            "Jan",
            List.of("ab"));

    assertThat(entry.fingerprint()).hasSize(64).isEqualTo(sameContent.fingerprint());
    assertThat(edited.fingerprint()).isNotEqualTo(entry.fingerprint());
    assertThat(retagged.fingerprint()).isNotEqualTo(entry.fingerprint());
  }
}
