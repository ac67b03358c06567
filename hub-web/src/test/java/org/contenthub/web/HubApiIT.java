package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * The packaged WAR on a real Payara Micro, exercised over HTTP the way clients use it: one
 * deployment serves every test, and no test depends on another's data or order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HubApiIT {

  private static final String DEMO_PASSWORD = ApiCalls.DEMO_PASSWORD;

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @Test
  void anEditorCreatesReadsUpdatesAndDeletesAnItem() throws Exception {
    String title = "Nieuwe vestiging in Zwolle " + System.nanoTime();
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/items",
            "eva",
            """
            {"title": "%s", "summary": "We openen een vestiging.", "channel": "press_release",
             "body": "<p>Welkom <script>alert(1)</script><a href=\\"javascript:x()\\">hier</a></p>",
             "tags": ["Vestigingen", " uitbreiding "], "department": "Directie", "language": "nl",
             "visibility": "internal", "publishedAt": "2026-11-20T09:30:00+01:00"}
            """
                .formatted(title));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject item = json(created.body());
    long id = item.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/items/" + id));
    assertThat(item.getString("body"))
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .contains("Welkom");
    assertThat(item.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("uitbreiding", "vestigingen");
    assertThat(item.getString("publishedAt")).isEqualTo("2026-11-20T08:30:00Z");
    assertThat(item.getJsonObject("author").getString("name")).isEqualTo("Eva Bakker");

    HttpResponse<String> read = send("GET", "api/v1/items/" + id, "sanne", null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read.body()).getString("title")).isEqualTo(title);

    long version = item.getJsonNumber("version").longValue();
    HttpResponse<String> updated =
        send(
            "PUT",
            "api/v1/items/" + id,
            "eva",
            "{\"title\": \"%s (bijgewerkt)\", \"channel\": \"press_release\", \"version\": %d}"
                .formatted(title, version));
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated.body()).getString("title")).endsWith("(bijgewerkt)");

    HttpResponse<String> stale =
        send(
            "PUT",
            "api/v1/items/" + id,
            "eva",
            "{\"title\": \"overwrite\", \"channel\": \"blog\", \"version\": %d}"
                .formatted(version));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(problem(stale).getString("detail")).contains("changed by someone else");
    assertThat(json(send("GET", "api/v1/items/" + id, "eva", null).body()).getString("title"))
        .endsWith("(bijgewerkt)");

    assertThat(send("DELETE", "api/v1/items/" + id, "eva", null).statusCode()).isEqualTo(204);
    assertThat(send("GET", "api/v1/items/" + id, "eva", null).statusCode()).isEqualTo(404);
  }

  @Test
  void listsFilterByChannelTagDepartmentAndLanguageAndPage() throws Exception {
    JsonObject blogs =
        json(send("GET", "api/v1/items?channel=blog&size=100", "sanne", null).body());
    assertThat(blogs.getJsonArray("items")).isNotEmpty();
    assertThat(strings(blogs.getJsonArray("items"), "channel")).containsOnly("blog");

    JsonObject english = json(send("GET", "api/v1/items?lang=en&size=100", "sanne", null).body());
    assertThat(strings(english.getJsonArray("items"), "language")).containsOnly("en");

    JsonObject tagged =
        json(send("GET", "api/v1/items?tag=innovatie&size=100", "sanne", null).body());
    assertThat(tagged.getJsonArray("items"))
        .allSatisfy(
            i ->
                assertThat(i.asJsonObject().getJsonArray("tags").toString()).contains("innovatie"));

    JsonObject page = json(send("GET", "api/v1/items?page=2&size=3", "sanne", null).body());
    assertThat(page.getInt("page")).isEqualTo(2);
    assertThat(page.getInt("size")).isEqualTo(3);
    assertThat(page.getJsonArray("items")).hasSize(3);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThan(6);
  }

  @Test
  void visibilityFollowsRolesAndDepartments() throws Exception {
    List<String> employee = titles("sanne");
    List<String> technician = titles("daan");
    List<String> editor = titles("eva");
    List<String> guest = titles("joost");
    assertThat(employee)
        .doesNotContain("Planning onderhoud lichtlab in december", "Concept: jaaroverzicht 2026");
    assertThat(technician)
        .contains("Planning onderhoud lichtlab in december")
        .doesNotContain("Concept: jaaroverzicht 2026");
    assertThat(editor)
        .contains("Planning onderhoud lichtlab in december", "Concept: jaaroverzicht 2026");
    assertThat(guest)
        .contains("Zo bespaart de gemeente Houten 40% op straatverlichting")
        .doesNotContain("Daan wint de interne innovatieprijs");
  }

  @Test
  void badInputGetsAProblemNamingTheField() throws Exception {
    HttpResponse<String> invalid =
        send(
            "POST",
            "api/v1/items",
            "eva",
            "{\"title\": \"\", \"channel\": \"myspace\", \"imageUrl\": \"javascript:alert(1)\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = problem(invalid);
    assertThat(strings(problem.getJsonArray("errors"), "field"))
        .containsExactly("channel", "imageUrl", "title");

    JsonObject unknown =
        problem(
            send(
                "POST",
                "api/v1/items",
                "eva",
                "{\"title\": \"x\", \"channel\": \"blog\", \"colour\": \"red\"}"));
    assertThat(unknown.getInt("status")).isEqualTo(400);
    assertThat(strings(unknown.getJsonArray("errors"), "field")).containsExactly("colour");

    JsonObject broken = problem(send("POST", "api/v1/items", "eva", "{\"title\": "));
    assertThat(broken.getInt("status")).isEqualTo(400);
    assertThat(broken.getString("detail")).contains("not valid JSON");

    JsonObject tooBig = problem(send("GET", "api/v1/items?size=1000", "eva", null));
    assertThat(tooBig.getInt("status")).isEqualTo(400);
    assertThat(strings(tooBig.getJsonArray("errors"), "field")).containsExactly("size");

    long before =
        json(send("GET", "api/v1/items?size=1", "eva", null).body())
            .getJsonNumber("total")
            .longValue();
    send(
        "POST",
        "api/v1/items",
        "eva",
        "{\"title\": \"" + "x".repeat(400) + "\", \"channel\": \"blog\"}");
    long after =
        json(send("GET", "api/v1/items?size=1", "eva", null).body())
            .getJsonNumber("total")
            .longValue();
    assertThat(after).as("a refused request stores nothing").isEqualTo(before);
  }

  @Test
  void unknownIdsAreNotFoundAndNoBodyLeaksAStackTrace() throws Exception {
    HttpResponse<String> missing = send("GET", "api/v1/items/987654321", "eva", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(problem(missing).getString("detail")).contains("987654321");
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void everyApiEndpointChecksWhoIsCalling() throws Exception {
    Map<String, String> writes =
        Map.of("POST", "api/v1/items", "PUT", "api/v1/items/1", "DELETE", "api/v1/items/1");
    for (var write : writes.entrySet()) {
      String body =
          write.getKey().equals("DELETE") ? null : "{\"title\": \"x\", \"channel\": \"blog\"}";
      HttpResponse<String> anonymous = send(write.getKey(), write.getValue(), null, body);
      assertThat(anonymous.statusCode()).as("anonymous %s", write).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
      for (String user : List.of("sanne", "daan", "pieter", "fatima", "joost")) {
        assertThat(send(write.getKey(), write.getValue(), user, body).statusCode())
            .as("%s %s", user, write)
            .isEqualTo(403);
      }
    }
    assertThat(send("GET", "api/v1/items", null, null).statusCode()).isEqualTo(401);
    assertThat(
            problem(sendAs("GET", "api/v1/items", "eva", "wrong password", null))
                .getString("detail"))
        .contains("wrong");
    for (String user :
        List.of("sanne", "daan", "olivia", "eva", "pieter", "fatima", "joost", "admin")) {
      assertThat(send("GET", "api/v1/items", user, null).statusCode()).as(user).isEqualTo(200);
    }
  }

  @Test
  void anAdministratorCreatesAccountsThatCanLogIn() throws Exception {
    String username = "nieuw" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    String body =
        "{\"username\": \"%s\", \"displayName\": \"Nieuwe Collega\", \"email\": \"%s@polderlicht.example\", \"password\": \"een lang wachtwoord\", \"roles\": [\"EXPERT\"], \"department\": \"IT\"}"
            .formatted(username, username);
    HttpResponse<String> created = send("POST", "api/v1/accounts", "admin", body);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("EMPLOYEE", "EXPERT").doesNotContain("password", "hash");
    assertThat(
            sendAs("GET", "api/v1/items?size=1", username, "een lang wachtwoord", null)
                .statusCode())
        .isEqualTo(200);
    assertThat(send("POST", "api/v1/accounts", "admin", body).statusCode())
        .as("the same name twice")
        .isEqualTo(409);

    JsonObject weak =
        problem(
            send(
                "POST",
                "api/v1/accounts",
                "admin",
                body.replace("een lang wachtwoord", "kort").replace(username, username + "x")));
    assertThat(strings(weak.getJsonArray("errors"), "field")).containsExactly("password");
    JsonObject role =
        problem(
            send(
                "POST",
                "api/v1/accounts",
                "admin",
                body.replace("EXPERT", "KING").replace(username, username + "y")));
    assertThat(strings(role.getJsonArray("errors"), "field")).containsExactly("roles");
    assertThat(send("POST", "api/v1/accounts", "eva", body).statusCode()).isEqualTo(403);
    assertThat(send("GET", "api/v1/accounts", "admin", null).body()).contains(username);
  }

  @Test
  void healthOpenApiAndMetricsAreServed() throws Exception {
    HttpResponse<String> health = send("GET", "health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    JsonObject status = json(health.body());
    assertThat(status.getString("status")).isEqualTo("UP");
    assertThat(strings(status.getJsonArray("checks"), "name"))
        .contains("database", "search-index", "mail");

    HttpResponse<String> openapi = send("GET", "openapi", null, null);
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/items").contains("Content Hub API");

    HttpResponse<String> metrics = send("GET", "metrics", null, null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE");
  }

  @Test
  void pagesSendPeopleToTheLoginAndProtectForms() throws Exception {
    HttpResponse<String> home = send("GET", "", null, null);
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?next="));

    HttpResponse<String> login = send("GET", "login", null, null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            c ->
                assertThat(c.toLowerCase())
                    .contains("httponly", "samesite=lax")
                    .doesNotContain("jsessionid"));
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

    HttpRequest forged =
        HttpRequest.newBuilder(base.toURI().resolve("login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=eva&password=" + DEMO_PASSWORD))
            .build();
    HttpResponse<String> refused = http.send(forged, HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).as("a login form without the session's token").isEqualTo(403);
  }

  @Test
  void anAdministratorSendsATestMailIntoTheOutboxAndReadsIt() throws Exception {
    Browser admin = new Browser();
    admin.login("admin", ApiCalls.passwordOf("admin"));
    HttpResponse<String> page = admin.get("admin/mail");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("outbox");

    String to = "beheer-" + System.nanoTime() + "@polderlicht.example";
    HttpResponse<String> sent = admin.post("admin/mail/test", "to=" + to);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains(to).contains("role=\"status\"");
    Matcher link = Pattern.compile("href=\"/admin/mail/([^\"]+)\"").matcher(sent.body());
    assertThat(link.find()).as("the outbox lists the message").isTrue();
    HttpResponse<String> message = admin.get("admin/mail/" + link.group(1));
    assertThat(message.statusCode()).isEqualTo(200);
    assertThat(message.body()).contains("de e-mailinstellingen van de hub werken");

    assertThat(admin.post("admin/mail/test", "to=not-an-address").body())
        .contains("role=\"alert\"");
    assertThat(admin.get("admin/mail/..%2F..%2Fdb%2Fhub.mv.db").statusCode()).isEqualTo(404);

    Browser colleague = new Browser();
    colleague.login("sanne", DEMO_PASSWORD);
    assertThat(colleague.get("admin/mail").statusCode()).isEqualTo(403);
  }

  @Test
  void theAdminPageAddsAccountsAndRebuildsTheIndex() throws Exception {
    Browser admin = new Browser();
    admin.login("admin", ApiCalls.passwordOf("admin"));
    HttpResponse<String> page = admin.get("admin");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("sanne", "search-index");

    String username = "pagina" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    HttpResponse<String> weak =
        admin.post(
            "admin/accounts",
            "username=" + username + "&displayName=Nieuw&password=kort&roles=EXPERT");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("role=\"alert\"").doesNotContain("value=\"kort\"");
    HttpResponse<String> added =
        admin.post(
            "admin/accounts",
            "username="
                + username
                + "&displayName=Nieuwe+Expert&password=een+lang+wachtwoord&roles=EXPERT&roles=EDITOR&department=IT");
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(
            sendAs("GET", "api/v1/items?size=1", username, "een lang wachtwoord", null)
                .statusCode())
        .isEqualTo(200);
    assertThat(admin.post("admin/search/rebuild", "").statusCode()).isEqualTo(303);
    assertThat(
            json(send("GET", "api/v1/search?q=straatverlichting", "sanne", null).body())
                .getJsonNumber("total")
                .longValue())
        .as("search keeps answering during a rebuild")
        .isPositive();

    Browser editor = new Browser();
    editor.login("eva", DEMO_PASSWORD);
    assertThat(editor.get("admin").statusCode()).isEqualTo(403);
  }

  @Test
  void figuresAboutAPersonAreKeptOnlyAfterTheyOptIn() throws Exception {
    String user = "olivia";
    send("PUT", "api/v1/me/consent", user, "{\"measurement\": false}");
    assertThat(json(send("GET", "api/v1/me/consent", user, null).body()).getBoolean("measurement"))
        .isFalse();
    long item =
        json(send("GET", "api/v1/search?q=Houten", user, null).body())
            .getJsonArray("hits")
            .getJsonObject(0)
            .getString("id")
            .transform(id -> Long.parseLong(id.substring("item:".length())));
    String share = "{\"network\": \"linkedin\", \"text\": \"Mooi werk\"}";
    assertThat(send("POST", "api/v1/items/" + item + "/shares", user, share).statusCode())
        .isEqualTo(201);
    assertThat(send("GET", "api/v1/me/shares", user, null).body())
        .as("without consent nothing is kept about her")
        .isEqualTo("[]");

    JsonObject on = json(send("PUT", "api/v1/me/consent", user, "{\"measurement\": true}").body());
    assertThat(on.getBoolean("measurement")).isTrue();
    assertThat(on.getString("changedAt")).isNotBlank();
    assertThat(send("POST", "api/v1/items/" + item + "/shares", user, share).statusCode())
        .isEqualTo(201);
    assertThat(send("GET", "api/v1/me/shares", user, null).body())
        .contains("\"network\":\"linkedin\"", "\"itemId\":" + item);

    JsonObject blocked =
        problem(
            send(
                "POST",
                "api/v1/items/" + item + "/shares",
                user,
                "{\"network\": \"x\", \"text\": \"Nog vertrouwelijk!\"}"));
    assertThat(strings(blocked.getJsonArray("errors"), "field")).containsExactly("text");
    assertThat(blocked.getString("detail")).contains("vertrouwelijk");
    assertThat(
            send("PUT", "api/v1/me/consent", user, "{\"measurement\": \"misschien\"}").statusCode())
        .isEqualTo(400);
    assertThat(send("PUT", "api/v1/me/consent", user, "{}").statusCode()).isEqualTo(400);
    send("PUT", "api/v1/me/consent", user, "{\"measurement\": false}");
    assertThat(send("GET", "api/v1/me/shares", user, null).body())
        .as("turned off: shown no more")
        .isEqualTo("[]");
  }

  @Test
  void loggingOutEndsTheSession() throws Exception {
    Browser sanne = new Browser();
    sanne.login("sanne", DEMO_PASSWORD);
    assertThat(sanne.get("").statusCode()).isEqualTo(200);
    assertThat(sanne.post("logout", "").statusCode()).isEqualTo(303);
    HttpResponse<String> after = sanne.get("");
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
  }

  /** A client that keeps cookies and sends the page's CSRF token with forms, like a browser. */
  private final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new java.net.CookieManager())
            .build();
    private String csrf;

    void login(String user, String password) throws Exception {
      get("login");
      HttpResponse<String> response =
          post(
              "login",
              "username="
                  + user
                  + "&password="
                  + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
                  + "&next=/");
      assertThat(response.statusCode()).as("login of %s", user).isEqualTo(303);
      get("");
    }

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher token =
          Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return response;
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + csrf;
      return client.send(
          HttpRequest.newBuilder(base.toURI().resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void searchFindsDutchAndEnglishWithSnippetsAndFacets() throws Exception {
    JsonObject result =
        json(send("GET", "api/v1/search?q=straatverlichting", "sanne", null).body());
    assertThat(result.getJsonNumber("total").longValue()).isPositive();
    assertThat(strings(result.getJsonArray("hits"), "title"))
        .contains("Zo bespaart de gemeente Houten 40% op straatverlichting");
    assertThat(result.getJsonObject("facets").keySet())
        .contains("type", "channel", "tag", "department", "lang", "year");

    JsonObject english =
        json(send("GET", "api/v1/search?q=warehouse+lighting&lang=en", "sanne", null).body());
    assertThat(strings(english.getJsonArray("hits"), "title"))
        .contains("Five lessons from lighting a distribution centre");

    JsonObject newest = json(send("GET", "api/v1/search?size=3", "sanne", null).body());
    assertThat(newest.getJsonArray("hits")).hasSize(3);

    JsonObject unknownFacet =
        json(send("GET", "api/v1/search?q=led&channel=myspace", "sanne", null).body());
    assertThat(unknownFacet.getJsonNumber("total").longValue()).isZero();

    for (String nasty :
        List.of(
            "title:(",
            "*",
            "~",
            "%5C",
            "%22unbalanced",
            "%F0%9F%92%A1+led",
            "%D7%A9%D7%9C%D7%95%D7%9D",
            "-",
            "OR",
            "AND+NOT")) {
      HttpResponse<String> response = send("GET", "api/v1/search?q=" + nasty, "sanne", null);
      assertThat(response.statusCode()).as(nasty).isIn(200, 400);
      assertThat(response.body()).as(nasty).doesNotContain("Exception");
    }
    HttpResponse<String> tooLong =
        send("GET", "api/v1/search?q=" + "a".repeat(10_000), "sanne", null);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(strings(problem(tooLong).getJsonArray("errors"), "field")).containsExactly("q");
  }

  @Test
  void searchNeverRevealsWhatTheReaderMayNotSee() throws Exception {
    String secret = "kalibratieschema" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/items",
            "eva",
            "{\"title\": \"Intern %s voor Techniek\", \"channel\": \"internal\", \"visibility\": \"department\", \"department\": \"Techniek\", \"tags\": [\"%s\"]}"
                .formatted(secret, secret));
    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created.body()).getJsonNumber("id").longValue();

    // near-real-time: searchable within about a second of the commit
    long deadline = System.nanoTime() + 5_000_000_000L;
    long total = 0;
    while (System.nanoTime() < deadline && total == 0) {
      total =
          json(send("GET", "api/v1/search?q=" + secret, "daan", null).body())
              .getJsonNumber("total")
              .longValue();
      Thread.sleep(100);
    }
    assertThat(total).as("the technician finds it").isEqualTo(1);

    JsonObject sales = json(send("GET", "api/v1/search?q=" + secret, "sanne", null).body());
    assertThat(sales.getJsonNumber("total").longValue()).isZero();
    assertThat(send("GET", "api/v1/search?q=intern&tag=" + secret, "sanne", null).body())
        .doesNotContain(secret);
    assertThat(send("GET", "api/v1/search?q=intern", "sanne", null).body()).doesNotContain(secret);
    assertThat(
            send("GET", "api/v1/search/suggest?q=" + secret.substring(0, 8), "sanne", null).body())
        .doesNotContain(secret);
    assertThat(send("GET", "api/v1/items/" + id + "/similar", "sanne", null).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "api/v1/search?q=" + secret, "joost", null).body())
        .doesNotContain(secret);

    assertThat(send("DELETE", "api/v1/items/" + id, "eva", null).statusCode()).isEqualTo(204);
    deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline && total > 0) {
      total =
          json(send("GET", "api/v1/search?q=" + secret, "daan", null).body())
              .getJsonNumber("total")
              .longValue();
      Thread.sleep(100);
    }
    assertThat(total).as("a deleted item leaves the index").isZero();
  }

  @Test
  void expertsAreFoundByWhatTheyCurate() throws Exception {
    HttpResponse<String> experts = send("GET", "api/v1/experts?q=circulair", "sanne", null);
    assertThat(experts.statusCode()).isEqualTo(200);
    assertThat(experts.body()).contains("Daan Jansen");
    assertThat(send("GET", "api/v1/experts?q=circulair", "joost", null).statusCode())
        .isEqualTo(403);
  }

  private List<String> titles(String user) throws Exception {
    return strings(
        json(send("GET", "api/v1/items?size=100", user, null).body()).getJsonArray("items"),
        "title");
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return sendAs(method, path, user, ApiCalls.passwordOf(user), body);
  }

  private HttpResponse<String> sendAs(
      String method, String path, String user, String password, String body) throws Exception {
    return ApiCalls.send(http, base, method, path, user, password, body);
  }

  private static JsonObject json(String body) {
    return ApiCalls.json(body);
  }

  private static JsonObject problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return json(response.body());
  }

  private static List<String> strings(JsonArray array, String field) {
    return array.stream().map(v -> v.asJsonObject().getString(field)).toList();
  }
}
