package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial workflow on the real server: every step by every role (allowed and refused), review
 * when the policy wants it, the audit trail and text versions, two editors saving at once, the
 * photo, publishing as an item (now and scheduled), notices and mails. Each test makes its own
 * submissions, so the tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowIT {

  /** The demo's people: author, another colleague, editor, supervisor, guest. */
  private static final List<String> EVERYONE = List.of("sanne", "daan", "eva", "pieter", "joost");

  private static final String ALL_ACTIONS =
      "submit,claim,return,send-to-review,approve,reject,schedule,publish";

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();
  private final String marker = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @Test
  void everyStepByEveryRoleAllowedAndRefused() throws Exception {
    // LinkedIn needs review by the default policy.
    long id = create("sanne", "Stagiairs bouwen een lichtkunstwerk " + marker, "linkedin", "story");
    expectOnly(id, "draft", Map.of("sanne", "submit"));
    // a draft is its author's alone: others do not even see it
    assertThat(send("GET", "api/v1/submissions/" + id, "eva", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "api/v1/submissions/" + id, "daan", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "api/v1/submissions/" + id, "joost", null).statusCode()).isEqualTo(403);

    step(id, "sanne", "submit", null, "submitted");
    expectOnly(id, "submitted", Map.of("eva", "claim,return,reject"));
    assertThat(send("GET", "api/v1/submissions/" + id, "daan", null).statusCode())
        .as("another colleague never sees someone's submission")
        .isEqualTo(404);

    step(id, "eva", "claim", null, "in_editing");
    expectOnly(id, "in_editing", Map.of("eva", "return,reject,send-to-review"));
    // publishing before review: not possible for anyone now → 409 with what is allowed
    HttpResponse<String> early = transition(id, "eva", "publish", null, null);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = ApiCalls.json(early.body());
    assertThat(strings(problem.getJsonArray("allowed")))
        .containsExactlyInAnyOrder("return", "reject", "send-to-review");
    assertThat(problem.getString("detail")).contains("Allowed now", "send-to-review");

    step(id, "eva", "send-to-review", null, "in_review");
    expectOnly(id, "in_review", Map.of("pieter", "approve,return,reject"));
    step(id, "pieter", "return", "Noem de school niet bij naam.", "in_editing");
    step(id, "eva", "send-to-review", null, "in_review");
    step(id, "pieter", "approve", "Prima zo.", "approved");
    expectOnly(id, "approved", Map.of("eva", "schedule,publish"));
    JsonObject published = ApiCalls.json(step(id, "eva", "publish", null, "published").body());
    expectOnly(id, "published", Map.of());
    long item = published.getJsonNumber("itemId").longValue();
    JsonObject itemJson = ApiCalls.json(send("GET", "api/v1/items/" + item, "daan", null).body());
    assertThat(itemJson.getString("title"))
        .isEqualTo("Stagiairs bouwen een lichtkunstwerk " + marker);
    assertThat(itemJson.getString("channel")).isEqualTo("linkedin");

    // the audit trail: who, from which state to which, with the comments
    JsonArray events =
        ApiCalls.json(send("GET", "api/v1/submissions/" + id, "sanne", null).body())
            .getJsonArray("events");
    List<String> trail = new ArrayList<>();
    for (JsonObject event : events.getValuesAs(JsonObject.class)) {
      trail.add(
          event.getString("actor")
              + ":"
              + event.getString("action")
              + ":"
              + (absent(event, "from") ? "-" : event.getString("from"))
              + ">"
              + event.getString("to"));
      assertThat(event.getString("at")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
    }
    assertThat(trail)
        .containsExactly(
            "Sanne de Vries:create:->draft",
            "Sanne de Vries:submit:draft>submitted",
            "Eva Bakker:claim:submitted>in_editing",
            "Eva Bakker:send-to-review:in_editing>in_review",
            "Pieter van Dijk:return:in_review>in_editing",
            "Eva Bakker:send-to-review:in_editing>in_review",
            "Pieter van Dijk:approve:in_review>approved",
            "Eva Bakker:publish:approved>published");
    assertThat(events.getJsonObject(4).getString("comment"))
        .isEqualTo("Noem de school niet bij naam.");
  }

  @Test
  void refusedStepsSayWhyAndChangeNothing() throws Exception {
    long id = create("sanne", "Onze nieuwe bus " + marker, "internal", "photo");
    // wrong role for a step someone could take now → 403; a step no one can take now → 409
    assertThat(transition(id, "sanne", "claim", null, null).statusCode()).isEqualTo(409);
    step(id, "sanne", "submit", null, "submitted");
    assertThat(transition(id, "sanne", "claim", null, null).statusCode())
        .as("author claims")
        .isEqualTo(403);
    assertThat(transition(id, "pieter", "claim", null, null).statusCode())
        .as("supervisor claims")
        .isEqualTo(403);
    assertThat(transition(id, "eva", "approve", null, null).statusCode())
        .as("nothing to approve")
        .isEqualTo(409);
    assertThat(transition(id, "joost", "claim", null, null).statusCode())
        .as("guest")
        .isEqualTo(403);
    assertThat(transition(id, null, "claim", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = transition(id, "eva", "delete", null, null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(
            ApiCalls.json(unknown.body())
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("action");
    HttpResponse<String> silent = transition(id, "eva", "return", " ", null);
    assertThat(silent.statusCode()).as("a return needs a comment").isEqualTo(400);
    assertThat(
            ApiCalls.json(silent.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("comment");
    assertThat(state(id)).isEqualTo("submitted");

    step(id, "eva", "claim", null, "in_editing");
    // internal photos need no review: the editor may publish or schedule straight away
    expectOnly(id, "in_editing", Map.of("eva", "return,reject,send-to-review,schedule,publish"));
    HttpResponse<String> past =
        transition(id, "eva", "schedule", null, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(
            ApiCalls.json(past.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("at");
    assertThat(transition(id, "eva", "schedule", null, null).statusCode()).isEqualTo(400);
    step(id, "eva", "return", "Graag een foto met meer licht.", "returned");
    expectOnly(id, "returned", Map.of("sanne", "submit"));
    step(id, "sanne", "submit", null, "submitted");
    step(id, "eva", "reject", "Past niet in de planning.", "rejected");
    expectOnly(id, "rejected", Map.of());
    for (String action : ALL_ACTIONS.split(",")) {
      for (String user : List.of("sanne", "eva", "pieter")) {
        assertThat(transition(id, user, action, "x", null).statusCode())
            .as(user + " " + action + " on rejected")
            .isEqualTo(409);
      }
    }
  }

  @Test
  void whoMayEditAndTwoEditorsAtOnceLoseNothing() throws Exception {
    long id = create("sanne", "Energie besparen op kantoor " + marker, "blog", "story");
    JsonObject draft = get(id, "sanne");
    HttpResponse<String> own =
        edit(
            id,
            "sanne",
            "Energie besparen op kantoor " + marker,
            "<p>Zet je scherm uit.</p><script>alert(1)</script>",
            draft.getJsonNumber("version").longValue());
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(ApiCalls.json(own.body()).getString("body")).isEqualTo("<p>Zet je scherm uit.</p>");
    step(id, "sanne", "submit", null, "submitted");
    long v = get(id, "eva").getJsonNumber("version").longValue();
    assertThat(edit(id, "sanne", "te laat", null, v).statusCode())
        .as("author after submitting")
        .isEqualTo(409);
    assertThat(edit(id, "eva", "nog niet geclaimd", null, v).statusCode()).isEqualTo(409);
    step(id, "eva", "claim", null, "in_editing");
    v = get(id, "eva").getJsonNumber("version").longValue();
    assertThat(edit(id, "sanne", "niet meer van mij", null, v).statusCode()).isEqualTo(403);
    assertThat(edit(id, "pieter", "supervisor", null, v).statusCode()).isEqualTo(403);
    assertThat(
            send(
                    "PUT",
                    "api/v1/submissions/" + id,
                    "eva",
                    "{\"title\": \"zonder versie\", \"channel\": \"blog\"}")
                .statusCode())
        .isEqualTo(400);

    String second = secondEditor();
    // both read version v, both save: one wins, the other gets 409 and its text is kept
    String textA = "<p>Zet je scherm uit als je gaat lunchen.</p>";
    String textB = "<p>Doe het licht uit in lege vergaderzalen.</p>";
    long read = vOf(id);
    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(
            () -> quietly(() -> editAs(id, "eva", "Energie besparen " + marker, textA, read)));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(
            () -> quietly(() -> editAs(id, second, "Energie besparen " + marker, textB, read)));
    List<HttpResponse<String>> both = List.of(a.get(), b.get());
    assertThat(both.stream().map(HttpResponse::statusCode)).containsExactlyInAnyOrder(200, 409);
    HttpResponse<String> lost =
        both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    JsonObject conflict = ApiCalls.json(lost.body());
    assertThat(conflict.getString("detail")).contains("Someone else saved", "kept as text version");
    int kept = conflict.getInt("yourTextVersion");
    int current = conflict.getInt("currentTextVersion");
    JsonObject detail = get(id, "eva");
    String winner = detail.getString("body");
    assertThat(winner).isIn(textA, textB);
    JsonObject keptVersion =
        ApiCalls.json(
            send("GET", "api/v1/submissions/" + id + "/versions/" + kept, "eva", null).body());
    assertThat(keptVersion.getBoolean("conflict")).isTrue();
    assertThat(keptVersion.getString("body")).isIn(textA, textB).isNotEqualTo(winner);
    JsonObject currentVersion =
        ApiCalls.json(
            send("GET", "api/v1/submissions/" + id + "/versions/" + current, "eva", null).body());
    assertThat(currentVersion.getString("body")).isEqualTo(winner);
    assertThat(detail.getJsonArray("versions").size()).isGreaterThanOrEqualTo(4);

    // a readable diff between the two
    JsonObject diff =
        ApiCalls.json(
            send(
                    "GET",
                    "api/v1/submissions/" + id + "/compare?from=" + current + "&to=" + kept,
                    "eva",
                    null)
                .body());
    List<String> kinds = new ArrayList<>();
    StringBuilder added = new StringBuilder();
    for (JsonObject segment : diff.getJsonArray("body").getValuesAs(JsonObject.class)) {
      kinds.add(segment.getString("kind"));
      if (segment.getString("kind").equals("ADDED")) {
        added.append(segment.getString("text"));
      }
    }
    assertThat(kinds).contains("REMOVED", "ADDED");
    assertThat(added.toString()).isNotBlank();
    assertThat(
            send("GET", "api/v1/submissions/" + id + "/compare?from=1&to=999", "eva", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void listsShowEachPersonWhatIsTheirs() throws Exception {
    long mine = create("daan", "Daans concept " + marker, "internal", "idea");
    long handedIn = create("daan", "Daans idee " + marker, "internal", "idea");
    step(handedIn, "daan", "submit", null, "submitted");
    String daanList = send("GET", "api/v1/submissions?size=100", "daan", null).body();
    assertThat(daanList).contains("Daans concept " + marker, "Daans idee " + marker);
    assertThat(send("GET", "api/v1/submissions?size=100", "sanne", null).body())
        .doesNotContain(marker);
    String queue = send("GET", "api/v1/submissions?state=submitted&size=100", "eva", null).body();
    assertThat(queue).contains("Daans idee " + marker).doesNotContain("Daans concept " + marker);
    JsonObject page =
        ApiCalls.json(send("GET", "api/v1/submissions?size=1", "pieter", null).body());
    assertThat(page.getInt("size")).isEqualTo(1);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(send("GET", "api/v1/submissions?state=lost", "eva", null).statusCode())
        .isEqualTo(400);
    assertThat(send("GET", "api/v1/submissions?size=1000", "eva", null).statusCode())
        .isEqualTo(400);
    assertThat(mine).isNotEqualTo(handedIn);
  }

  @Test
  void badInputIsRefusedFieldByField() throws Exception {
    HttpResponse<String> bad =
        send(
            "POST",
            "api/v1/submissions",
            "sanne",
            "{\"title\": \"\", \"channel\": \"myspace\", \"type\": \"poem\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("title", "channel", "type");
    HttpResponse<String> link =
        send(
            "POST",
            "api/v1/submissions",
            "sanne",
            "{\"title\": \"Link\", \"channel\": \"web\", \"type\": \"link\", \"links\": [\"https://example.org/a\", \"javascript:alert(1)\"]}");
    assertThat(link.statusCode()).isEqualTo(400);
    assertThat(
            ApiCalls.json(link.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("links[1]");
    assertThat(
            send(
                    "POST",
                    "api/v1/submissions",
                    "joost",
                    "{\"title\": \"Gast\", \"channel\": \"web\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aPhotoIsCheckedByItsBytesAndBecomesTheItemsPicture() throws Exception {
    long id = create("sanne", "Zonsopkomst boven het lichtlab " + marker, "internal", "photo");
    assertThat(
            putImage(id, "sanne", "notities.png", "geen plaatje".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(putImage(id, "eva", "x.png", PNG).statusCode())
        .as("not the editor's draft")
        .isEqualTo(404);
    assertThat(putImage(id, "sanne", "zon.png", PNG).statusCode()).isEqualTo(204);
    HttpResponse<byte[]> image =
        http.send(
            request("GET", "api/v1/submissions/" + id + "/image", "sanne").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.body()).isEqualTo(PNG);
    assertThat(get(id, "sanne").getBoolean("hasImage")).isTrue();
    step(id, "sanne", "submit", null, "submitted");
    step(id, "eva", "claim", null, "in_editing");
    long item =
        ApiCalls.json(step(id, "eva", "publish", null, "published").body())
            .getJsonNumber("itemId")
            .longValue();
    String imageUrl =
        ApiCalls.json(send("GET", "api/v1/items/" + item, "daan", null).body())
            .getString("imageUrl");
    assertThat(imageUrl).matches("/api/v1/attachments/\\d+/thumbnail");
    assertThat(send("GET", imageUrl.substring(1), "daan", null).statusCode()).isEqualTo(200);
  }

  @Test
  void scheduledSubmissionsArePublishedOnTime() throws Exception {
    long id = create("sanne", "Open dag: de planning " + marker, "internal", "story");
    step(id, "sanne", "submit", null, "submitted");
    step(id, "eva", "claim", null, "in_editing");
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
    JsonObject scheduled = ApiCalls.json(step(id, "eva", "schedule", null, "scheduled", at).body());
    assertThat(absent(scheduled, "itemId")).isTrue();
    expectOnly(id, "scheduled", Map.of("eva", "schedule,publish"));
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!state(id).equals("published") && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    JsonObject published = get(id, "sanne");
    assertThat(published.getString("state")).isEqualTo("published");
    assertThat(absent(published, "itemId")).isFalse();
    JsonArray events = published.getJsonArray("events");
    JsonObject last = events.getJsonObject(events.size() - 1);
    assertThat(last.getString("action")).isEqualTo("publish");
    assertThat(last.getString("from")).isEqualTo("scheduled");
    assertThat(OffsetDateTime.parse(last.getString("at"))).isAfterOrEqualTo(at);
    // published once: exactly one item with this title
    String found = send("GET", "api/v1/items?size=100&channel=internal", "sanne", null).body();
    assertThat(found.split("Open dag: de planning " + marker, -1)).hasSize(2);
  }

  @Test
  void thePeopleConcernedGetANoticeAndAMailInTheirLanguage() throws Exception {
    String title = "Lichtlab on tour " + marker;
    long id = create("olivia", title, "internal", "story");
    int unreadBefore = unread("eva");
    step(id, "olivia", "submit", null, "submitted");
    assertThat(unread("eva")).isEqualTo(unreadBefore + 1);
    JsonObject notice =
        ApiCalls.json(send("GET", "api/v1/notices?size=1", "eva", null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(notice.getString("text")).isEqualTo("Olivia Brown heeft „" + title + "” ingediend");
    assertThat(notice.getString("link")).isEqualTo("/submissions/" + id);
    assertThat(notice.getBoolean("read")).isFalse();
    assertThat(
            send("POST", "api/v1/notices/" + notice.getJsonNumber("id") + "/read", "sanne", null)
                .statusCode())
        .as("not sanne's")
        .isEqualTo(404);
    assertThat(
            send("POST", "api/v1/notices/" + notice.getJsonNumber("id") + "/read", "eva", null)
                .statusCode())
        .isEqualTo(200);
    assertThat(unread("eva")).isEqualTo(unreadBefore);

    step(id, "eva", "claim", null, "in_editing");
    JsonObject toOlivia =
        ApiCalls.json(send("GET", "api/v1/notices?size=1", "olivia", null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(toOlivia.getString("text"))
        .isEqualTo("Eva Bakker is working on your submission “" + title + "”");
    // mails go out after the commit, each in the recipient's language
    assertThat(mailTo("olivia@polderlicht.example", "Your submission is being edited: " + title))
        .isTrue();
    assertThat(mailTo("eva@polderlicht.example", "Nieuwe inzending: " + title)).isTrue();
    assertThat(send("POST", "api/v1/notices/read", "olivia", null).statusCode()).isEqualTo(200);
    assertThat(unread("olivia")).isZero();
  }

  @Test
  void theWhatsAppWebhookTakesOnlySignedCallsAndEachMessageOnce() throws Exception {
    HttpResponse<String> handshake =
        send(
            "GET",
            "api/v1/intake/whatsapp?hub.mode=subscribe&hub.verify_token=it-verify-token&hub.challenge=1158201444",
            null,
            null);
    assertThat(handshake.statusCode()).isEqualTo(200);
    assertThat(handshake.body()).isEqualTo("1158201444");
    assertThat(
            send(
                    "GET",
                    "api/v1/intake/whatsapp?hub.mode=subscribe&hub.verify_token=raden&hub.challenge=1",
                    null,
                    null)
                .statusCode())
        .isEqualTo(403);

    String digits = String.format("316%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    String stranger = String.format("447%08d", Math.floorMod(System.nanoTime() / 7, 100_000_000L));
    String phone = "+" + digits.substring(0, 2) + " " + digits.substring(2);
    assertThat(
            send(
                    "PUT",
                    "api/v1/intake/phones",
                    "sanne",
                    "{\"phone\": \"%s\", \"username\": \"sanne\"}".formatted(phone))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> linked =
        send(
            "PUT",
            "api/v1/intake/phones",
            "eva",
            "{\"phone\": \"%s\", \"username\": \"sanne\"}".formatted(phone));
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    assertThat(ApiCalls.json(linked.body()).getString("phone")).isEqualTo(digits);
    assertThat(
            send(
                    "PUT",
                    "api/v1/intake/phones",
                    "eva",
                    "{\"phone\": \"12\", \"username\": \"sanne\"}")
                .statusCode())
        .isEqualTo(400);

    String title = "Klant Houten tevreden " + marker;
    String body =
        """
        {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
          "messaging_product": "whatsapp",
          "contacts": [{"profile": {"name": "Sanne"}, "wa_id": "%1$s"}, {"profile": {"name": "Onbekend"}, "wa_id": "%2$s"}],
          "messages": [
            {"from": "%1$s", "id": "wamid.%3$s.1", "timestamp": "1749416383", "type": "text",
             "text": {"body": "%4$s\\nZie https://polderlicht.example/houten."}},
            {"from": "%2$s", "id": "wamid.%3$s.2", "timestamp": "1749416390", "type": "image",
             "image": {"caption": "Foto van de oplevering", "mime_type": "image/jpeg", "id": "media-%3$s"}}
          ]}}]}]}
        """
            .formatted(digits, stranger, marker, title);
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    assertThat(webhook(raw, null).statusCode()).as("unsigned").isEqualTo(401);
    assertThat(webhook(raw, "sha256=" + "0".repeat(64)).statusCode())
        .as("badly signed")
        .isEqualTo(403);
    assertThat(webhook(raw, sign(raw, "een ander geheim")).statusCode())
        .as("another secret")
        .isEqualTo(403);
    byte[] tampered = body.replace("tevreden", "ontevreden").getBytes(StandardCharsets.UTF_8);
    assertThat(webhook(tampered, sign(raw, WHATSAPP_SECRET)).statusCode())
        .as("body changed after signing")
        .isEqualTo(403);
    assertThat(send("GET", "api/v1/submissions?size=100", "sanne", null).body())
        .as("refused calls leave nothing")
        .doesNotContain(title);

    HttpResponse<String> accepted = webhook(raw, sign(raw, WHATSAPP_SECRET));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonObject receipt = ApiCalls.json(accepted.body());
    assertThat(receipt.getInt("received")).isEqualTo(2);
    assertThat(receipt.getInt("submitted")).isEqualTo(1);
    assertThat(receipt.getInt("held")).isEqualTo(1);
    JsonObject again = ApiCalls.json(webhook(raw, sign(raw, WHATSAPP_SECRET)).body());
    assertThat(again.getInt("received")).as("the gateway retries: nothing twice").isZero();
    assertThat(again.getInt("duplicates")).isEqualTo(2);

    JsonObject mine =
        ApiCalls.json(
            send("GET", "api/v1/submissions?size=100&state=submitted", "sanne", null).body());
    JsonObject fromChat =
        mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("title").equals(title))
            .findFirst()
            .orElseThrow();
    assertThat(fromChat.getString("type")).isEqualTo("link");
    assertThat(strings(fromChat.getJsonArray("links")))
        .containsExactly("https://polderlicht.example/houten");
    JsonObject detail = get(fromChat.getJsonNumber("id").longValue(), "sanne");
    assertThat(detail.getJsonArray("events").getJsonObject(1).getString("comment"))
        .isEqualTo("via WhatsApp");

    assertThat(send("GET", "api/v1/intake/held", "sanne", null).statusCode()).isEqualTo(403);
    JsonObject held =
        ApiCalls.json("{\"list\": " + send("GET", "api/v1/intake/held", "eva", null).body() + "}")
            .getJsonArray("list")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("sender").equals(stranger))
            .findFirst()
            .orElseThrow();
    assertThat(held.getString("mediaId")).isEqualTo("media-" + marker);
    assertThat(held.getString("kind")).isEqualTo("image");
    HttpResponse<String> assigned =
        send(
            "POST",
            "api/v1/intake/held/" + held.getJsonNumber("id") + "/assign",
            "eva",
            "{\"username\": \"daan\", \"remember\": true}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    JsonObject daans = ApiCalls.json(assigned.body());
    assertThat(daans.getString("type")).isEqualTo("photo");
    assertThat(daans.getString("state")).isEqualTo("submitted");
    assertThat(daans.getString("body")).contains("media-" + marker);
    assertThat(send("GET", "api/v1/intake/phones", "eva", null).body())
        .contains("{\"phone\":\"" + stranger + "\",\"username\":\"daan\"}");
    assertThat(
            send(
                    "POST",
                    "api/v1/intake/held/" + held.getJsonNumber("id") + "/assign",
                    "eva",
                    "{\"username\": \"daan\"}")
                .statusCode())
        .as("assigned once")
        .isEqualTo(404);
  }

  @Test
  void theContentCalendarIsPlannedTogetherAndSubscribedToInOutlook() throws Exception {
    OffsetDateTime monday =
        OffsetDateTime.now(ZoneOffset.UTC)
            .plusDays(60 + Math.floorMod(System.nanoTime(), 250))
            .withHour(8)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    String range = "from=" + monday.toLocalDate() + "&to=" + monday.toLocalDate().plusDays(2);
    String open = "{\"startsAt\": \"%s\", \"channel\": \"linkedin\"}".formatted(monday);
    assertThat(send("POST", "api/v1/calendar", "sanne", open).statusCode())
        .as("colleagues do not plan")
        .isEqualTo(403);
    HttpResponse<String> created = send("POST", "api/v1/calendar", "eva", open);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject slot = ApiCalls.json(created.body());
    assertThat(slot.getString("state")).isEqualTo("open");
    long slotId = slot.getJsonNumber("id").longValue();
    String planned =
        "{\"startsAt\": \"%s\", \"channel\": \"blog\", \"title\": \"Terugblik open dag %s\", \"owner\": \"fatima\"}"
            .formatted(monday.plusHours(26), marker);
    JsonObject plannedSlot = ApiCalls.json(send("POST", "api/v1/calendar", "eva", planned).body());
    assertThat(plannedSlot.getString("state")).isEqualTo("planned");
    assertThat(plannedSlot.getString("owner")).isEqualTo("fatima");
    assertThat(
            send("POST", "api/v1/calendar", "eva", planned.replace("fatima", "niemand"))
                .statusCode())
        .isEqualTo(400);

    // a colleague proposes an idea for the open slot: it becomes her submission
    String idea = "Idee: klantverhaal Zeist " + marker;
    HttpResponse<String> proposed =
        send(
            "POST",
            "api/v1/calendar/" + slotId + "/proposals",
            "sanne",
            "{\"title\": \"%s\", \"note\": \"Met foto van het plein.\"}".formatted(idea));
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    JsonObject taken = ApiCalls.json(proposed.body());
    assertThat(taken.getString("state")).isEqualTo("proposed");
    assertThat(taken.getString("proposedBy")).isEqualTo("sanne");
    assertThat(taken.getString("submissionState")).isEqualTo("submitted");
    long submission = taken.getJsonNumber("submissionId").longValue();
    JsonObject sub = get(submission, "sanne");
    assertThat(sub.getString("type")).isEqualTo("idea");
    assertThat(sub.getString("channel")).isEqualTo("linkedin");
    assertThat(
            send(
                    "POST",
                    "api/v1/calendar/" + slotId + "/proposals",
                    "daan",
                    "{\"title\": \"Ook een idee\"}")
                .statusCode())
        .as("the slot is taken")
        .isEqualTo(409);

    // editors move and assign; a stale version is refused
    long version = taken.getJsonNumber("version").longValue();
    String move =
        "{\"startsAt\": \"%s\", \"channel\": \"linkedin\", \"title\": \"%s\", \"owner\": \"eva\", \"version\": %d}";
    HttpResponse<String> moved =
        send(
            "PUT",
            "api/v1/calendar/" + slotId,
            "eva",
            move.formatted(monday.plusHours(2), idea, version));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(OffsetDateTime.parse(ApiCalls.json(moved.body()).getString("startsAt")).toInstant())
        .isEqualTo(monday.plusHours(2).toInstant());
    assertThat(
            send("PUT", "api/v1/calendar/" + slotId, "eva", move.formatted(monday, idea, version))
                .statusCode())
        .isEqualTo(409);
    assertThat(
            send(
                    "PUT",
                    "api/v1/calendar/" + slotId,
                    "sanne",
                    move.formatted(monday, idea, version + 1))
                .statusCode())
        .isEqualTo(403);

    JsonArray week =
        ApiCalls.json(
                "{\"l\": " + send("GET", "api/v1/calendar?" + range, "daan", null).body() + "}")
            .getJsonArray("l");
    assertThat(week.getValuesAs(JsonObject.class).stream().map(o -> o.getString("title", "")))
        .contains(idea, "Terugblik open dag " + marker);
    assertThat(send("GET", "api/v1/calendar?from=gisteren", "daan", null).statusCode())
        .isEqualTo(400);
    assertThat(
            send("GET", "api/v1/calendar?from=2026-01-01&to=2028-01-01", "daan", null).statusCode())
        .isEqualTo(400);

    // Outlook subscribes without a session: a personal secret address, revocable
    assertThat(send("GET", "calendar.ics", null, null).statusCode()).isEqualTo(404);
    String url =
        ApiCalls.json(send("POST", "api/v1/calendar/subscription", "daan", null).body())
            .getString("url");
    assertThat(url).contains("/calendar.ics?token=");
    String path = url.substring(url.indexOf("calendar.ics"));
    HttpResponse<String> feed = send("GET", path, null, null);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed.body()));
    List<net.fortuna.ical4j.model.component.VEvent> events = parsed.getComponents("VEVENT");
    net.fortuna.ical4j.model.component.VEvent mine =
        events.stream()
            .filter(e -> e.getSummary().getValue().contains(idea))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getSummary().getValue()).isEqualTo("[LinkedIn] " + idea);
    assertThat(java.time.Instant.from(mine.getDateTimeStart().getDate()))
        .isEqualTo(monday.plusHours(2).toInstant());
    String second =
        ApiCalls.json(send("POST", "api/v1/calendar/subscription", "daan", null).body())
            .getString("url");
    assertThat(send("GET", path, null, null).statusCode())
        .as("a new address revokes the old")
        .isEqualTo(404);
    assertThat(send("DELETE", "api/v1/calendar/subscription", "daan", null).statusCode())
        .isEqualTo(204);
    assertThat(
            send("GET", second.substring(second.indexOf("calendar.ics")), null, null).statusCode())
        .isEqualTo(404);
    assertThat(
            send("DELETE", "api/v1/calendar/" + plannedSlot.getJsonNumber("id"), "eva", null)
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void anEditorAsksAnExpertToWriteWithinAFrame() throws Exception {
    OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0);
    String topic = "Wat slimme netten voor gemeenten betekenen " + marker;
    String assignment =
        "{\"writer\": \"%s\", \"topic\": \"%s\", \"angle\": \"Vanuit de wethouder gezien\", \"channel\": \"blog\", \"words\": 600, \"deadline\": \"%s\"}";
    assertThat(
            send(
                    "POST",
                    "api/v1/calendar/assignments",
                    "sanne",
                    assignment.formatted("daan", topic, deadline))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(
                    "POST",
                    "api/v1/calendar/assignments",
                    "eva",
                    assignment.formatted("niemand", topic, deadline))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "POST",
                    "api/v1/calendar/assignments",
                    "eva",
                    assignment.formatted("daan", topic, deadline.minusDays(10)))
                .statusCode())
        .isEqualTo(400);
    int unread = unread("daan");
    HttpResponse<String> given =
        send(
            "POST",
            "api/v1/calendar/assignments",
            "eva",
            assignment.formatted("daan", topic, deadline));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    JsonObject slot = ApiCalls.json(given.body());
    assertThat(slot.getString("owner")).isEqualTo("daan");
    assertThat(slot.getString("state")).isEqualTo("planned");
    assertThat(slot.getString("note")).contains("Vanuit de wethouder gezien", "600", "Blog");
    assertThat(OffsetDateTime.parse(slot.getString("startsAt")).toInstant())
        .isEqualTo(deadline.toInstant());
    long draft = slot.getJsonNumber("submissionId").longValue();

    // the expert's own draft, with who asked and the frame in its history
    JsonObject mine = get(draft, "daan");
    assertThat(mine.getString("state")).isEqualTo("draft");
    assertThat(mine.getJsonObject("author").getString("name")).isEqualTo("Daan Jansen");
    assertThat(strings(mine.getJsonArray("allowedActions"))).containsExactly("submit");
    JsonObject first = mine.getJsonArray("events").getJsonObject(0);
    assertThat(first.getString("actor")).isEqualTo("Eva Bakker");
    assertThat(first.getString("action")).isEqualTo("assign");
    assertThat(first.getString("comment"))
        .contains(
            "Onderwerp: " + topic,
            "Invalshoek: Vanuit de wethouder gezien",
            "ongeveer 600 woorden");
    assertThat(unread("daan")).isEqualTo(unread + 1);
    assertThat(mailTo("daan@polderlicht.example", "Schrijfopdracht: " + topic)).isTrue();

    // the expert writes it and it enters the normal workflow
    HttpResponse<String> written =
        edit(
            draft,
            "daan",
            topic,
            "<p>Slimme netten besparen gemeenten geld.</p>",
            mine.getJsonNumber("version").longValue());
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    step(draft, "daan", "submit", null, "submitted");
    step(draft, "eva", "claim", null, "in_editing");
  }

  // --- intake by e-mail (GreenMail's IMAP on the port the pom gives the hub)

  private static final int INTAKE_IMAP_PORT =
      Integer.parseInt(System.getProperty("hub.it.intake-imap-port"));
  private static com.icegreen.greenmail.util.GreenMail imap;
  private static com.icegreen.greenmail.user.GreenMailUser mailbox;

  @org.junit.jupiter.api.BeforeAll
  static void startTheIntakeMailbox() {
    imap =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(INTAKE_IMAP_PORT, "127.0.0.1", "imap"));
    imap.start();
    mailbox = imap.setUser("redactie@hub.polderlicht.example", "redactie", "it-imap-secret");
  }

  @org.junit.jupiter.api.AfterAll
  static void stopTheIntakeMailbox() {
    imap.stop();
  }

  @Test
  void mailToTheIntakeMailboxBecomesSubmissionsOnceAndBrokenMailIsQuarantined() throws Exception {
    String m = marker;
    String plain =
        """
        From: Sanne de Vries <sanne@polderlicht.example>
        To: redactie@hub.polderlicht.example
        Subject: Fwd: Nieuwe klant in Zeist %1$s
        Message-ID: <plain-%1$s@polderlicht.example>
        Date: Mon, 23 Nov 2026 10:00:00 +0100
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Goed nieuws: de gemeente Zeist kiest voor ons.
        Meer: https://polderlicht.example/zeist-%1$s
        """
            .formatted(m);
    String html =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: Showroom open %1$s
        Message-ID: <html-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/related; boundary="rel"

        --rel
        Content-Type: text/html; charset=UTF-8

        <p>De <b>nieuwe</b> showroom is open.</p><img src="cid:foto1"><script>alert(1)</script>
        --rel
        Content-Type: image/png
        Content-Transfer-Encoding: base64
        Content-ID: <foto1>
        Content-Disposition: inline; filename="showroom.png"

        %2$s
        --rel--
        """
            .formatted(m, Base64.getEncoder().encodeToString(PNG));
    String attached =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: Foto van de bus %1$s
        Message-ID: <attached-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="mix"

        --mix
        Content-Type: text/plain; charset=UTF-8

        Onze nieuwe servicebus, zie bijlage.
        --mix
        Content-Type: image/png; name="bus.png"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="bus.png"

        %2$s
        --mix--
        """
            .formatted(m, Base64.getEncoder().encodeToString(PNG));
    String forwarded =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: Doorst: persbericht %1$s
        Message-ID: <forwarded-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="fw"

        --fw
        Content-Type: text/plain; charset=UTF-8

        Leuk voor de hub?
        --fw
        Content-Type: message/rfc822

        From: Gemeente Zeist <pers@zeist.example>
        To: sanne@polderlicht.example
        Subject: Ledverlichting in het centrum
        Message-ID: <inner-%1$s@zeist.example>
        Content-Type: text/plain; charset=UTF-8

        Het centrum van Zeist krijgt slimme ledverlichting van Polderlicht.
        --fw--
        """
            .formatted(m);
    String broken =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: Kapot %1$s
        Message-ID: <broken-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="bestaat-niet"

        Hier staat geen enkele grens in.
        """
            .formatted(m);
    String stranger =
        """
        From: Onbekende <tipgever-%1$s@example.org>
        To: redactie@hub.polderlicht.example
        Subject: Tip voor jullie %1$s
        Message-ID: <stranger-%1$s@example.org>
        Content-Type: text/plain; charset=UTF-8

        Zag jullie verlichting in Houten, mooi!
        """
            .formatted(m);
    for (String raw : List.of(plain, html, attached, forwarded, broken, stranger, plain)) {
      mailbox.deliver(mime(raw));
    }

    JsonObject fromPlain = awaitSubmission("sanne", "Nieuwe klant in Zeist " + m);
    JsonObject fromHtml = awaitSubmission("sanne", "Showroom open " + m);
    JsonObject fromAttachment = awaitSubmission("sanne", "Foto van de bus " + m);
    JsonObject fromForward = awaitSubmission("sanne", "persbericht " + m);

    JsonObject plainDetail = get(fromPlain.getJsonNumber("id").longValue(), "sanne");
    assertThat(plainDetail.getString("state")).isEqualTo("submitted");
    assertThat(plainDetail.getString("type")).isEqualTo("link");
    assertThat(strings(plainDetail.getJsonArray("links")))
        .containsExactly("https://polderlicht.example/zeist-" + m);
    assertThat(plainDetail.getJsonArray("events").getJsonObject(1).getString("comment"))
        .isEqualTo("via e-mail");
    JsonObject htmlDetail = get(fromHtml.getJsonNumber("id").longValue(), "sanne");
    assertThat(htmlDetail.getString("body"))
        .contains("<b>nieuwe</b>")
        .doesNotContain("script", "cid:");
    assertThat(htmlDetail.getBoolean("hasImage")).as("the inline photo").isTrue();
    assertThat(htmlDetail.getString("type")).isEqualTo("photo");
    assertThat(get(fromAttachment.getJsonNumber("id").longValue(), "sanne").getBoolean("hasImage"))
        .as("the attached photo")
        .isTrue();
    assertThat(get(fromForward.getJsonNumber("id").longValue(), "sanne").getString("body"))
        .contains(
            "Leuk voor de hub?",
            "Ledverlichting in het centrum",
            "Het centrum van Zeist krijgt slimme ledverlichting");

    // the same Message-ID twice: one submission
    String mine = send("GET", "api/v1/submissions?size=100&mine=true", "sanne", null).body();
    assertThat(mine.split("Nieuwe klant in Zeist " + m, -1)).hasSize(2);
    // an unknown sender waits for an editor; the broken mail is quarantined, never lost
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!send("GET", "api/v1/intake/held", "eva", null).body().contains("tipgever-" + m)
        && System.nanoTime() < deadline) {
      Thread.sleep(300);
    }
    assertThat(send("GET", "api/v1/intake/held", "eva", null).body())
        .contains("tipgever-" + m + "@example.org");
    assertThat(awaitSubjects("Quarantaine", "Kapot " + m)).isTrue();
    assertThat(awaitSubjects("Verwerkt", "Showroom open " + m)).isTrue();
    assertThat(mine).doesNotContain("Kapot " + m);
    // the sender gets a confirmation with a link
    assertThat(mailTo("sanne@polderlicht.example", "Ontvangen: Showroom open " + m)).isTrue();
  }

  /** A tiny PDF (Tika knows it by its "%PDF-" bytes). */
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  /** The start of a Windows program: never accepted. */
  private static final byte[] EXE = {
    'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0
  };

  @Test
  void everyFileOfAMailIsKeptAndGoesWithThePublishedItem() throws Exception {
    String m = marker;
    String raw =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: Bestanden van de open dag %1$s
        Message-ID: <files-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/related; boundary="rel"

        --rel
        Content-Type: text/html; charset=UTF-8

        <p>Alles van de open dag.</p><img src="cid:zaal">
        --rel
        Content-Type: image/png
        Content-Transfer-Encoding: base64
        Content-ID: <zaal>
        Content-Disposition: inline; filename="zaal.png"

        %2$s
        --rel--
        --outer
        Content-Type: application/pdf; name="programma.pdf"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="programma.pdf"

        %3$s
        --outer
        Content-Type: text/plain; charset=UTF-8; name="notities.txt"
        Content-Disposition: attachment; filename="notities.txt"

        Sprekers: Eva en Daan.
        --outer
        Content-Type: application/octet-stream; name="tool.exe"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="tool.exe"

        %4$s
        --outer
        Content-Type: message/rfc822

        From: Fotograaf <foto@example.org>
        Subject: Nog een foto
        Message-ID: <inner-files-%1$s@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="in"

        --in
        Content-Type: text/plain; charset=UTF-8

        Hierbij de tweede foto.
        --in
        Content-Type: image/png; name="podium.png"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="podium.png"

        %2$s
        --in--
        --outer--
        """
            .formatted(
                m,
                Base64.getEncoder().encodeToString(PNG),
                Base64.getEncoder().encodeToString(PDF),
                Base64.getEncoder().encodeToString(EXE));
    mailbox.deliver(mime(raw));

    long id =
        awaitSubmission("sanne", "Bestanden van de open dag " + m).getJsonNumber("id").longValue();
    JsonObject detail = get(id, "sanne");
    assertThat(detail.getBoolean("hasImage")).as("the first photo is its photo").isTrue();
    List<JsonObject> files = detail.getJsonArray("attachments").getValuesAs(JsonObject.class);
    assertThat(files)
        .extracting(f -> f.getString("filename"))
        .containsExactlyInAnyOrder("programma.pdf", "notities.txt", "podium.png");
    assertThat(files)
        .filteredOn(f -> f.getString("filename").equals("programma.pdf"))
        .extracting(f -> f.getString("mediaType"))
        .containsExactly("application/pdf");
    assertThat(detail.getJsonArray("events").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("action").equals("file-skipped"))
        .extracting(e -> e.getString("comment"))
        .singleElement()
        .satisfies(c -> assertThat(c).startsWith("tool.exe: ").contains("not accepted"));

    String pdfUrl =
        files.stream()
            .filter(f -> f.getString("filename").equals("programma.pdf"))
            .findFirst()
            .orElseThrow()
            .getString("url");
    HttpResponse<byte[]> download =
        http.send(
            request("GET", pdfUrl.substring(1), "sanne").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment;").contains("programma.pdf"));
    assertThat(download.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("sandbox"));
    assertThat(send("GET", pdfUrl.substring(1), "eva", null).statusCode())
        .as("the editor sees the submitted submission")
        .isEqualTo(200);
    assertThat(send("GET", pdfUrl.substring(1), "daan", null).statusCode())
        .as("another colleague does not")
        .isEqualTo(404);
    // the submission page lists them as downloads
    assertThat(send("GET", "submissions/" + id, "sanne", null).body())
        .contains(pdfUrl, "notities.txt", "podium.png");

    step(id, "eva", "claim", null, "in_editing");
    long item =
        ApiCalls.json(step(id, "eva", "publish", null, "published").body())
            .getJsonNumber("itemId")
            .longValue();
    assertThat(
            jsonArray(send("GET", "api/v1/items/" + item + "/attachments", "daan", null).body())
                .getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("filename"))
        .containsExactlyInAnyOrder("zaal.png", "programma.pdf", "notities.txt", "podium.png");

    // from an unknown address: held with its raw message, and assigned it keeps its files
    String stranger =
        """
        From: Fotoclub <fotoclub-%1$s@example.org>
        To: redactie@hub.polderlicht.example
        Subject: Foto's voor jullie %1$s
        Message-ID: <held-files-%1$s@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="h"

        --h
        Content-Type: text/plain; charset=UTF-8

        Twee bestanden van de fotoclub.
        --h
        Content-Type: image/png; name="club.png"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="club.png"

        %2$s
        --h
        Content-Type: application/pdf; name="uitleg.pdf"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="uitleg.pdf"

        %3$s
        --h--
        """
            .formatted(
                m,
                Base64.getEncoder().encodeToString(PNG),
                Base64.getEncoder().encodeToString(PDF));
    mailbox.deliver(mime(stranger));
    JsonObject held = null;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (held == null) {
      held =
          jsonArray(send("GET", "api/v1/intake/held", "eva", null).body())
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(h -> h.getString("sender").equals("fotoclub-" + m + "@example.org"))
              .findFirst()
              .orElse(null);
      assertThat(System.nanoTime()).as("the stranger's mail held").isLessThan(deadline);
      if (held == null) {
        Thread.sleep(300);
      }
    }
    HttpResponse<String> assigned =
        send(
            "POST",
            "api/v1/intake/held/" + held.getJsonNumber("id") + "/assign",
            "eva",
            "{\"username\": \"daan\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    JsonObject daans = get(ApiCalls.json(assigned.body()).getJsonNumber("id").longValue(), "daan");
    assertThat(daans.getString("title")).isEqualTo("Foto's voor jullie " + m);
    assertThat(daans.getString("body")).contains("Twee bestanden van de fotoclub.");
    assertThat(daans.getBoolean("hasImage")).isTrue();
    assertThat(daans.getJsonArray("attachments").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("filename"))
        .containsExactly("uitleg.pdf");
  }

  @Test
  void exportedChatsFromAndroidAndIphoneAreUnpacked() throws Exception {
    String m = marker;
    String android =
        """
        12-03-2024 14:03 - Berichten en oproepen zijn end-to-end versleuteld.
        12-03-2024 14:05 - Sanne de Vries: Kijk, de nieuwe bus! %1$s
        Hij staat voor de deur.
        12-03-2024 14:06 - Sanne de Vries: IMG-20240312-WA0003.jpg (bestand bijgevoegd)
        13-03-2024 09:15 - Daan: Mooi <b>zet</b> hem op de hub
        """
            .formatted(m);
    String fromAndroid =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: WhatsApp-chat met Daan %1$s
        Message-ID: <android-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="wa"

        --wa
        Content-Type: text/plain; charset=UTF-8

        Chatgeschiedenis is bijgevoegd als "WhatsApp-chat met Daan.txt".
        --wa
        Content-Type: text/plain; charset=UTF-8; name="WhatsApp-chat met Daan.txt"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="WhatsApp-chat met Daan.txt"

        %2$s
        --wa
        Content-Type: image/jpeg; name="IMG-20240312-WA0003.jpg"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="IMG-20240312-WA0003.jpg"

        %3$s
        --wa--
        """
            .formatted(
                m,
                Base64.getEncoder().encodeToString(android.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(PNG));
    String ios =
        "\u200e[12-03-2024, 14:05:33] Polderlicht lab: \u200eBerichten zijn end-to-end versleuteld.\n"
            + "[12-03-2024, 14:05:40] Sanne de Vries: Eerste regel "
            + m
            + "\ntweede regel\n"
            + "\u200e[12-03-2024, 14:06:01] Sanne de Vries: \u200e<attached: 00000012-PHOTO-2024-03-12-14-06-01.jpg>\n"
            + "[12-03-2024, 14:07:00] Eva: <attached: 00000013-programma.pdf>\n"
            + "[12-03-2024, 14:08:00] Eva: <attached: 00000014-VIDEO-2024-03-12-14-08-00.mp4>\n";
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
      for (Map.Entry<String, byte[]> f :
          Map.of(
                  "_chat.txt", ios.getBytes(StandardCharsets.UTF_8),
                  "00000012-PHOTO-2024-03-12-14-06-01.jpg", PNG,
                  "00000013-programma.pdf", PDF)
              .entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
        out.write(f.getValue());
        out.closeEntry();
      }
    }
    String fromIphone =
        """
        From: sanne@polderlicht.example
        To: redactie@hub.polderlicht.example
        Subject: WhatsApp-chat - Lichtlab %1$s
        Message-ID: <ios-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="wa"

        --wa
        Content-Type: application/zip; name="WhatsApp Chat - Lichtlab.zip"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="WhatsApp Chat - Lichtlab.zip"

        %2$s
        --wa--
        """
            .formatted(m, Base64.getMimeEncoder().encodeToString(zip.toByteArray()));
    mailbox.deliver(mime(fromAndroid));
    mailbox.deliver(mime(fromIphone));

    JsonObject fromPhone =
        get(
            awaitSubmission("sanne", "WhatsApp-chat met Daan " + m).getJsonNumber("id").longValue(),
            "sanne");
    assertThat(fromPhone.getString("body"))
        .contains(
            "Sanne de Vries",
            "12-03-2024 14:05",
            "Kijk, de nieuwe bus! " + m,
            "Hij staat voor de deur.",
            "IMG-20240312-WA0003.jpg",
            "Daan")
        .doesNotContain("<b>zet</b>");
    assertThat(fromPhone.getBoolean("hasImage")).as("the photo from the chat").isTrue();
    assertThat(fromPhone.getJsonArray("attachments").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("filename"))
        .containsExactly("WhatsApp-chat met Daan.txt");

    JsonObject fromZip =
        get(
            awaitSubmission("sanne", "WhatsApp-chat - Lichtlab " + m)
                .getJsonNumber("id")
                .longValue(),
            "sanne");
    assertThat(fromZip.getString("body"))
        .contains(
            "Eerste regel " + m, "tweede regel", "12-03-2024 14:05", "00000013-programma.pdf");
    assertThat(fromZip.getBoolean("hasImage")).as("the photo from the zip").isTrue();
    assertThat(fromZip.getJsonArray("attachments").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("filename"))
        .containsExactlyInAnyOrder("_chat.txt", "00000013-programma.pdf");
    assertThat(fromZip.getJsonArray("events").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("action").equals("file-skipped"))
        .extracting(e -> e.getString("comment"))
        .anySatisfy(
            c -> assertThat(c).contains("00000014-VIDEO-2024-03-12-14-08-00.mp4", "not sent"));
  }

  @Test
  void quarantinedMailIsListedForEditorsDownloadedRetriedAndDismissed() throws Exception {
    String m = marker;
    String broken =
        """
        From: Sanne de Vries <sanne@polderlicht.example>
        To: redactie@hub.polderlicht.example
        Subject: Kapot in quarantaine %1$s
        Message-ID: <quarantine-%1$s@polderlicht.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="bestaat-niet"

        Hier staat geen enkele grens in.
        """
            .formatted(m);
    mailbox.deliver(mime(broken));

    JsonObject entry = null;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (entry == null) {
      HttpResponse<String> list = send("GET", "api/v1/intake/quarantine", "eva", null);
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      entry =
          jsonArray(list.body()).getValuesAs(JsonObject.class).stream()
              .filter(q -> q.getString("subject", "").equals("Kapot in quarantaine " + m))
              .findFirst()
              .orElse(null);
      assertThat(System.nanoTime())
          .as("the broken mail in the quarantine list")
          .isLessThan(deadline);
      if (entry == null) {
        Thread.sleep(300);
      }
    }
    long id = entry.getJsonNumber("id").longValue();
    assertThat(entry.getString("sender")).contains("sanne@polderlicht.example");
    assertThat(entry.getString("messageId"))
        .isEqualTo("<quarantine-" + m + "@polderlicht.example>");
    assertThat(entry.getString("reason")).isNotBlank();
    assertThat(entry.getBoolean("rawKept")).isTrue();
    assertThat(entry.getJsonNumber("size").longValue()).isPositive();
    assertThat(awaitSubjects("Quarantaine", "Kapot in quarantaine " + m))
        .as("the IMAP folder keeps it too")
        .isTrue();

    // editors only
    for (String user : List.of("sanne", "daan", "pieter", "joost")) {
      assertThat(send("GET", "api/v1/intake/quarantine", user, null).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(send("GET", "api/v1/intake/quarantine/" + id + "/raw", user, null).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(send("POST", "api/v1/intake/quarantine/" + id + "/retry", user, null).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(send("DELETE", "api/v1/intake/quarantine/" + id, user, null).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(send("GET", "workbench/quarantine", user, null).statusCode())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(send("GET", "api/v1/intake/quarantine", null, null).statusCode()).isEqualTo(401);

    HttpResponse<String> raw = send("GET", "api/v1/intake/quarantine/" + id + "/raw", "eva", null);
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("message/rfc822"));
    assertThat(raw.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment;").contains(".eml"));
    assertThat(raw.body())
        .contains("Subject: Kapot in quarantaine " + m, "Hier staat geen enkele grens in.");
    assertThat(send("GET", "workbench/quarantine", "eva", null).body())
        .contains("Kapot in quarantaine " + m, "/workbench/quarantine/" + id + "/raw");

    // handled again, it is still broken: it stays, with the reason
    HttpResponse<String> retried =
        send("POST", "api/v1/intake/quarantine/" + id + "/retry", "eva", null);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(ApiCalls.json(retried.body()).getString("outcome")).isEqualTo("failed");
    assertThat(ApiCalls.json(retried.body()).getString("reason")).isNotBlank();
    assertThat(send("GET", "api/v1/intake/quarantine", "eva", null).body())
        .contains("Kapot in quarantaine " + m);

    assertThat(send("DELETE", "api/v1/intake/quarantine/" + id, "eva", null).statusCode())
        .isEqualTo(204);
    assertThat(send("GET", "api/v1/intake/quarantine", "eva", null).body())
        .doesNotContain("Kapot in quarantaine " + m);
    assertThat(send("DELETE", "api/v1/intake/quarantine/" + id, "eva", null).statusCode())
        .isEqualTo(409);
    assertThat(send("POST", "api/v1/intake/quarantine/" + id + "/retry", "eva", null).statusCode())
        .isEqualTo(409);
    assertThat(send("GET", "api/v1/intake/quarantine/999999999/raw", "eva", null).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "api/v1/submissions?size=100&mine=true", "sanne", null).body())
        .doesNotContain("Kapot in quarantaine " + m);
  }

  private static jakarta.mail.internet.MimeMessage mime(String raw) throws Exception {
    return new jakarta.mail.internet.MimeMessage(
        jakarta.mail.Session.getInstance(new java.util.Properties()),
        new java.io.ByteArrayInputStream(
            raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  private JsonObject awaitSubmission(String user, String title) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      JsonObject page =
          ApiCalls.json(send("GET", "api/v1/submissions?size=100&mine=true", user, null).body());
      java.util.Optional<JsonObject> found =
          page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getString("title").endsWith(title))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      assertThat(System.nanoTime()).as("a submission titled " + title).isLessThan(deadline);
      Thread.sleep(300);
    }
  }

  /**
   * Whether a mailbox folder (read over IMAP, like a mail client) holds a message with this
   * subject.
   */
  private boolean awaitSubjects(String folderName, String subject) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      jakarta.mail.Store store =
          jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
      store.connect("127.0.0.1", INTAKE_IMAP_PORT, "redactie", "it-imap-secret");
      try {
        jakarta.mail.Folder folder = store.getFolder(folderName);
        if (folder.exists()) {
          folder.open(jakarta.mail.Folder.READ_ONLY);
          for (jakarta.mail.Message message : folder.getMessages()) {
            if (subject.equals(message.getSubject())) {
              folder.close(false);
              return true;
            }
          }
          folder.close(false);
        }
      } finally {
        store.close();
      }
      Thread.sleep(300);
    }
    return false;
  }

  // --- helpers

  private static final String WHATSAPP_SECRET = "it-whatsapp-app-secret";

  private HttpResponse<String> webhook(byte[] body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/intake/whatsapp"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json");
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The signature as the gateway makes it: HMAC-SHA256 of the raw body, in hex. */
  private static String sign(byte[] body, String secret) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
  }

  private long create(String user, String title, String channel, String type) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/submissions",
            user,
            "{\"title\": \"%s\", \"body\": \"<p>Eerste versie.</p>\", \"channel\": \"%s\", \"type\": \"%s\", \"links\": [\"https://polderlicht.example/%s\"]}"
                .formatted(title, channel, type, marker));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject json = ApiCalls.json(created.body());
    assertThat(json.getString("state")).isEqualTo("draft");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/submissions/" + json.getJsonNumber("id")));
    return json.getJsonNumber("id").longValue();
  }

  /** As each of the demo's people: exactly these actions allowed (others none). */
  private void expectOnly(long id, String state, Map<String, String> allowed) throws Exception {
    for (String user : List.of("sanne", "eva", "pieter")) {
      HttpResponse<String> response = send("GET", "api/v1/submissions/" + id, user, null);
      if (response.statusCode() == 404) {
        assertThat(allowed).as(user + " cannot see it, so may do nothing").doesNotContainKey(user);
        continue;
      }
      JsonObject json = ApiCalls.json(response.body());
      assertThat(json.getString("state")).isEqualTo(state);
      String expected = allowed.getOrDefault(user, "");
      assertThat(strings(json.getJsonArray("allowedActions")))
          .as("%s in %s", user, state)
          .containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(","));
    }
  }

  private HttpResponse<String> step(
      long id, String user, String action, String comment, String expectedState) throws Exception {
    return step(id, user, action, comment, expectedState, null);
  }

  private HttpResponse<String> step(
      long id, String user, String action, String comment, String expectedState, OffsetDateTime at)
      throws Exception {
    HttpResponse<String> response = transition(id, user, action, comment, at);
    assertThat(response.statusCode())
        .as(user + " " + action + ": " + response.body())
        .isEqualTo(200);
    assertThat(ApiCalls.json(response.body()).getString("state")).isEqualTo(expectedState);
    return response;
  }

  private HttpResponse<String> transition(
      long id, String user, String action, String comment, OffsetDateTime at) throws Exception {
    StringBuilder body = new StringBuilder("{\"action\": \"").append(action).append('"');
    if (comment != null) {
      body.append(", \"comment\": \"").append(comment).append('"');
    }
    if (at != null) {
      body.append(", \"at\": \"").append(at).append('"');
    }
    return send(
        "POST", "api/v1/submissions/" + id + "/transitions", user, body.append('}').toString());
  }

  private HttpResponse<String> edit(long id, String user, String title, String body, long version)
      throws Exception {
    return editAs(id, user, title, body, version);
  }

  private HttpResponse<String> editAs(long id, String user, String title, String body, long version)
      throws Exception {
    String json =
        "{\"title\": \"%s\", %s \"channel\": \"blog\", \"type\": \"story\", \"version\": %d}"
            .formatted(title, body == null ? "" : "\"body\": \"" + body + "\",", version);
    return send("PUT", "api/v1/submissions/" + id, user, json);
  }

  private long vOf(long id) throws Exception {
    return get(id, "eva").getJsonNumber("version").longValue();
  }

  private JsonObject get(long id, String user) throws Exception {
    HttpResponse<String> response = send("GET", "api/v1/submissions/" + id, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiCalls.json(response.body());
  }

  private String state(long id) throws Exception {
    return get(id, "sanne").getString("state");
  }

  private int unread(String user) throws Exception {
    return ApiCalls.json(send("GET", "api/v1/notices/unread", user, null).body()).getInt("unread");
  }

  /** A second editor, made once per run: the redactie is one or two people. */
  private String secondEditor() throws Exception {
    String name = "redactie" + marker;
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/accounts",
            "admin",
            "{\"username\": \"%s\", \"displayName\": \"Tweede Redacteur\", \"email\": \"%s@polderlicht.example\", \"password\": \"%s\", \"roles\": [\"EDITOR\"]}"
                .formatted(name, name, SECOND_EDITOR_PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return name;
  }

  private boolean mailTo(String address, String subject) throws Exception {
    Path outbox = Path.of("target/it-data/mail-outbox");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(outbox)) {
        try (Stream<Path> files = Files.walk(outbox)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            String mail = read(file);
            if (mail.contains(address)
                && mail.replaceAll("\\r?\\n[ \\t]+", " ").contains(subject)) {
              return true;
            }
          }
        }
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }

  private HttpResponse<String> putImage(long id, String user, String filename, byte[] content)
      throws Exception {
    return http.send(
        request(
                "PUT",
                "api/v1/submissions/" + id + "/image?filename=" + filename,
                user,
                HttpRequest.BodyPublishers.ofByteArray(content))
            .header("Content-Type", "application/octet-stream")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String method, String path, String user) throws Exception {
    return request(method, path, user, HttpRequest.BodyPublishers.noBody());
  }

  private HttpRequest.Builder request(
      String method, String path, String user, HttpRequest.BodyPublisher body) throws Exception {
    return HttpRequest.newBuilder(base.toURI().resolve(path))
        .method(method, body)
        .header("Authorization", ApiCalls.basic(user, passwordOf(user)));
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(
        http, base, method, path, user, user == null ? null : passwordOf(user), body);
  }

  private static final String SECOND_EDITOR_PASSWORD = "een lang wachtwoord";

  private static String passwordOf(String user) {
    return user.startsWith("redactie") ? SECOND_EDITOR_PASSWORD : ApiCalls.passwordOf(user);
  }

  private static JsonArray jsonArray(String body) {
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readArray();
    }
  }

  /** JSON-B leaves null properties out. */
  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T quietly(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
