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
import java.util.List;
import java.util.function.Predicate;
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
 * Measurement on the real server: conversions (the secret, allowed origins, a reference counted
 * once, attribution to the tracked link), the figures of the API against known shares and clicks,
 * the privacy rules (consent, who sees a person, departments from five people), network sizes,
 * export and deletion, CSV, and the dashboard. Every test makes its own people and items, so
 * nothing depends on order or earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnalyticsIT {

  private static final String SECRET = "it-conversion-secret-0123456789";
  private static final String SITE = "https://www.polderlicht.example";
  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
  private static final String PASSWORD = "een-lang-wachtwoord";
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
  void conversionsNeedTheSecretOrAnAllowedOriginCountAReferenceOnceAndGoToTheirLink()
      throws Exception {
    long item = item("Conversie " + marker);
    String code = code(share(item, "sanne", "linkedin"));
    String body =
        "{\"code\": \"" + code + "\", \"value\": 49.95, \"reference\": \"ORD-" + marker + "\"}";

    HttpResponse<String> anonymous = conversion(body, null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(conversion(body, "Bearer wrong-secret", null).statusCode()).isEqualTo(401);
    assertThat(conversion(body, "Bearer wrong-secret", SITE).statusCode())
        .as("a wrong secret is refused whatever the origin")
        .isEqualTo(401);
    assertThat(conversion(body, ApiCalls.basic("sanne", ApiCalls.DEMO_PASSWORD), null).statusCode())
        .as("an account is not the website")
        .isEqualTo(401);
    assertThat(conversion(body, null, "https://evil.example").statusCode()).isEqualTo(401);

    HttpResponse<String> first = conversion(body, "Bearer " + SECRET, null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject counted = json(first.body());
    assertThat(counted.getJsonNumber("itemId").longValue()).isEqualTo(item);
    assertThat(counted.getString("network")).isEqualTo("linkedin");
    assertThat(counted.getString("source")).isEqualTo("server");
    assertThat(counted.getBoolean("duplicate")).isFalse();
    HttpResponse<String> again = conversion(body, "Bearer " + SECRET, null);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again.body()).getBoolean("duplicate")).isTrue();
    assertThat(json(again.body()).getJsonNumber("id").longValue())
        .isEqualTo(counted.getJsonNumber("id").longValue());

    String landing = click(code, BROWSER).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> byUtm =
        conversion(
            Json.createObjectBuilder().add("utm", landing).build().toString(),
            "Bearer " + SECRET,
            null);
    assertThat(byUtm.statusCode()).as(byUtm.body()).isEqualTo(201);

    HttpResponse<String> fromPage = conversion("{\"code\": \"" + code + "\"}", null, SITE);
    assertThat(fromPage.statusCode()).as(fromPage.body()).isEqualTo(201);
    assertThat(fromPage.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);
    assertThat(json(fromPage.body()).getString("source")).isEqualTo("browser");
    HttpResponse<String> preflight = preflight(SITE);
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
    assertThat(
            preflight("https://evil.example").headers().firstValue("Access-Control-Allow-Origin"))
        .isEmpty();

    HttpResponse<String> unknown =
        conversion("{\"code\": \"AAAAAAAAAAAA\"}", "Bearer " + SECRET, null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
    assertThat(
            conversion("{\"code\": \"" + code + "\", \"value\": -5}", "Bearer " + SECRET, null)
                .statusCode())
        .isEqualTo(400);

    JsonObject figures = itemFigures(item, "eva");
    assertThat(figures.getJsonObject("total").getInt("conversions")).isEqualTo(3);
    assertThat(figures.getJsonObject("total").getJsonNumber("conversionValue").doubleValue())
        .isEqualTo(49.95);

    HttpResponse<String> script = get("assets/conversion.js", null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(script.body()).contains("/api/v1/conversions", "utm_content");
  }

  @Test
  void anItemsFiguresMatchItsSharesClicksReachAndValueAlsoAsCsv() throws Exception {
    String ambassador = person("amb", "Verkoop-" + marker, true);
    assertThat(
            send("PUT", "api/v1/me/network-sizes", ambassador, PASSWORD, "{\"linkedin\": 400}")
                .statusCode())
        .isEqualTo(200);
    String anonymous = person("anon", "Verkoop-" + marker, false);
    long item = item("=HYPERLINK(\"https://evil.example\") " + marker);
    String linkedin = code(share(item, ambassador, PASSWORD, "linkedin"));
    String x = code(share(item, anonymous, PASSWORD, "x"));
    for (int i = 0; i < 3; i++) {
      click(linkedin, BROWSER + " bezoeker-" + i + "-" + marker);
    }
    click(linkedin, "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient)");
    click(x, BROWSER + " x-1-" + marker);
    click(x, BROWSER + " x-2-" + marker);

    JsonObject figures =
        await(
            () -> itemFigures(item, "eva"),
            f -> total(f).getInt("humanClicks") >= 5 && total(f).getInt("botClicks") >= 1);
    JsonObject total = total(figures);
    assertThat(total.getInt("shares")).isEqualTo(2);
    assertThat(total.getInt("humanClicks")).isEqualTo(5);
    assertThat(total.getInt("botClicks")).isEqualTo(1);
    assertThat(total.getInt("reach"))
        .as("400 LinkedIn contacts; the other sharer is anonymous")
        .isEqualTo(400);
    assertThat(total.getInt("impressions")).isEqualTo(80);
    // linkedin 30 × 80 / 1000 + 5 × 3 clicks = 17.40; x 1 × 2 clicks = 2.00
    assertThat(total.getJsonNumber("earnedMediaValue").doubleValue()).isEqualTo(19.40);
    assertThat(figures.getJsonObject("valuation").getString("formula")).contains("CPM", "CPC");
    JsonObject rates = figures.getJsonObject("valuation").getJsonObject("rates");
    assertThat(rates.getJsonObject("linkedin").getJsonNumber("cpm").doubleValue()).isEqualTo(30);
    JsonObject onLinkedin =
        figures.getJsonArray("networks").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getString("key").equals("linkedin"))
            .findFirst()
            .orElseThrow();
    assertThat(onLinkedin.getJsonObject("figures").getInt("humanClicks")).isEqualTo(3);
    assertThat(onLinkedin.getString("valuation")).contains("CPM 30");
    assertThat(send("GET", "api/v1/analytics/items/" + item, "sanne", null).statusCode())
        .as("figures are for editors and communication staff")
        .isEqualTo(403);

    HttpResponse<String> csv = get("api/v1/analytics/items/" + item + ".csv", "fatima", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("table,key,label,shares,humanClicks,botClicks,reach");
    assertThat(lines.get(1))
        .startsWith("total," + item + ",\"'=HYPERLINK(")
        .contains(",2,5,1,400,80,0,0.00,19.40,EUR,");
    assertThat(csv.body()).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    HttpResponse<String> negotiated =
        get("api/v1/analytics/items/" + item + "?table=networks", "fatima", "text/csv");
    assertThat(negotiated.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/csv");
    assertThat(negotiated.body().lines().skip(1).toList())
        .allSatisfy(line -> assertThat(line).startsWith("networks,"))
        .hasSize(2);
    assertThat(get("api/v1/analytics/items/" + item, "fatima", "application/json").body())
        .startsWith("{");
  }

  @Test
  void aPersonsFiguresOnlyWithConsentForThemselvesAndGrantedRolesExportAndDeletion()
      throws Exception {
    String measured = person("ik", "Team-" + marker, true);
    long measuredId = accountId(measured);
    String unmeasured = person("niet", "Team-" + marker, false);
    long unmeasuredId = accountId(unmeasured);
    long item = item("Persoonlijk " + marker);
    code(share(item, measured, PASSWORD, "whatsapp"));
    code(share(item, unmeasured, PASSWORD, "whatsapp"));

    HttpResponse<String> own =
        send("GET", "api/v1/analytics/people/" + measuredId, measured, PASSWORD, null);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(total(json(own.body())).getInt("shares")).isEqualTo(1);
    assertThat(send("GET", "api/v1/analytics/people/" + measuredId, "fatima", null).statusCode())
        .as("communication staff is granted by hub.analytics.person-roles")
        .isEqualTo(200);
    assertThat(send("GET", "api/v1/analytics/people/" + measuredId, "sanne", null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "api/v1/analytics/people/" + measuredId, "eva", null).statusCode())
        .as("editors are not granted by default")
        .isEqualTo(403);
    assertThat(send("GET", "api/v1/analytics/people/" + unmeasuredId, "fatima", null).statusCode())
        .isEqualTo(404);
    assertThat(
            send("GET", "api/v1/analytics/people/" + unmeasuredId, unmeasured, PASSWORD, null)
                .statusCode())
        .isEqualTo(404);
    JsonObject overview = json(send("GET", "api/v1/analytics/overview", "fatima", null).body());
    assertThat(overview.getBoolean("peopleShown")).isTrue();
    assertThat(
            json(send("GET", "api/v1/analytics/overview", "eva", null).body())
                .getJsonArray("people"))
        .isEmpty();

    assertThat(
            send("PUT", "api/v1/me/network-sizes", unmeasured, PASSWORD, "{\"linkedin\": 400}")
                .statusCode())
        .as("nothing is kept without consent")
        .isEqualTo(409);
    for (String absurd : List.of("-1", "10000001", "12.5")) {
      HttpResponse<String> refused =
          send(
              "PUT",
              "api/v1/me/network-sizes",
              measured,
              PASSWORD,
              "{\"linkedin\": " + absurd + "}");
      assertThat(refused.statusCode()).as(absurd).isEqualTo(400);
      assertThat(json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("linkedin");
    }
    assertThat(
            send(
                    "PUT",
                    "api/v1/me/network-sizes",
                    measured,
                    PASSWORD,
                    "{\"linkedin\": 350, \"x\": 20}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> export = send("GET", "api/v1/me/export", measured, PASSWORD, null);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    JsonObject data = json(export.body());
    assertThat(data.getJsonObject("account").getString("username")).isEqualTo(measured);
    assertThat(data.getJsonObject("networkSizes").getInt("linkedin")).isEqualTo(350);
    assertThat(data.getJsonArray("shares")).hasSize(1);
    assertThat(data.getJsonArray("shares").getJsonObject(0).getString("network"))
        .isEqualTo("whatsapp");

    HttpResponse<String> erased = send("DELETE", "api/v1/me/measurement", measured, PASSWORD, null);
    assertThat(erased.statusCode()).isEqualTo(200);
    assertThat(json(erased.body()).getInt("sharesAnonymised")).isEqualTo(1);
    assertThat(json(erased.body()).getInt("networkSizesDeleted")).isEqualTo(2);
    assertThat(
            total(
                    json(
                        send(
                                "GET",
                                "api/v1/analytics/people/" + measuredId,
                                measured,
                                PASSWORD,
                                null)
                            .body()))
                .getInt("shares"))
        .isZero();
    assertThat(total(itemFigures(item, "eva")).getInt("shares"))
        .as("the shares still count, anonymously")
        .isEqualTo(2);
    assertThat(
            json(send("GET", "api/v1/me/export", measured, PASSWORD, null).body())
                .getJsonArray("shares"))
        .isEmpty();

    send("PUT", "api/v1/me/consent", measured, PASSWORD, "{\"measurement\": false}");
    assertThat(send("GET", "api/v1/analytics/people/" + measuredId, "fatima", null).statusCode())
        .as("withdrawn consent hides the person at once")
        .isEqualTo(404);
  }

  @Test
  void colleaguesReadingAnItemCountOncePerVisitAndTheAuthorSeesIt() throws Exception {
    String title = "Gelezen " + System.nanoTime();
    long item = item(title);
    // sanne twice (one visit), daan once, eva (the author) not at all
    for (String reader : List.of("sanne", "sanne", "daan", "eva", "eva")) {
      assertThat(send("GET", "items/" + item, reader, null).statusCode()).isEqualTo(200);
    }
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    String fragment;
    do {
      Thread.sleep(500);
      fragment = send("GET", "items/" + item + "/yield", "eva", null).body();
    } while (!fragment.contains(" 2 keer") && System.nanoTime() < deadline);
    assertThat(fragment).contains("openden dit bericht 2 keer");
    assertThat(send("GET", "me", "eva", null).body()).contains("reads-heading");
    // someone else's item: no figures for a colleague who merely read it
    assertThat(send("GET", "items/" + item + "/yield", "daan", null).body()).isBlank();
  }

  @Test
  void departmentFiguresOnlyFromFivePeopleWhoTakePart() throws Exception {
    String department = "Afdeling-" + marker;
    long item = item("Afdeling " + marker);
    String first = person("afd", department, true);
    code(share(item, first, PASSWORD, "facebook"));
    for (int i = 0; i < 3; i++) {
      person("afd", department, true);
    }
    person("afd", department, false);
    String path = "api/v1/analytics/departments/" + department;
    JsonObject small = json(send("GET", path, "fatima", null).body());
    assertThat(small.getBoolean("tooFewPeople")).as("four take part, one does not").isTrue();
    assertThat(small.getString("message")).contains("Too few people", "5");
    assertThat(small.containsKey("total") && !small.isNull("total")).isFalse();
    HttpResponse<String> smallCsv = get(path + ".csv", "fatima", null);
    assertThat(smallCsv.body())
        .contains("message,tooFewPeople,\"Too few people")
        .doesNotContain("facebook");
    assertThat(
            json(send("GET", "api/v1/analytics/departments/Niemand-" + marker, "fatima", null)
                    .body())
                .getBoolean("tooFewPeople"))
        .isTrue();

    person("afd", department, true);
    JsonObject large = json(send("GET", path, "fatima", null).body());
    assertThat(large.getBoolean("tooFewPeople")).isFalse();
    assertThat(total(large).getInt("shares")).isEqualTo(1);
    assertThat(send("GET", path, "sanne", null).statusCode()).isEqualTo(403);
    JsonObject overview = json(send("GET", "api/v1/analytics/overview", "eva", null).body());
    assertThat(
            overview.getJsonArray("departments").stream()
                .map(d -> d.asJsonObject().getString("key")))
        .contains(department);
  }

  @Test
  void theOverviewAndTheDashboardShowARangeAsJsonCsvChartAndTables() throws Exception {
    HttpResponse<String> bad =
        send("GET", "api/v1/analytics/overview?from=gisteren", "fatima", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("from");
    JsonObject overview =
        json(
            send("GET", "api/v1/analytics/overview?from=2026-01-01&to=2026-01-07", "fatima", null)
                .body());
    assertThat(overview.getString("from")).isEqualTo("2026-01-01");
    assertThat(overview.getJsonArray("overTime")).hasSize(7);
    assertThat(send("GET", "api/v1/analytics/overview", "sanne", null).statusCode()).isEqualTo(403);
    HttpResponse<String> csv = get("api/v1/analytics/overview", "fatima", "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("table,key,label").contains("\ntotal,total,total,");

    HttpResponse<String> page =
        get("analytics?from=2026-01-01&to=2026-01-31", "fatima", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<svg", "role=\"img\"", "<title id=\"chart-title\">", "<desc id=\"chart-desc\">")
        .contains("id=\"time-table\"", "id=\"items-table\"", "id=\"people-table\"")
        .contains(
            "/api/v1/analytics/overview.csv?from=2026-01-01&amp;to=2026-01-31&amp;table=items")
        .doesNotContain("<script>", "style=\"");
    assertThat(get("analytics", "eva", "text/html").body()).doesNotContain("id=\"people-table\"");
    assertThat(get("analytics", "sanne", "text/html").statusCode()).isEqualTo(403);
  }

  // --- helpers

  /** A new account of this test (EMPLOYEE), with or without consent to measurement. */
  private String person(String prefix, String department, boolean consent) throws Exception {
    String username = prefix + "-" + marker + "-" + System.nanoTime() % 100_000;
    ApiCalls.createEmployee(http, base, username, PASSWORD, department, null);
    if (consent) {
      assertThat(
              send("PUT", "api/v1/me/consent", username, PASSWORD, "{\"measurement\": true}")
                  .statusCode())
          .isEqualTo(200);
    }
    return username;
  }

  private long accountId(String username) throws Exception {
    return ApiCalls.json("{\"a\":" + send("GET", "api/v1/accounts", "admin", null).body() + "}")
        .getJsonArray("a")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long item(String title) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/items",
            "eva",
            Json.createObjectBuilder()
                .add("title", title)
                .add("channel", "blog")
                .add("visibility", "public")
                .add("shareable", true)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> share(long item, String user, String network) throws Exception {
    return share(item, user, ApiCalls.passwordOf(user), network);
  }

  private HttpResponse<String> share(long item, String user, String password, String network)
      throws Exception {
    return send(
        "POST",
        "api/v1/items/" + item + "/shares",
        user,
        password,
        Json.createObjectBuilder()
            .add("network", network)
            .add("text", "Lees dit")
            .build()
            .toString());
  }

  private static String code(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher matcher = TRACKED.matcher(json(created.body()).getString("trackedUrl"));
    assertThat(matcher.matches()).isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> click(String code, String userAgent) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("s/" + code))
                .header("User-Agent", userAgent)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    return response;
  }

  private HttpResponse<String> conversion(String body, String authorization, String origin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/conversions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> preflight(String origin) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/conversions"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (user != null) {
      request.header("Authorization", ApiCalls.basic(user, ApiCalls.passwordOf(user)));
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject itemFigures(long item, String user) throws Exception {
    HttpResponse<String> response = send("GET", "api/v1/analytics/items/" + item, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private static JsonObject total(JsonObject report) {
    return report.getJsonObject("total");
  }

  private interface Call {
    JsonObject get() throws Exception;
  }

  private static JsonObject await(Call call, Predicate<JsonObject> done) throws Exception {
    long until = System.nanoTime() + 15_000_000_000L;
    JsonObject result = call.get();
    while (!done.test(result) && System.nanoTime() < until) {
      Thread.sleep(200);
      result = call.get();
    }
    assertThat(done.test(result)).as("within 15 s: " + result).isTrue();
    Thread.sleep(2200); // two more flushes: nothing late may change the figures
    return call.get();
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(http, base, method, path, user, ApiCalls.passwordOf(user), body);
  }

  private HttpResponse<String> send(
      String method, String path, String user, String password, String body) throws Exception {
    return ApiCalls.send(http, base, method, path, user, password, body);
  }

  private static JsonObject json(String body) {
    return ApiCalls.json(body);
  }
}
