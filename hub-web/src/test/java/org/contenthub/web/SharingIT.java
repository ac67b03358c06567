package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Employee advocacy on the real server: editors prepare an item, colleagues and invited ambassadors
 * share it with tracked links, and clicks on those links are redirected and counted (bots apart,
 * repeats once, exactly under concurrency). Each test makes its own item where it counts, so the
 * tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharingIT {

  private static final String HOUTEN = "Zo bespaart de gemeente Houten 40% op straatverlichting";
  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
  private static final Pattern TRACKED = Pattern.compile("https?://[^/]+/s/([A-Za-z0-9_-]{8,})");

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String marker = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @Test
  void editorsPrepareAnItemOnItsPageAndBadInputKeepsWhatWasStored() throws Exception {
    long item = item("internal", false, null);
    assertThat(send("GET", "items/" + item + "/share-settings", "sanne", null).statusCode())
        .isEqualTo(403);
    String form = send("GET", "items/" + item + "/share-settings", "eva", null).body();
    assertThat(form).contains("name=\"suggestions.linkedin\"", "name=\"audience\"", "_csrf");
    assertThat(send("GET", "items/" + item, "eva", null).body())
        .contains("/items/" + item + "/share-settings");

    HttpResponse<String> saved =
        postForm(
            "items/" + item + "/share-settings",
            "eva",
            "shareable=on&audience=departments&departments=Verkoop%2C+IT"
                + "&suggestions.linkedin=Eerste+voorzet%0D%0Aop+twee+regels%0D%0A%0D%0ATweede+voorzet"
                + "&suggestions.x=Kort");
    assertThat(saved.statusCode()).isEqualTo(303);
    JsonObject settings =
        json(send("GET", "api/v1/items/" + item + "/share-settings", "eva", null).body());
    assertThat(settings.getBoolean("shareable")).isTrue();
    assertThat(settings.getString("audience")).isEqualTo("departments");
    assertThat(settings.getJsonArray("departments").getString(1)).isEqualTo("IT");
    assertThat(settings.getJsonObject("suggestions").getJsonArray("linkedin").getString(0))
        .isEqualTo("Eerste voorzet\nop twee regels");
    assertThat(settings.getJsonObject("suggestions").getJsonArray("linkedin")).hasSize(2);
    assertThat(settings.getBoolean("requested")).isTrue();

    // too long for X: a readable page, the text kept in the form, nothing stored changes
    HttpResponse<String> refused =
        postForm(
            "items/" + item + "/share-settings",
            "eva",
            "shareable=on&audience=everyone&suggestions.x=" + "x".repeat(300));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("suggestions.x[0]", "x".repeat(300));
    assertThat(
            json(send("GET", "api/v1/items/" + item + "/share-settings", "eva", null).body())
                .getString("audience"))
        .isEqualTo("departments");
  }

  private HttpResponse<String> postForm(String path, String user, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", ApiCalls.basic(user, ApiCalls.passwordOf(user)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shareSettingsAreValidatedPerNetworkAndOnlyEditorsWriteThem() throws Exception {
    long houten = houten();
    HttpResponse<String> tooLong =
        send(
            "PUT",
            "api/v1/items/" + houten + "/share-settings",
            "eva",
            """
            {"shareable": true, "audience": "everyone",
             "suggestions": {"linkedin": ["Mooi resultaat"], "x": ["kort", "%s"]}}
            """
                .formatted("x".repeat(281)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(tooLong.body());
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("suggestions.x[1]");
    assertThat(problem.getString("detail")).contains("suggestions.x[1]", "characters on x");

    HttpResponse<String> unknown =
        send(
            "PUT",
            "api/v1/items/" + houten + "/share-settings",
            "eva",
            "{\"shareable\": true, \"suggestions\": {\"myspace\": [\"hoi\"]}}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("suggestions.myspace");
    assertThat(
            send(
                    "PUT",
                    "api/v1/items/" + houten + "/share-settings",
                    "eva",
                    "{\"shareable\": true, \"audience\": \"iedereen\"}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> noDepartments =
        send(
            "PUT",
            "api/v1/items/" + houten + "/share-settings",
            "eva",
            "{\"shareable\": true, \"audience\": \"departments\", \"departments\": []}");
    assertThat(noDepartments.statusCode()).isEqualTo(400);
    assertThat(
            json(noDepartments.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("departments");
    assertThat(
            send(
                    "PUT",
                    "api/v1/items/" + houten + "/share-settings",
                    "sanne",
                    "{\"shareable\": true}")
                .statusCode())
        .as("a colleague does not prepare items")
        .isEqualTo(403);

    String suggestion =
        "Houten bespaart 40% — dankzij slimme ledverlichting. Trots op ons team! 💡";
    HttpResponse<String> saved =
        send(
            "PUT",
            "api/v1/items/" + houten + "/share-settings",
            "eva",
            """
            {"shareable": true, "audience": "everyone",
             "suggestions": {"linkedin": ["%1$s", "Lees hoe Houten het deed."], "x": ["%1$s"]}}
            """
                .formatted(suggestion));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject settings =
        json(send("GET", "api/v1/items/" + houten + "/share-settings", "joost", null).body());
    assertThat(settings.getBoolean("shareable")).isTrue();
    assertThat(settings.getString("audience")).isEqualTo("everyone");
    assertThat(settings.getJsonObject("suggestions").getJsonArray("linkedin").getString(0))
        .isEqualTo(suggestion);
    assertThat(settings.getJsonObject("suggestions").getJsonArray("linkedin")).hasSize(2);
  }

  @Test
  void aShareGetsATrackedLinkAndTheNetworksOwnShareAddress() throws Exception {
    long houten = houten();
    String text = "Café & co: 40% minder #energie 💡 in Houten";
    String encoded = encode(text);
    for (String network : List.of("linkedin", "x", "facebook", "whatsapp", "email", "copy")) {
      HttpResponse<String> response = share(houten, "sanne", network, text);
      assertThat(response.statusCode()).as(network + ": " + response.body()).isEqualTo(201);
      JsonObject share = json(response.body());
      String tracked = share.getString("trackedUrl");
      Matcher matcher = TRACKED.matcher(tracked);
      assertThat(matcher.matches()).as(tracked).isTrue();
      String link = encode(tracked);
      String expected =
          switch (network) {
            case "linkedin" -> "https://www.linkedin.com/sharing/share-offsite/?url=" + link;
            case "x" -> "https://twitter.com/intent/tweet?text=" + encoded + "&url=" + link;
            case "facebook" -> "https://www.facebook.com/sharer/sharer.php?u=" + link;
            case "whatsapp" -> "https://wa.me/?text=" + encode(text + " " + tracked);
            case "email" ->
                "mailto:?subject=" + encode(HOUTEN) + "&body=" + encode(text + "\n\n" + tracked);
            default -> tracked;
          };
      assertThat(share.getString("shareUrl")).as(network).isEqualTo(expected);
      assertThat(share.getString("text")).isEqualTo(text);
    }
    assertThat(share(houten, "joost", "linkedin", "Aanrader").statusCode())
        .as("an external ambassador shares a public, shareable item")
        .isEqualTo(201);

    HttpResponse<String> tooLong = share(houten, "sanne", "x", "a".repeat(270));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("text");
    HttpResponse<String> badNetwork = share(houten, "sanne", "myspace", "hoi");
    assertThat(badNetwork.statusCode()).isEqualTo(400);
    assertThat(json(badNetwork.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("network");

    long internal = item("internal", false, null);
    HttpResponse<String> notShareable = share(internal, "sanne", "linkedin", "hoi");
    assertThat(notShareable.statusCode()).isEqualTo(409);
    assertThat(json(notShareable.body()).getString("detail")).contains("not prepared for sharing");
    assertThat(share(internal, "joost", "linkedin", "hoi").statusCode())
        .as("a guest does not even see an internal item that is not shareable")
        .isEqualTo(404);
    assertThat(share(houten, null, "linkedin", "hoi").statusCode()).isEqualTo(401);
    assertThat(send("GET", "api/v1/items/" + houten + "/shares/stats", "sanne", null).statusCode())
        .as("figures are for editors")
        .isEqualTo(403);
  }

  @Test
  void aTrackedLinkRedirectsWithUtmParametersKeepingTheTargetsQuery() throws Exception {
    long houten = houten();
    String code = code(share(houten, "sanne", "linkedin", "Lees dit"));
    HttpResponse<String> followed = click(code, BROWSER);
    assertThat(followed.statusCode()).isEqualTo(302);
    assertThat(followed.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .endsWith(
                        "/items/"
                            + houten
                            + "?utm_source=linkedin&utm_medium=employee-advocacy&utm_campaign=hub&utm_content="
                            + code));

    long external =
        item("public", true, "https://polderlicht.example/nieuws?id=7&lang=nl#reacties");
    String other = code(share(external, "joost", "x", "Kijk"));
    assertThat(click(other, BROWSER).headers().firstValue("Location"))
        .contains(
            "https://polderlicht.example/nieuws?id=7&lang=nl&utm_source=x&utm_medium=employee-advocacy&utm_campaign=hub&utm_content="
                + other
                + "#reacties");
  }

  @Test
  void onlyLinksTheHubMadeRedirectAndOthersGetAReadable404Page() throws Exception {
    String code = code(share(houten(), "sanne", "copy", ""));
    for (String path :
        List.of(
            "s/AAAAAAAAAAAA",
            "s/" + code.substring(0, code.length() - 1),
            "s/" + code + "x",
            "s/evil.example",
            "s/")) {
      HttpResponse<String> response = get(path, BROWSER);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "at java.");
    }
    assertThat(get("s/AAAAAAAAAAAA", BROWSER).body()).contains("not known to the hub");
    HttpResponse<String> encodedSlashes = get("s/https%3A%2F%2Fevil.example%2F", BROWSER);
    assertThat(encodedSlashes.statusCode()).isBetween(400, 404);
    assertThat(encodedSlashes.headers().firstValue("Location")).isEmpty();
    HttpResponse<String> smuggled =
        get("s/" + code + "?url=https://evil.example/&to=https://evil.example/", BROWSER);
    assertThat(smuggled.statusCode()).isEqualTo(302);
    assertThat(smuggled.headers().firstValue("Location").orElseThrow())
        .doesNotContain("evil")
        .contains("utm_content=" + code);
  }

  @Test
  void botsAreCountedApartAndAVisitorsRepeatsOnce() throws Exception {
    long item = item("public", true, null);
    String linkedin = code(share(item, "sanne", "linkedin", "Een"));
    String x = code(share(item, "joost", "x", "Twee"));
    String person = BROWSER + " " + marker;
    assertThat(click(linkedin, person).statusCode()).isEqualTo(302);
    assertThat(click(linkedin, person).statusCode()).as("a repeat still redirects").isEqualTo(302);
    assertThat(click(linkedin, person).statusCode()).isEqualTo(302);
    click(linkedin, BROWSER + " iemand anders " + marker);
    click(linkedin, "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient)");
    click(linkedin, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)");
    click(x, "Twitterbot/1.0");
    click(x, person);

    JsonObject stats =
        awaitStats(item, s -> s.getInt("humanClicks") >= 3 && s.getInt("botClicks") >= 3);
    Thread.sleep(2500); // two more flushes: nothing late may change the figures
    stats = stats(item);
    assertThat(stats.getInt("shares")).isEqualTo(2);
    assertThat(stats.getInt("humanClicks"))
        .as("one visitor's three clicks count once, another visitor once, and once on x")
        .isEqualTo(3);
    assertThat(stats.getInt("botClicks")).isEqualTo(3);
    JsonObject onLinkedin = network(stats, "linkedin");
    assertThat(onLinkedin.getInt("humanClicks")).isEqualTo(2);
    assertThat(onLinkedin.getInt("botClicks")).isEqualTo(2);
    assertThat(network(stats, "x").getInt("humanClicks")).isEqualTo(1);
    assertThat(network(stats, "x").getInt("botClicks")).isEqualTo(1);
  }

  @Test
  void parallelClicksOfDistinctVisitorsAreCountedExactly() throws Exception {
    long item = item("public", true, null);
    String code = code(share(item, "sanne", "whatsapp", "Parallel"));
    int n = 40;
    List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(base.toURI().resolve("s/" + code))
              .header("User-Agent", BROWSER + " visitor-" + i + "-" + marker)
              .GET()
              .build();
      clicks.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> click : clicks) {
      assertThat(click.get().statusCode()).isEqualTo(302);
    }
    awaitStats(item, s -> s.getInt("humanClicks") >= n);
    Thread.sleep(2500);
    JsonObject stats = stats(item);
    assertThat(stats.getInt("humanClicks")).isEqualTo(n);
    assertThat(stats.getInt("botClicks")).isZero();
  }

  // --- helpers

  private long houten() throws Exception {
    JsonObject page =
        json(send("GET", "api/v1/items?tag=straatverlichting&size=100", "eva", null).body());
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("title").equals(HOUTEN))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** A fresh item of this test, so counts start at zero. */
  private long item(String visibility, boolean shareable, String sourceUrl) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/items",
            "eva",
            Json.createObjectBuilder()
                .add("title", "Deelbaar " + marker + " " + System.nanoTime())
                .add("channel", "blog")
                .add("visibility", visibility)
                .add("shareable", shareable)
                .add("sourceUrl", sourceUrl == null ? "" : sourceUrl)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> share(long item, String user, String network, String text)
      throws Exception {
    return send(
        "POST",
        "api/v1/items/" + item + "/shares",
        user,
        Json.createObjectBuilder().add("network", network).add("text", text).build().toString());
  }

  private static String code(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher matcher = TRACKED.matcher(json(created.body()).getString("trackedUrl"));
    assertThat(matcher.matches()).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> click(String code, String userAgent) throws Exception {
    return get("s/" + code, userAgent);
  }

  private HttpResponse<String> get(String path, String userAgent) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .header("User-Agent", userAgent)
            .header("Accept", "text/html")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject stats(long item) throws Exception {
    HttpResponse<String> response =
        send("GET", "api/v1/items/" + item + "/shares/stats", "eva", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private JsonObject awaitStats(long item, java.util.function.Predicate<JsonObject> done)
      throws Exception {
    long until = System.nanoTime() + 15_000_000_000L;
    JsonObject stats = stats(item);
    while (!done.test(stats) && System.nanoTime() < until) {
      Thread.sleep(200);
      stats = stats(item);
    }
    assertThat(done.test(stats)).as("counted within 15 s: " + stats).isTrue();
    return stats;
  }

  private static JsonObject network(JsonObject stats, String name) {
    return stats.getJsonArray("networks").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("network").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(http, base, method, path, user, ApiCalls.passwordOf(user), body);
  }

  private static JsonObject json(String body) {
    return ApiCalls.json(body);
  }
}
