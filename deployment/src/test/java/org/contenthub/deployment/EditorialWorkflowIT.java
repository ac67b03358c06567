package org.contenthub.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
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
 * The editorial workflow as its people use it in a real Chromium: a colleague submits a story with
 * a photo, an editor claims and polishes it, the supervisor approves it against the policy
 * checklist, the editor publishes it, and it is on the hub. Every page on the way is checked with
 * axe-core.
 */
class EditorialWorkflowIT {

  /** A small PNG (1×1). */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private static RunningHub hub;
  private Chromium chromium;
  private WebDriver browser;

  @BeforeAll
  static void startTheJar() throws Exception {
    hub = RunningHub.start(Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    hub.stop(Duration.ofSeconds(60));
  }

  @BeforeEach
  void openBrowser() {
    chromium = Chromium.open(1200);
    browser = chromium.driver;
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void submitClaimEditReviewPublish() throws Exception {
    String title = "Ons team plant 200 bomen in Nieuwegein";

    // A colleague submits a story for LinkedIn, with a photo she previews first.
    logIn("sanne", "submit");
    chromium.assertAccessible("submit");
    browser.findElement(By.id("submit-title")).sendKeys(title);
    new Select(browser.findElement(By.id("submit-type"))).selectByVisibleText("Foto");
    new Select(browser.findElement(By.id("submit-channel"))).selectByVisibleText("LinkedIn");
    browser
        .findElement(By.id("submit-body"))
        .sendKeys(
            "Zaterdag plantte ons team bomen langs de Lek.\n\nDe gemeente zorgde voor koffie.");
    Path photo = Files.createTempFile("bomen", ".png");
    Files.write(photo, PNG);
    browser.findElement(By.id("submit-image")).sendKeys(photo.toAbsolutePath().toString());
    chromium
        .await()
        .until(
            d ->
                String.valueOf(d.findElement(By.id("submit-image-preview")).getAttribute("src"))
                    .startsWith("data:image/png"));
    assertThat(browser.findElement(By.cssSelector(".image-preview")).isDisplayed()).isTrue();
    chromium.screenshot("workflow-submit");
    browser.findElement(By.cssSelector("button[value=submit]")).click();
    chromium.await().until(d -> d.getCurrentUrl().matches(".*/submissions/\\d+\\?saved=1$"));
    String detail = browser.getCurrentUrl().replaceAll("\\?.*", "");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(chromium.texts(".badge"))
        .contains("Ingediend", "Foto", "LinkedIn", "Beoordeling nodig");
    assertThat(browser.findElements(By.cssSelector(".submission-photo img"))).hasSize(1);
    assertThat(chromium.texts(".audit-trail li strong")).containsExactly("Aangemaakt", "Indienen");
    chromium.assertAccessible("submission (author)");
    chromium.screenshot("workflow-submitted");

    // The editor claims it from the queue, polishes the text and sends it to review.
    logIn("eva", "calendar");
    assertThat(browser.findElements(By.id("as-topic"))).as("the assignment form").hasSize(1);
    chromium.assertAccessible("calendar (editor)");
    browser.get(hub.uri("workbench/held").toString());
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Van onbekende afzenders");
    chromium.assertAccessible("held messages");
    browser.get(hub.uri("workbench").toString());
    chromium.assertAccessible("workbench");
    new Select(browser.findElement(By.id("wb-state"))).selectByVisibleText("Ingediend");
    browser.findElement(By.cssSelector(".filter-form button")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("state=submitted"));
    WebElement row =
        browser.findElements(By.cssSelector(".submission-table tbody tr")).stream()
            .filter(r -> r.getText().contains(title))
            .findFirst()
            .orElseThrow();
    chromium.screenshot("workflow-workbench");
    row.findElement(By.cssSelector("button[value=claim]")).click();
    chromium.await().until(d -> d.getCurrentUrl().endsWith("/workbench"));
    browser.get(detail);
    assertThat(chromium.texts(".badge")).contains("In redactie");
    WebElement body = browser.findElement(By.id("edit-body"));
    body.clear();
    body.sendKeys(
        "Zaterdag plantten twintig collega’s 200 bomen langs de Lek.\n\nDe gemeente Nieuwegein zorgde voor koffie.");
    browser.findElement(By.cssSelector("#edit-heading ~ form button[type=submit]")).click();
    chromium.await().until(d -> d.getCurrentUrl().endsWith("?saved=1"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("Opgeslagen.");
    assertThat(browser.findElement(By.cssSelector(".rich")).getText())
        .contains("twintig collega’s");
    chromium.assertAccessible("submission (editor)");
    chromium.screenshot("workflow-editing");
    browser.findElement(By.cssSelector(".compare-form button")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("/compare"));
    assertThat(chromium.texts(".diff ins")).anyMatch(t -> t.contains("twintig"));
    assertThat(chromium.texts(".diff del")).isNotEmpty();
    chromium.assertAccessible("compare");
    chromium.screenshot("workflow-compare");
    browser.get(detail);
    // publishing before the review is not offered
    assertThat(browser.findElements(By.cssSelector("button[value=publish]"))).isEmpty();
    browser.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("Klaar voor LinkedIn.");
    browser.findElement(By.cssSelector("button[value=send-to-review]")).click();
    chromium.await().until(d -> chromium.texts(".badge").contains("Ter beoordeling"));

    // The supervisor reviews it against the policy checklist and approves.
    logIn("pieter", "review");
    WebElement card =
        browser.findElements(By.cssSelector(".review-card")).stream()
            .filter(c -> c.getText().contains(title))
            .findFirst()
            .orElseThrow();
    assertThat(card.findElements(By.cssSelector(".policy-checklist input[type=checkbox]")))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(card.getText()).contains("Klaar voor LinkedIn.");
    chromium.assertAccessible("review");
    for (WebElement box : card.findElements(By.cssSelector(".policy-checklist input"))) {
      box.click();
    }
    chromium.screenshot("workflow-review");
    card.findElement(By.cssSelector("button[value=approve]")).click();
    chromium.await().until(d -> d.getCurrentUrl().endsWith("/review"));
    assertThat(browser.getPageSource()).doesNotContain(title);

    // The editor publishes it, and it is on the hub with the photo.
    logIn("eva", detail.replaceAll(".*/submissions/", "submissions/"));
    assertThat(chromium.texts(".badge")).contains("Goedgekeurd");
    browser.findElement(By.cssSelector("button[value=publish]")).click();
    chromium.await().until(d -> chromium.texts(".badge").contains("Gepubliceerd"));
    assertThat(chromium.texts(".audit-trail li strong"))
        .containsSubsequence(
            "Indienen",
            "Oppakken",
            "Tekst bewerkt",
            "Ter beoordeling sturen",
            "Goedkeuren",
            "Nu publiceren");
    chromium.screenshot("workflow-published");
    browser.findElement(By.linkText("Bekijk het bericht op de hub")).click();
    chromium.await().until(d -> d.getCurrentUrl().matches(".*/items/\\d+$"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

    // The author hears of every step: the bell counts, the notices page lists them.
    logIn("sanne", "notices");
    assertThat(chromium.texts(".notice-list li")).anyMatch(t -> t.contains("is gepubliceerd"));
    assertThat(browser.findElement(By.id("notice-bell")).getAttribute("aria-label"))
        .matches("Meldingen: \\d+ ongelezen");
    chromium.assertAccessible("notices");
    chromium.screenshot("workflow-notices");
  }

  @Test
  void aColleagueProposesAnIdeaForAnOpenSlotAndTakesTheCalendarIntoOutlook() throws Exception {
    java.time.LocalDate monday =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    logIn("sanne", "calendar?from=" + monday);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Contentkalender");
    assertThat(chromium.texts(".slot"))
        .anyMatch(t -> t.contains("Klantcase Houten: een jaar slimme verlichting"));
    chromium.assertAccessible("calendar");
    WebElement open =
        browser.findElements(By.cssSelector(".slot.slot-open")).stream().findFirst().orElseThrow();
    String id = open.getAttribute("id");
    open.findElement(By.cssSelector(".slot-propose summary")).click();
    open.findElement(By.cssSelector("input[name=title]")).sendKeys("Reel: een dag in het lichtlab");
    open.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Met Daan als gids.");
    open.findElement(By.cssSelector(".slot-propose button[type=submit]")).click();
    chromium.await().until(d -> d.getCurrentUrl().contains("#" + id));
    WebElement proposed = browser.findElement(By.id(id));
    assertThat(proposed.getText())
        .contains("Voorgesteld", "Reel: een dag in het lichtlab", "Sanne de Vries");
    chromium.screenshot("calendar-proposed");

    browser.findElement(By.cssSelector("form[action='/calendar/subscription'] button")).click();
    chromium.await().until(d -> !d.findElements(By.id("subscription-url")).isEmpty());
    String address = browser.findElement(By.id("subscription-url")).getAttribute("value");
    assertThat(address).contains("/calendar.ics?token=");
    chromium.assertAccessible("calendar with subscription");
    java.net.http.HttpResponse<String> ics =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("Reel: een dag in het lichtlab");
  }

  private void logIn(String user, String next) {
    browser.manage().deleteAllCookies();
    browser.get(hub.uri("login?next=/" + next).toString());
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("welkom-demo");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    chromium
        .await()
        .until(
            d -> !d.getCurrentUrl().contains("/login") && d.getCurrentUrl().contains("/" + next));
  }
}
