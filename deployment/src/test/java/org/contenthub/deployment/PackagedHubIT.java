package org.contenthub.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The hub as a newcomer meets it: {@code java -jar content-hub.jar} on a fresh data directory,
 * healthy, with demo content and a generated administrator password on the console, usable in a
 * real Chromium, and stopping cleanly.
 */
class PackagedHubIT {

  private static RunningHub hub;
  private static com.sun.net.httpserver.HttpServer intranet;
  private Chromium chromium;
  private WebDriver browser;

  @BeforeAll
  static void startTheJar() throws Exception {
    // An intranet page on another origin that embeds the widget, under its own strict CSP.
    intranet =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    intranet.start();
    String intranetOrigin = "http://127.0.0.1:" + intranet.getAddress().getPort();
    hub = RunningHub.start(Map.of("HUB_FRAME_ANCESTORS", "'self' " + intranetOrigin));
    String widget = "http://localhost:" + hub.port + "/widget?n=3&channel=blog";
    intranet.createContext(
        "/",
        exchange -> {
          byte[] page =
              ("<!doctype html><html lang=\"nl\"><head><title>Intranet</title></head><body>"
                      + "<h1>Intranet van Polderlicht</h1>"
                      + "<iframe id=\"hub-widget\" title=\"Nieuws uit de hub\" src=\""
                      + widget
                      + "\" width=\"360\" height=\"320\"></iframe>"
                      + "</body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange
              .getResponseHeaders()
              .add(
                  "Content-Security-Policy",
                  "default-src 'none'; frame-src http://localhost:" + hub.port);
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    System.out.printf(
        "content-hub.jar: /health UP after %.1f s, resident memory %d MiB%n",
        hub.startup.toMillis() / 1000.0, hub.residentMemoryMiB());
  }

  @AfterAll
  static void stopsCleanly() throws Exception {
    intranet.stop(0);
    assertThat(hub.stop(Duration.ofSeconds(60)))
        .as("the hub ends within a minute of SIGTERM")
        .isTrue();
  }

  @Test
  void healthReportsTheRealChecks() throws Exception {
    HttpResponse<String> health = get("health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"database\"", "\"search-index\"", "\"mail\"")
        .doesNotContain("DOWN");
    assertThat(hub.dataDir.resolve("db")).isDirectory();
    assertThat(hub.dataDir.resolve("index")).isDirectory();
  }

  @Test
  void theConsoleSaysWhereToGoAndTheGeneratedAdminPasswordWorks() throws Exception {
    String console = hub.consoleText();
    assertThat(console).contains("Content Hub is ready: http://localhost:" + hub.port + "/");
    Matcher password = Pattern.compile("Log in as 'admin' with password: (\\S+)").matcher(console);
    assertThat(password.find()).as("the generated password is printed").isTrue();
    assertThat(get("api/v1/items", "admin:" + password.group(1)).statusCode()).isEqualTo(200);
    assertThat(get("api/v1/items", "admin:not-it").statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    HttpResponse<String> home = get("", null);
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    HttpResponse<String> login = get("login", null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<form", "name=\"_csrf\"");
  }

  @Test
  void theAtomFeedIsValidAtomWithOnlyPublicItemsForAnonymousReaders() throws Exception {
    HttpResponse<String> atom = get("feed.atom", null);
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    javax.xml.parsers.DocumentBuilderFactory factory =
        javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document feed =
        factory
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
    String atomNs = "http://www.w3.org/2005/Atom";
    assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atomNs);
    for (String required : List.of("id", "title", "updated", "author")) {
      assertThat(feed.getElementsByTagNameNS(atomNs, required).getLength())
          .as(required)
          .isPositive();
    }
    org.w3c.dom.NodeList entries = feed.getElementsByTagNameNS(atomNs, "entry");
    assertThat(entries.getLength()).isPositive();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      for (String required : List.of("id", "title", "updated", "link")) {
        assertThat(entry.getElementsByTagNameNS(atomNs, required).getLength())
            .as("entry %s", required)
            .isPositive();
      }
    }
    assertThat(atom.body())
        .contains("Zo bespaart de gemeente Houten")
        .doesNotContain("Daan wint de interne innovatieprijs");
    assertThat(get("feed.atom?channel=vacancy", null).body())
        .contains("Servicemonteur")
        .doesNotContain("Houten");
    assertThat(get("feed.atom", "sanne:welkom-demo").body())
        .contains("Daan wint de interne innovatieprijs");
  }

  @Test
  void theWidgetShowsTheLatestItemsInsideAPageOfAnotherOrigin() throws Exception {
    browser.get("http://127.0.0.1:" + intranet.getAddress().getPort() + "/");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Intranet van Polderlicht");
    chromium.screenshot("widget-host");
    browser.switchTo().frame("hub-widget");
    chromium.await().until(d -> !d.findElements(By.cssSelector(".widget-list li")).isEmpty());
    assertThat(chromium.texts(".widget-channel")).isNotEmpty().allMatch("Blog"::equals);
    assertThat(chromium.texts(".widget-list li")).hasSizeLessThanOrEqualTo(3);
    assertThat(chromium.texts(".widget-title"))
        .contains("Zo bespaart de gemeente Houten 40% op straatverlichting");
    browser.switchTo().defaultContent();
  }

  @BeforeEach
  void openBrowser() {
    chromium = Chromium.open(1000);
    browser = chromium.driver;
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aColleagueLogsInFiltersTheFeedAndSwitchesLanguage() throws Exception {
    browser.get(hub.uri("").toString());
    assertThat(browser.getCurrentUrl()).contains("/login");
    chromium.assertAccessible("login");
    chromium.screenshot("login");

    browser.findElement(By.id("username")).sendKeys("sanne");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

    chromium.await().until(d -> d.findElements(By.cssSelector(".cards .card")).size() > 5);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wat er speelt");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    List<String> channels = chromium.texts(".card .badge[class*=ch-]");
    assertThat(channels).contains("Blog", "LinkedIn", "Persbericht", "Vacature", "Van het web");
    assertThat(browser.getPageSource())
        .doesNotContain("Planning onderhoud lichtlab", "Concept: jaaroverzicht");
    chromium.assertAccessible("feed");
    chromium.screenshot("feed");

    // Filtering swaps only the list (htmx), and the address follows.
    new Select(browser.findElement(By.id("f-channel"))).selectByVisibleText("LinkedIn");
    chromium.await().until(d -> d.getCurrentUrl().contains("channel=linkedin"));
    chromium
        .await()
        .until(
            d -> chromium.texts(".card .badge[class*=ch-]").stream().allMatch("LinkedIn"::equals));
    assertThat(chromium.texts(".card .card-title"))
        .contains("We zoeken collega’s die het licht aan willen houden");
    chromium.screenshot("feed-linkedin");

    browser.findElement(By.cssSelector(".card .card-title a")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("/items/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    chromium.screenshot("item");

    // Search from the header: Dutch stemming finds the plural, matches are marked, facets refine.
    browser.findElement(By.id("site-search")).sendKeys("lantaarnpaal\n");
    chromium.await().until(d -> d.getCurrentUrl().contains("/search"));
    assertThat(chromium.texts(".hit h2"))
        .contains("Zo bespaart de gemeente Houten 40% op straatverlichting");
    browser.get(hub.uri("search?q=innovatie").toString());
    assertThat(browser.findElements(By.cssSelector(".snippet mark, .hit mark"))).isNotEmpty();
    chromium.assertAccessible("search");
    chromium.screenshot("search");
    browser.findElement(By.cssSelector(".facet a[href*='channel=internal']")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("channel=internal"));
    assertThat(chromium.texts(".hit h2")).contains("Daan wint de interne innovatieprijs");

    // Another department's notice and the editors' draft stay out of sight, also when asked for.
    browser.get(hub.uri("?channel=internal").toString());
    assertThat(chromium.texts(".card .card-title")).contains("Daan wint de interne innovatieprijs");
    assertThat(browser.getPageSource()).doesNotContain("Planning onderhoud lichtlab");
    browser.get(hub.uri("?channel=blog").toString());
    assertThat(browser.getPageSource()).doesNotContain("Concept: jaaroverzicht");

    browser.findElement(By.cssSelector("a.lang-switch")).click();
    chromium
        .await()
        .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    browser.get(hub.uri("").toString());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What is happening");
    assertThat(chromium.texts(".card .badge[class*=ch-]")).contains("Press release");
    chromium.screenshot("feed-en");
  }

  @Test
  void aWrongPasswordShowsAReadableMessageAndAnExpertSeesTheirDepartment() {
    browser.get(hub.uri("login").toString());
    browser.findElement(By.id("username")).sendKeys("daan");
    browser.findElement(By.id("password")).sendKeys("verkeerd");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium
        .await()
        .until(
            d ->
                chromium.texts("[role=alert]").stream()
                    .anyMatch(t -> t.contains("kennen we niet")));

    browser.findElement(By.id("username")).sendKeys("daan");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium.await().until(d -> d.findElements(By.cssSelector(".cards .card")).size() > 5);
    browser.get(hub.uri("?channel=internal").toString());
    assertThat(chromium.texts(".card .card-title"))
        .contains("Planning onderhoud lichtlab in december");
  }

  @Test
  void anEditorEntersALinkedInPostByHandWithSuggestedTags() throws Exception {
    browser.get(hub.uri("login?next=/admin/posts").toString());
    browser.findElement(By.id("username")).sendKeys("eva");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("/admin/posts"));
    chromium.assertAccessible("post entry");
    new Select(browser.findElement(By.id("post-channel"))).selectByVisibleText("LinkedIn");
    browser
        .findElement(By.id("post-text"))
        .sendKeys("Trots op ons team in Houten!\n\nDe nieuwe <armaturen> branden.");
    browser.findElement(By.id("post-tags")).sendKeys("innov");
    chromium
        .await()
        .until(
            d ->
                !d.findElements(By.cssSelector("#post-tags-known option[value='innovatie']"))
                    .isEmpty());
    browser.findElement(By.id("post-tags")).sendKeys("atie");
    chromium.screenshot("post-entry");
    browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
    chromium.await().until(d -> d.getCurrentUrl().matches(".*/items/\\d+$"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Trots op ons team in Houten!");
    assertThat(browser.findElement(By.cssSelector(".item-body")).getText())
        .contains("De nieuwe <armaturen> branden.");
    assertThat(chromium.texts(".tags a")).contains("#innovatie");

    browser.get(hub.uri("curate").toString());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Artikel toevoegen");
    chromium.assertAccessible("curation");
    chromium.screenshot("curate");
    browser.get(hub.uri("admin/feeds").toString());
    chromium.assertAccessible("feeds");
    chromium.screenshot("feeds");
  }

  @Test
  void aColleagueSharesAnItemWithAPersonalTrackedLink() throws Exception {
    browser.get(hub.uri("login").toString());
    browser.findElement(By.id("username")).sendKeys("sanne");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium.await().until(d -> d.findElements(By.cssSelector(".cards .card")).size() > 5);
    browser
        .findElement(By.linkText("Zo bespaart de gemeente Houten 40% op straatverlichting"))
        .click();
    chromium.await().until(d -> !d.findElements(By.id("share")).isEmpty());
    WebElement text = browser.findElement(By.id("share-text"));
    text.clear();
    text.sendKeys("Mooi resultaat van mijn collega's in Houten!");
    chromium.assertAccessible("item with sharing");
    browser.findElement(By.cssSelector(".share-buttons button[value=copy]")).click();
    chromium.await().until(d -> !d.findElements(By.cssSelector("#share-result input")).isEmpty());
    String tracked =
        browser.findElement(By.cssSelector("#share-result input")).getAttribute("value");
    chromium.screenshot("share");
    assertThat(tracked).startsWith("http://localhost:" + hub.port + "/s/");

    HttpResponse<String> click =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(java.net.URI.create(tracked))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(click.statusCode()).isEqualTo(302);
    assertThat(click.headers().firstValue("Location"))
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .contains("/items/", "utm_source=copy", "utm_medium=employee-advocacy"));
  }

  @Test
  void communicationStaffGiveTheirNetworkSizeAndReadTheDashboard() throws Exception {
    browser.get(hub.uri("login?next=/me").toString());
    browser.findElement(By.id("username")).sendKeys("fatima");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium.await().until(d -> !d.findElements(By.id("consent-heading")).isEmpty());
    if (browser.findElements(By.id("sizes-heading")).isEmpty()) {
      browser.findElement(By.cssSelector("form[action='/me/consent'] button")).click();
      chromium.await().until(d -> !d.findElements(By.id("sizes-heading")).isEmpty());
    }
    WebElement linkedin = browser.findElement(By.id("size-linkedin"));
    linkedin.clear();
    linkedin.sendKeys("400");
    browser.findElement(By.cssSelector("form[action='/me/network-sizes'] button")).click();
    chromium
        .await()
        .until(d -> !d.findElements(By.cssSelector("#sizes-heading ~ .notice")).isEmpty());
    assertThat(browser.findElement(By.id("size-linkedin")).getAttribute("value")).isEqualTo("400");
    chromium.assertAccessible("me with measurement");

    browser.get(hub.uri("analytics").toString());
    chromium.await().until(d -> !d.findElements(By.cssSelector("svg.chart")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("svg.chart title")).getAttribute("textContent"))
        .startsWith("Kliks en keren gedeeld van ");
    assertThat(browser.findElements(By.cssSelector("#time-table tbody tr"))).hasSize(30);
    assertThat(browser.findElements(By.id("people-table"))).hasSize(1);
    chromium.assertAccessible("analytics");
    chromium.screenshot("analytics");
  }

  @Test
  void aColleagueEnrolsInAChallengeWithConsentAndReportsTheirContacts() throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(hub.uri("api/v1/challenges"))
                    .header("Authorization", basic("fatima:welkom-demo"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ("{\"title\": \"Groei je netwerk\", \"description\": \"Samen"
                                    + " groeien op LinkedIn\", \"startDate\": \"%s\", \"weeks\": 4,"
                                    + " \"networks\": [\"linkedin\"]}")
                                .formatted(java.time.LocalDate.now().minusDays(3))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String path = created.headers().firstValue("Location").orElseThrow();
    String id = path.substring(path.lastIndexOf('/') + 1);

    browser.get(hub.uri("login?next=/challenges/" + id).toString());
    browser.findElement(By.id("username")).sendKeys("daan");
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium.await().until(d -> !d.findElements(By.id("enrol-heading")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Groei je netwerk");
    chromium.assertAccessible("challenge before enrolling");

    browser.findElement(By.id("consent")).click();
    browser
        .findElement(By.cssSelector("form[action='/challenges/" + id + "/enrol'] button"))
        .click();
    chromium.await().until(d -> d.getCurrentUrl().endsWith("done=enrolled"));
    assertThat(browser.findElements(By.id("report-heading"))).hasSize(1);
    WebElement contacts = browser.findElement(By.id("contacts-linkedin"));
    contacts.clear();
    contacts.sendKeys("321");
    browser
        .findElement(By.cssSelector("form[action='/challenges/" + id + "/report'] button"))
        .click();
    chromium.await().until(d -> d.getCurrentUrl().endsWith("done=reported"));
    assertThat(browser.findElement(By.id("contacts-linkedin")).getAttribute("value"))
        .as("the report is kept and shown again")
        .isEqualTo("321");
    chromium.assertAccessible("challenge as a participant");
    chromium.screenshot("challenge");

    browser.get(hub.uri("challenges").toString());
    chromium.await().until(d -> d.getPageSource().contains("Groei je netwerk"));
    chromium.assertAccessible("challenges");
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(hub.uri(path));
    if (credentials != null) {
      request.header("Authorization", basic(credentials));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
