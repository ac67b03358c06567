package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Social media challenges on the real server: communicators set one up (bad input refused with a
 * problem), colleagues enrol with consent, report weekly and see the leaderboard that others may
 * not, the participants list and the weekly mail reach exactly the participants, leaving and
 * erasing delete a person's figures, and announcing tells everyone and puts the results on the hub.
 * Every test makes its own challenges, so they do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// failsafe runs it against Payara Micro; a unit test run that matches its name
// (-Dtest='Challenge*')
// leaves it out instead of failing without a server
@EnabledIfSystemProperty(named = "hub.war", matches = ".+")
class ChallengeIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();
  private final String marker = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @Test
  void communicatorsSetUpChallengesAndBadInputIsRefusedClearly() throws Exception {
    LocalDate monday = LocalDate.now(AMSTERDAM).plusDays(7);
    String valid = challenge("Opzet " + marker, monday, 5, "[\"linkedin\", \"x\"]");
    assertThat(send("POST", "api/v1/challenges", "sanne", valid).statusCode()).isEqualTo(403);
    assertThat(send("POST", "api/v1/challenges", "eva", valid).statusCode()).isEqualTo(403);
    assertThat(send("GET", "api/v1/challenges", "joost", null).statusCode())
        .as("invited guests take no part")
        .isEqualTo(403);
    assertThat(send("GET", "api/v1/challenges", null, null).statusCode()).isEqualTo(401);

    assertProblem(
        send("POST", "api/v1/challenges", "fatima", challenge("Nul", monday, 0, null)),
        400,
        "weeks");
    assertProblem(
        send("POST", "api/v1/challenges", "fatima", challenge("Vijftig", monday, 50, null)),
        400,
        "weeks");
    assertProblem(
        send(
            "POST",
            "api/v1/challenges",
            "fatima",
            "{\"title\": \"Achterstevoren\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
                .formatted(monday, monday.minusDays(3))),
        400,
        "endDate");
    assertProblem(
        send(
            "POST",
            "api/v1/challenges",
            "fatima",
            challenge("Onbekend netwerk", monday, 5, "[\"linkedin\", \"myspace\"]")),
        400,
        "networks[1]");
    assertProblem(
        send("POST", "api/v1/challenges", "fatima", challenge(" ", monday, 5, null)), 400, "title");
    assertProblem(
        send(
            "POST",
            "api/v1/challenges",
            "fatima",
            challenge("Al voorbij", LocalDate.now(AMSTERDAM).minusWeeks(8), 5, null)),
        400,
        "startDate");
    assertThat(
            send(
                    "POST",
                    "api/v1/challenges",
                    "fatima",
                    "{\"title\": \"Kapot\", \"startDate\": \"morgen\"}")
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> created = send("POST", "api/v1/challenges", "fatima", valid);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject c = json(created.body());
    assertThat(c.getString("phase")).isEqualTo("upcoming");
    assertThat(c.getInt("weeks")).isEqualTo(5);
    assertThat(c.getString("endDate")).isEqualTo(monday.plusWeeks(5).minusDays(1).toString());
    long id = c.getJsonNumber("id").longValue();

    // by an end date instead of weeks: rounded up to whole weeks
    JsonObject byEnd =
        json(
            send(
                    "PUT",
                    "api/v1/challenges/" + id,
                    "fatima",
                    "{\"title\": \"Opzet %s\", \"startDate\": \"%s\", \"endDate\": \"%s\", \"version\": %d}"
                        .formatted(marker, monday, monday.plusDays(40), c.getInt("version")))
                .body());
    assertThat(byEnd.getInt("weeks")).isEqualTo(6);
    assertThat(byEnd.getJsonArray("networks").getString(0)).isEqualTo("linkedin");
    assertThat(
            send(
                    "PUT",
                    "api/v1/challenges/" + id,
                    "fatima",
                    challenge("Te laat gelezen", monday, 4, null).replace("}", ", \"version\": 0}"))
                .statusCode())
        .as("a stale version")
        .isEqualTo(409);

    // a running challenge can no longer be changed
    long running = running("Loopt al " + marker);
    assertThat(
            send(
                    "PUT",
                    "api/v1/challenges/" + running,
                    "fatima",
                    challenge("Anders", LocalDate.now(AMSTERDAM).plusDays(1), 5, null))
                .statusCode())
        .isEqualTo(409);
    assertThat(send("GET", "api/v1/challenges/" + id, "sanne", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "api/v1/challenges/99999999", "sanne", null).statusCode())
        .isEqualTo(404);

    // the page form keeps what was typed and says what is wrong
    HttpResponse<String> page =
        postForm(
            "challenges",
            "fatima",
            "title=Form+" + marker + "&startDate=" + monday + "&weeks=50&networks=linkedin");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Form " + marker, "value=\"50\"", "challenge-errors");
    assertThat(postForm("challenges", "sanne", "title=x").statusCode()).isEqualTo(403);
  }

  @Test
  void participantsReportAndSeeTheLeaderboardThatOthersDoNot() throws Exception {
    String title = "Groeien " + marker;
    long id = running(title);
    String path = "api/v1/challenges/" + id;

    // enrolling: only with consent, once, colleagues only
    assertProblem(
        send("PUT", path + "/enrolment", "sanne", "{\"consent\": false}"), 400, "consent");
    assertThat(send("PUT", path + "/enrolment", "sanne", "{\"consent\": true}").statusCode())
        .isEqualTo(200);
    assertThat(send("PUT", path + "/enrolment", "sanne", "{\"consent\": true}").statusCode())
        .isEqualTo(409);
    assertThat(send("PUT", path + "/enrolment", "joost", "{\"consent\": true}").statusCode())
        .isEqualTo(403);
    assertThat(send("PUT", path + "/enrolment", "daan", "{\"consent\": true}").statusCode())
        .isEqualTo(200);
    assertThat(json(send("GET", path, "sanne", null).body()).getBoolean("enrolled")).isTrue();
    assertThat(json(send("GET", path, "pieter", null).body()).getBoolean("enrolled")).isFalse();

    // reports: weeks 1 to 3 have begun; a second report in a week replaces the first
    report(path, "sanne", 1, "{\"linkedin\": 380, \"x\": 100}");
    report(path, "sanne", 1, "{\"linkedin\": 400}");
    report(path, "sanne", 3, "{\"linkedin\": 450}");
    report(path, "daan", 1, "{\"linkedin\": 1000}");
    report(path, "daan", 2, "{\"linkedin\": 1100}");
    JsonObject mine = json(send("GET", path + "/reports/mine", "sanne", null).body());
    assertThat(mine.getInt("currentWeek")).isEqualTo(3);
    assertThat(
            mine.getJsonArray("weeks")
                .getJsonObject(0)
                .getJsonObject("contacts")
                .getInt("linkedin"))
        .isEqualTo(400);
    assertThat(send("GET", path + "/reports/mine", "pieter", null).statusCode()).isEqualTo(409);

    // bad reports: clear field errors, never a 500
    assertProblem(reportRaw(path, "sanne", null, "{\"linkedin\": -5}"), 400, "contacts.linkedin");
    assertProblem(
        reportRaw(path, "sanne", null, "{\"linkedin\": 20000000}"), 400, "contacts.linkedin");
    assertProblem(reportRaw(path, "sanne", null, "{\"linkedin\": 12.5}"), 400, "contacts.linkedin");
    assertProblem(reportRaw(path, "sanne", null, "{\"myspace\": 10}"), 400, "contacts.myspace");
    assertProblem(reportRaw(path, "sanne", null, "{\"facebook\": 10}"), 400, "contacts.facebook");
    assertProblem(reportRaw(path, "sanne", 4, "{\"linkedin\": 460}"), 400, "week");
    assertProblem(reportRaw(path, "sanne", 0, "{\"linkedin\": 460}"), 400, "week");
    assertProblem(reportRaw(path, "sanne", 9, "{\"linkedin\": 460}"), 400, "week");
    assertProblem(reportRaw(path, "sanne", null, "{}"), 400, "contacts");
    assertThat(reportRaw(path, "sanne", null, "{\"linkedin\": \"veel\"}").statusCode())
        .isEqualTo(400);
    assertThat(reportRaw(path, "pieter", null, "{\"linkedin\": 10}").statusCode())
        .as("not enrolled")
        .isEqualTo(409);

    // the leaderboard: Daan +100 (10 %) above Sanne +50 (10 %), each sees their own line
    JsonObject board = json(send("GET", path + "/leaderboard", "sanne", null).body());
    JsonArray rows = board.getJsonArray("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.getJsonObject(0).getString("name")).isEqualTo("Daan Jansen");
    assertThat(rows.getJsonObject(0).getInt("rank")).isEqualTo(1);
    assertThat(rows.getJsonObject(0).getInt("growth")).isEqualTo(100);
    assertThat(rows.getJsonObject(0).getBoolean("you")).isFalse();
    assertThat(rows.getJsonObject(1).getString("name")).isEqualTo("Sanne de Vries");
    assertThat(rows.getJsonObject(1).getInt("growth")).isEqualTo(50);
    assertThat(rows.getJsonObject(1).getBoolean("you")).isTrue();
    assertThat(board.getJsonObject("mine").getInt("rank")).isEqualTo(2);
    assertThat(board.getJsonObject("mine").getJsonArray("badges").getValuesAs(JsonValue::toString))
        .contains("\"first_report\"", "\"growth_10\"");
    assertThat(board.getJsonObject("totals").getInt("participants")).isEqualTo(2);
    assertThat(board.getJsonObject("totals").getInt("growth")).isEqualTo(150);
    assertThat(send("GET", path + "/leaderboard", "fatima", null).statusCode())
        .as("the communicator running it")
        .isEqualTo(200);
    HttpResponse<String> hidden = send("GET", path + "/leaderboard", "pieter", null);
    assertThat(hidden.statusCode()).as("not a participant").isEqualTo(403);
    assertThat(hidden.body()).doesNotContain("Sanne");
    assertThat(json(send("GET", path + "/totals", "pieter", null).body()).getInt("participants"))
        .isEqualTo(2);

    // the page: participants see names, others the totals and the consent text
    String other = send("GET", "challenges/" + id, "pieter", null).body();
    assertThat(other).contains("name=\"consent\"", title).doesNotContain("Sanne de Vries");
    String own = send("GET", "challenges/" + id, "sanne", null).body();
    assertThat(own).contains("Daan Jansen", "name=\"contacts.linkedin\"", "class=\"you\"");
    HttpResponse<String> badForm =
        postForm("challenges/" + id + "/report", "sanne", "week=3&contacts.linkedin=-7");
    assertThat(badForm.statusCode()).isEqualTo(400);
    assertThat(badForm.body()).contains("value=\"-7\"", "challenge-errors");
    assertThat(send("GET", "challenges", "sanne", null).body()).contains(title);

    // the export carries the person's challenges and reports
    JsonObject export = json(send("GET", "api/v1/me/export", "sanne", null).body());
    assertThat(
            export.getJsonArray("challenges").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("challengeId").longValue() == id))
        .isTrue();
    assertThat(
            export.getJsonArray("challengeReports").stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("challengeId").longValue() == id)
                .count())
        .isEqualTo(2);

    // leaving deletes the reports
    assertThat(send("DELETE", path + "/enrolment", "daan", null).statusCode()).isEqualTo(200);
    assertThat(send("DELETE", path + "/enrolment", "daan", null).statusCode()).isEqualTo(409);
    JsonObject after = json(send("GET", path + "/leaderboard", "sanne", null).body());
    assertThat(after.getJsonArray("rows")).hasSize(1);
    assertThat(after.getJsonObject("mine").getInt("rank")).isEqualTo(1);

    // announcing: communicators only, once; a notice to every participant, the results an item
    assertThat(send("POST", path + "/announcement", "sanne", null).statusCode()).isEqualTo(403);
    HttpResponse<String> announced = send("POST", path + "/announcement", "fatima", null);
    assertThat(announced.statusCode()).isEqualTo(200);
    JsonObject done = json(announced.body());
    assertThat(done.getString("phase")).isEqualTo("announced");
    assertThat(done.getString("winners")).isEqualTo("Sanne de Vries");
    assertThat(send("POST", path + "/announcement", "fatima", null).statusCode()).isEqualTo(409);
    assertThat(reportRaw(path, "sanne", null, "{\"linkedin\": 470}").statusCode()).isEqualTo(409);
    JsonObject item =
        json(
            send("GET", "api/v1/items/" + done.getJsonNumber("resultsItemId"), "pieter", null)
                .body());
    assertThat(item.getString("title")).contains(title);
    assertThat(send("GET", "api/v1/notices", "sanne", null).body()).contains(title);
    assertThat(
            json(send("GET", path + "/leaderboard", "sanne", null).body())
                .getJsonObject("mine")
                .getJsonArray("badges")
                .toString())
        .contains("winner");
  }

  @Test
  void theListAndTheWeeklyMailReachExactlyTheParticipantsAndErasingForgets() throws Exception {
    String title = "Post " + marker;
    long id = running(title);
    String path = "api/v1/challenges/" + id;
    assertThat(send("POST", path + "/weekly-mail", "fatima", null).statusCode())
        .as("nobody to write to yet")
        .isEqualTo(409);
    for (String who : List.of("sanne", "daan", "pieter")) {
      assertThat(send("PUT", path + "/enrolment", who, "{\"consent\": true}").statusCode())
          .isEqualTo(200);
    }
    report(path, "pieter", 2, "{\"linkedin\": 250, \"x\": 40}");
    // erasing measurement data takes the person out of the challenge, reports and all
    assertThat(send("DELETE", "api/v1/me/measurement", "pieter", null).statusCode()).isEqualTo(200);
    assertThat(json(send("GET", path, "pieter", null).body()).getBoolean("enrolled")).isFalse();
    assertThat(export("pieter").getJsonArray("challengeReports")).isEmpty();
    report(path, "sanne", 1, "{\"linkedin\": 300}");

    // the challenge's own list, and one made by hand through the API
    long listId =
        json(send("GET", path, "fatima", null).body()).getJsonNumber("listId").longValue();
    JsonObject list = json(send("GET", "api/v1/lists/" + listId, "fatima", null).body());
    assertThat(list.getString("kind")).isEqualTo("CHALLENGE_PARTICIPANTS");
    assertThat(list.getString("criterion")).isEqualTo(Long.toString(id));
    assertThat(list.getInt("members")).isEqualTo(2);
    assertThat(emails(send("GET", "api/v1/lists/" + listId + "/members", "fatima", null).body()))
        .containsExactlyInAnyOrder("sanne@polderlicht.example", "daan@polderlicht.example");
    HttpResponse<String> byHand =
        send(
            "POST",
            "api/v1/lists",
            "fatima",
            "{\"name\": \"Deelnemers %s\", \"kind\": \"CHALLENGE_PARTICIPANTS\", \"criterion\": \"%d\"}"
                .formatted(marker, id));
    assertThat(byHand.statusCode()).isEqualTo(201);
    assertThat(json(byHand.body()).getInt("members")).isEqualTo(2);
    assertProblem(
        send(
            "POST",
            "api/v1/lists",
            "fatima",
            "{\"name\": \"Geen\", \"kind\": \"CHALLENGE_PARTICIPANTS\", \"criterion\": \"987654321\"}"),
        400,
        "criterion");
    assertThat(send("GET", "newsletters/lists", "fatima", null).body())
        .contains("value=\"CHALLENGE_PARTICIPANTS\"");

    // the weekly mail: communicators only, to exactly the participants, once per week
    assertThat(send("POST", path + "/weekly-mail", "sanne", null).statusCode()).isEqualTo(403);
    HttpResponse<String> mailed = send("POST", path + "/weekly-mail", "fatima", null);
    assertThat(mailed.statusCode()).isEqualTo(201);
    JsonArray newsletters = json(mailed.body()).getJsonArray("newsletterIds");
    assertThat(newsletters).as("both participants read Dutch").hasSize(1);
    long newsletter = newsletters.getJsonNumber(0).longValue();
    assertThat(
            emails(
                send("GET", "api/v1/newsletters/" + newsletter + "/deliveries", "fatima", null)
                    .body()))
        .containsExactlyInAnyOrder("sanne@polderlicht.example", "daan@polderlicht.example");
    JsonObject mail = json(send("GET", "api/v1/newsletters/" + newsletter, "fatima", null).body());
    assertThat(mail.getString("subject")).contains(title, "week 3");
    assertThat(mail.getJsonArray("blocks").toString()).contains("Sanne de Vries");
    assertThat(send("POST", path + "/weekly-mail", "fatima", null).statusCode()).isEqualTo(409);
    // and it is sent: each participant's mail with their own line, marked as automatic
    String sanneMail = sentMail(newsletter, "sanne@polderlicht.example");
    assertThat(sanneMail).contains("Auto-Submitted: auto-generated");
    assertThat(decoded(sanneMail)).contains("Jouw netwerk groeide met 0 contacten");
    assertThat(decoded(sentMail(newsletter, "daan@polderlicht.example")))
        .contains("Je hebt nog geen stand doorgegeven");
    assertThat(send("GET", "newsletters/" + newsletter + "/read", "pieter", null).statusCode())
        .as("the standings are for the participants, not the archive")
        .isEqualTo(404);
  }

  // --- helpers

  /**
   * The mail of a newsletter to one address, from the file outbox of the default failsafe
   * execution, once the workers sent it.
   */
  private static String sentMail(long newsletter, String address) throws Exception {
    java.nio.file.Path outbox = java.nio.file.Path.of("target/it-data/mail-outbox");
    for (int i = 0; i < 100; i++) {
      if (java.nio.file.Files.isDirectory(outbox)) {
        try (var files = java.nio.file.Files.walk(outbox)) {
          for (java.nio.file.Path file :
              files.filter(java.nio.file.Files::isRegularFile).toList()) {
            String mail = java.nio.file.Files.readString(file);
            if (mail.contains("X-Hub-Newsletter: " + newsletter + "\r\n")
                    && mail.contains("<" + address + ">")
                || mail.contains("X-Hub-Newsletter: " + newsletter + "\n")
                    && mail.contains("<" + address + ">")) {
              return mail;
            }
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail of newsletter " + newsletter + " to " + address);
  }

  /** The mail with quoted-printable soft breaks and escapes undone, enough to search its text. */
  private static String decoded(String mail) {
    String joined = mail.replace("=\r\n", "").replace("=\n", "");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char ch = joined.charAt(i);
      if (ch == '='
          && i + 2 < joined.length()
          && joined.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
        out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(ch);
      }
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A challenge that started two weeks ago, so weeks 1 to 3 have begun. */
  private long running(String title) throws Exception {
    LocalDate start = LocalDate.now(AMSTERDAM).minusWeeks(2);
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/challenges",
            "fatima",
            challenge(title, start, 5, "[\"linkedin\", \"x\"]"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject c = json(created.body());
    assertThat(c.getString("phase")).isEqualTo("running");
    assertThat(c.getInt("currentWeek")).isEqualTo(3);
    return c.getJsonNumber("id").longValue();
  }

  private static String challenge(String title, LocalDate start, int weeks, String networks) {
    return "{\"title\": \"%s\", \"description\": \"Samen groeien\", \"startDate\": \"%s\", \"weeks\": %d%s}"
        .formatted(title, start, weeks, networks == null ? "" : ", \"networks\": " + networks);
  }

  private void report(String path, String user, int week, String contacts) throws Exception {
    HttpResponse<String> r = reportRaw(path, user, week, contacts);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private HttpResponse<String> reportRaw(String path, String user, Integer week, String contacts)
      throws Exception {
    return send(
        "POST",
        path + "/reports",
        user,
        "{" + (week == null ? "" : "\"week\": " + week + ", ") + "\"contacts\": " + contacts + "}");
  }

  private JsonObject export(String user) throws Exception {
    return json(send("GET", "api/v1/me/export", user, null).body());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response.body());
    assertThat(
            problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList())
        .contains(field);
  }

  private static List<String> emails(String pagedBody) {
    return json(pagedBody).getJsonArray("items").stream()
        .map(e -> e.asJsonObject().getString("email"))
        .toList();
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(
        http, base, method, path, user, user == null ? null : ApiCalls.passwordOf(user), body);
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

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
