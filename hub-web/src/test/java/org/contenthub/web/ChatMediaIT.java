package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WhatsApp media fetched from a fake Graph API (a JDK HttpServer on the port the pom reserves and
 * gives the hub as {@code HUB_INTAKE_WHATSAPP_GRAPH_URL}): a photo becomes the submission's photo
 * after the webhook answered; a wrong checksum, too many bytes, a redirect, a host not allowed and
 * a file that is no photo are refused with their reason in the submission's history; a 500 is
 * retried; a held message is fetched when an editor assigns it. And the reminders of writing
 * assignments: the writer before the deadline, the editor after it, each once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatMediaIT {

  private static final int GRAPH_PORT = Integer.parseInt(System.getProperty("hub.it.graph-port"));
  private static final String TOKEN = "it-graph-token";
  private static final String WHATSAPP_SECRET = "it-whatsapp-app-secret";

  /** HUB_ATTACHMENTS_MAX_BYTES of the failsafe configuration. */
  private static final int MAX_BYTES = 1_048_576;

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** What the fake Graph API says about a media id. */
  private record Medium(String url, String sha256, long fileSize) {}

  /** How the fake media host answers for one file. */
  private static final class FileAnswer {
    final byte[] body;
    final AtomicInteger failuresLeft;
    final String redirectTo;
    final long delayMillis;
    final AtomicInteger hits = new AtomicInteger();
    volatile boolean served;

    FileAnswer(byte[] body, int failures, String redirectTo, long delayMillis) {
      this.body = body;
      this.failuresLeft = new AtomicInteger(failures);
      this.redirectTo = redirectTo;
      this.delayMillis = delayMillis;
    }
  }

  private static final Map<String, Medium> MEDIA = new ConcurrentHashMap<>();
  private static final Map<String, FileAnswer> FILES = new ConcurrentHashMap<>();
  private static final AtomicInteger UNAUTHORISED = new AtomicInteger();
  private static HttpServer graph;

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();
  private final String marker = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @BeforeAll
  static void startTheGraphApi() throws IOException {
    graph = HttpServer.create(new InetSocketAddress("127.0.0.1", GRAPH_PORT), 0);
    graph.setExecutor(Executors.newFixedThreadPool(8));
    graph.createContext("/v21.0/", ChatMediaIT::describe);
    graph.createContext("/files/", ChatMediaIT::download);
    graph.start();
  }

  @AfterAll
  static void stopTheGraphApi() {
    graph.stop(0);
  }

  // --- WhatsApp media

  @Test
  void aPhotoIsFetchedAfterTheWebhookAnsweredAndBecomesTheSubmissionsPhoto() throws Exception {
    String digits = linkedPhone("sanne");
    String mediaId = "ok" + marker;
    FileAnswer file = serve(mediaId, PNG, sha256Hex(PNG), PNG.length, 0, null, 3000);

    long started = System.nanoTime();
    HttpResponse<String> answer =
        webhook(envelope(digits, image("1", mediaId, "Nieuwe gevel " + marker)));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(file.served)
        .as("the webhook answered before the media was downloaded (%d ms)", millis)
        .isFalse();
    assertThat(millis).isLessThan(3000);

    long id = submissionOf("sanne", "Nieuwe gevel " + marker);
    JsonObject outcome = awaitMediaEvent(id, "sanne");
    assertThat(outcome.getString("action")).isEqualTo("photo-received");
    assertThat(photoOf(id, "sanne")).isEqualTo(PNG);
    assertThat(file.hits.get()).as("fetched once").isEqualTo(1);
    JsonObject detail = get(id, "sanne");
    assertThat(detail.getString("state")).isEqualTo("submitted");
    assertThat(detail.getString("body")).contains(mediaId);
    assertThat(UNAUTHORISED.get()).as("every call carried the access token").isZero();
  }

  @Test
  void aDocumentBecomesOneOfTheSubmissionsFilesAndAVideoStaysWithTheGateway() throws Exception {
    String digits = linkedPhone("sanne");
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    String docId = "doc" + marker;
    serve(docId, pdf, sha256Hex(pdf), pdf.length, 0, null, 0);
    String videoId = "video" + marker;
    FileAnswer video = serve(videoId, PNG, sha256Hex(PNG), PNG.length, 0, null, 0);
    String messages =
        """
        {"from": "FROM", "id": "wamid.doc%1$s", "timestamp": "1733400000", "type": "document",
         "document": {"id": "%2$s", "mime_type": "application/pdf", "filename": "offerte.pdf",
                      "caption": "Offerte %1$s"}},
        {"from": "FROM", "id": "wamid.video%1$s", "timestamp": "1733400001", "type": "video",
         "video": {"id": "%3$s", "mime_type": "video/mp4", "caption": "Filmpje %1$s"}}
        """
            .formatted(marker, docId, videoId);
    HttpResponse<String> answer = webhook(envelope(digits, messages));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

    long doc = submissionOf("sanne", "Offerte " + marker);
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonObject detail = get(doc, "sanne");
    while (detail.getJsonArray("attachments").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(300);
      detail = get(doc, "sanne");
    }
    JsonObject file = detail.getJsonArray("attachments").getJsonObject(0);
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(file.getString("filename")).isEqualTo("whatsapp-" + docId + ".pdf");
    assertThat(detail.getBoolean("hasImage")).isFalse();
    assertThat(
            detail.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")))
        .contains("file-received");

    JsonObject filmpje = get(submissionOf("sanne", "Filmpje " + marker), "sanne");
    assertThat(filmpje.getString("body")).contains("not fetched: video");
    Thread.sleep(1_000);
    assertThat(video.hits.get()).as("video is never downloaded").isZero();
  }

  @Test
  void mediaFailingACheckAreNotStoredAndTheSubmissionSaysWhy() throws Exception {
    String digits = linkedPhone("sanne");
    String foreign = "http://localhost:" + GRAPH_PORT + "/files/";
    serve("sum" + marker, PNG, "0".repeat(64), PNG.length, 0, null, 0);
    byte[] big = new byte[MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    serve("declared" + marker, big, sha256Hex(big), big.length, 0, null, 0);
    // the description lies about the size: the hub stops reading at the limit
    FileAnswer streamed = serve("streamed" + marker, big, sha256Hex(big), 100, 0, null, 0);
    FileAnswer elsewhere = serve("elsewhere" + marker, PNG, sha256Hex(PNG), PNG.length, 0, null, 0);
    FileAnswer redirect =
        serve(
            "redirect" + marker,
            PNG,
            sha256Hex(PNG),
            PNG.length,
            0,
            foreign + "elsewhere" + marker,
            0);
    FileAnswer notAllowed = new FileAnswer(PNG, 0, null, 0);
    FILES.put("host" + marker, notAllowed);
    MEDIA.put("host" + marker, new Medium(foreign + "host" + marker, sha256Hex(PNG), PNG.length));
    byte[] text = "Dit is geen foto.".getBytes(StandardCharsets.UTF_8);
    serve("text" + marker, text, sha256Hex(text), text.length, 0, null, 0);

    Map<String, String> expected =
        Map.of(
            "sum", "SHA-256 checksum does not match",
            "declared", "too large",
            "streamed", "too large",
            "redirect", "redirects elsewhere",
            "host", "is not allowed",
            "text", "not a photo by its content");
    StringBuilder messages = new StringBuilder();
    int n = 0;
    for (String kind : expected.keySet()) {
      messages
          .append(messages.isEmpty() ? "" : ",")
          .append(image(String.valueOf(n++), kind + marker, "Mislukt " + kind + " " + marker));
    }
    HttpResponse<String> answer = webhook(envelope(digits, messages.toString()));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(ApiCalls.json(answer.body()).getInt("submitted")).isEqualTo(expected.size());

    for (Map.Entry<String, String> failure : expected.entrySet()) {
      long id = submissionOf("sanne", "Mislukt " + failure.getKey() + " " + marker);
      JsonObject outcome = awaitMediaEvent(id, "sanne");
      assertThat(outcome.getString("action")).as(failure.getKey()).isEqualTo("media-not-received");
      assertThat(outcome.getString("comment"))
          .as(failure.getKey())
          .startsWith("not fetched: image, ")
          .contains(failure.getValue());
      assertThat(send("GET", "api/v1/submissions/" + id + "/image", "sanne", null).statusCode())
          .as("no photo stored for " + failure.getKey())
          .isEqualTo(404);
      assertThat(get(id, "sanne").getString("state"))
          .as("the submission itself is kept")
          .isEqualTo("submitted");
    }
    assertThat(streamed.hits.get()).isEqualTo(1);
    assertThat(redirect.hits.get()).isEqualTo(1);
    assertThat(elsewhere.hits.get()).as("the redirect was not followed").isZero();
    assertThat(notAllowed.hits.get()).as("a host not allowed is never called").isZero();
  }

  @Test
  void aServerErrorIsTriedAgain() throws Exception {
    String digits = linkedPhone("sanne");
    String mediaId = "flaky" + marker;
    FileAnswer file = serve(mediaId, PNG, sha256Hex(PNG), PNG.length, 1, null, 0);
    assertThat(
            webhook(envelope(digits, image("1", mediaId, "Tweede poging " + marker))).statusCode())
        .isEqualTo(200);
    long id = submissionOf("sanne", "Tweede poging " + marker);
    JsonObject outcome = awaitMediaEvent(id, "sanne");
    assertThat(outcome.getString("action")).isEqualTo("photo-received");
    assertThat(photoOf(id, "sanne")).isEqualTo(PNG);
    assertThat(file.hits.get()).as("a 500, then the photo").isEqualTo(2);
  }

  @Test
  void aHeldPhotoIsFetchedWhenAnEditorAssignsIt() throws Exception {
    String stranger = String.format("448%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    String mediaId = "held" + marker;
    FileAnswer file = serve(mediaId, PNG, sha256Hex(PNG), PNG.length, 0, null, 0);
    HttpResponse<String> answer =
        webhook(envelope(stranger, image("1", mediaId, "Van een onbekende " + marker)));
    assertThat(ApiCalls.json(answer.body()).getInt("held")).isEqualTo(1);
    Thread.sleep(1500);
    assertThat(file.hits.get()).as("nothing fetched for a held message").isZero();

    JsonObject held =
        ApiCalls.json("{\"list\": " + send("GET", "api/v1/intake/held", "eva", null).body() + "}")
            .getJsonArray("list")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("sender").equals(stranger))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> assigned =
        send(
            "POST",
            "api/v1/intake/held/" + held.getJsonNumber("id") + "/assign",
            "eva",
            "{\"username\": \"daan\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    long id = ApiCalls.json(assigned.body()).getJsonNumber("id").longValue();
    assertThat(awaitMediaEvent(id, "daan").getString("action")).isEqualTo("photo-received");
    assertThat(photoOf(id, "daan")).isEqualTo(PNG);
    assertThat(file.hits.get()).isEqualTo(1);
  }

  // --- assignment reminders

  @Test
  void writersAreRemindedBeforeTheDeadlineAndEditorsToldOnceItPasses() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    String late = "Energie in de wijk " + marker;
    String onTime = "Laadpalen bij kantoor " + marker;
    int daansUnread = unread("daan");
    long lateDraft = assign("daan", late, now.plusSeconds(20));
    long onTimeDraft = assign("daan", onTime, now.plusSeconds(12));
    // the second is written and submitted at once
    JsonObject draft = get(onTimeDraft, "daan");
    HttpResponse<String> written =
        send(
            "PUT",
            "api/v1/submissions/" + onTimeDraft,
            "daan",
            "{\"title\": \"%s\", \"body\": \"<p>Twaalf laadpalen.</p>\", \"channel\": \"blog\", \"type\": \"story\", \"version\": %d}"
                .formatted(onTime, draft.getJsonNumber("version").longValue()));
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    HttpResponse<String> submitted =
        send(
            "POST",
            "api/v1/submissions/" + onTimeDraft + "/transitions",
            "daan",
            "{\"action\": \"submit\"}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    // within two days of the deadline: the writer is reminded, in Dutch, mail and notice
    assertThat(awaitMail("daan@polderlicht.example", "Herinnering: " + late, 30)).isTrue();
    assertThat(notices("daan")).anyMatch(t -> t.startsWith("Herinnering") && t.contains(late));
    assertThat(unread("daan")).isGreaterThanOrEqualTo(daansUnread + 3); // 2 assignments, 1 reminder

    // the deadline passes without a submission: the editor who asked is told
    assertThat(awaitMail("eva@polderlicht.example", "Deadline verstreken: " + late, 40)).isTrue();
    assertThat(notices("eva"))
        .anyMatch(t -> t.contains(late) && t.contains("Daan Jansen") && t.contains("verstreken"));

    // each once, and nothing about the one submitted in time
    Thread.sleep(5000);
    assertThat(mailsWith("Herinnering: " + late)).isEqualTo(1);
    assertThat(mailsWith("Deadline verstreken: " + late)).isEqualTo(1);
    assertThat(mailsWith("Deadline verstreken: " + onTime)).isZero();
    assertThat(notices("eva"))
        .as("the editor hears it was submitted, not that it is late")
        .noneMatch(t -> t.contains(onTime) && t.contains("verstreken"));
    assertThat(get(lateDraft, "daan").getString("state")).isEqualTo("draft");
  }

  // --- the fake Graph API

  private static FileAnswer serve(
      String mediaId,
      byte[] body,
      String sha256,
      long declaredSize,
      int failures,
      String redirectTo,
      long delayMillis) {
    FileAnswer answer = new FileAnswer(body, failures, redirectTo, delayMillis);
    FILES.put(mediaId, answer);
    MEDIA.put(
        mediaId,
        new Medium(
            "http://127.0.0.1:" + GRAPH_PORT + "/files/" + mediaId + "?ext=1",
            sha256,
            declaredSize));
    return answer;
  }

  private static boolean authorised(HttpExchange exchange) throws IOException {
    if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return true;
    }
    UNAUTHORISED.incrementAndGet();
    exchange.sendResponseHeaders(401, -1);
    exchange.close();
    return false;
  }

  private static void describe(HttpExchange exchange) throws IOException {
    if (!authorised(exchange)) {
      return;
    }
    String id = exchange.getRequestURI().getPath().substring("/v21.0/".length());
    Medium medium = MEDIA.get(id);
    if (medium == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] json =
        """
        {"url": "%s", "mime_type": "image/png", "sha256": "%s", "file_size": %d, "id": "%s", "messaging_product": "whatsapp"}
        """
            .formatted(medium.url(), medium.sha256(), medium.fileSize(), id)
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, json.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(json);
    }
  }

  private static void download(HttpExchange exchange) throws IOException {
    if (!authorised(exchange)) {
      return;
    }
    FileAnswer answer = FILES.get(exchange.getRequestURI().getPath().substring("/files/".length()));
    if (answer == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    answer.hits.incrementAndGet();
    if (answer.failuresLeft.getAndDecrement() > 0) {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
      return;
    }
    if (answer.redirectTo != null) {
      exchange.getResponseHeaders().set("Location", answer.redirectTo);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
      return;
    }
    try {
      Thread.sleep(answer.delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, 0); // chunked: the size is known only by reading
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body);
    } catch (IOException closedByTheHub) {
      // the hub stops reading at its limit
    }
    answer.served = true;
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  // --- WhatsApp webhook

  /** A fresh number linked to the colleague by an editor; its digits as the gateway sends them. */
  private String linkedPhone(String user) throws Exception {
    String digits = String.format("316%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    HttpResponse<String> linked =
        send(
            "PUT",
            "api/v1/intake/phones",
            "eva",
            "{\"phone\": \"+%s\", \"username\": \"%s\"}".formatted(digits, user));
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    return digits;
  }

  private String image(String n, String mediaId, String caption) {
    return """
        {"from": "%s", "id": "wamid.%s.%s.%s", "timestamp": "1749416390", "type": "image",
         "image": {"caption": "%s", "mime_type": "image/png", "id": "%s"}}
        """
        .formatted("FROM", marker, mediaId, n, caption, mediaId);
  }

  private static String envelope(String from, String messages) {
    return """
        {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
          "messaging_product": "whatsapp",
          "contacts": [{"profile": {"name": "Iemand"}, "wa_id": "%1$s"}],
          "messages": [%2$s]}}]}]}
        """
        .formatted(from, messages.replace("\"FROM\"", "\"" + from + "\""));
  }

  private HttpResponse<String> webhook(String body) throws Exception {
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            WHATSAPP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/intake/whatsapp"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(raw)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long submissionOf(String user, String title) throws Exception {
    JsonObject page =
        ApiCalls.json(send("GET", "api/v1/submissions?size=100&mine=true", user, null).body());
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no submission titled " + title))
        .getJsonNumber("id")
        .longValue();
  }

  /** The history line that tells what became of the media (fetched, or why not). */
  private JsonObject awaitMediaEvent(long id, String user) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonArray events = get(id, user).getJsonArray("events");
      Optional<JsonObject> outcome =
          events.getValuesAs(JsonObject.class).stream()
              .filter(
                  e ->
                      e.getString("action").equals("photo-received")
                          || e.getString("action").equals("media-not-received"))
              .findFirst();
      if (outcome.isPresent()) {
        return outcome.get();
      }
      assertThat(System.nanoTime()).as("what became of the media of " + id).isLessThan(deadline);
      Thread.sleep(300);
    }
  }

  private byte[] photoOf(long id, String user) throws Exception {
    HttpResponse<byte[]> photo =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/submissions/" + id + "/image"))
                .header("Authorization", ApiCalls.basic(user, ApiCalls.passwordOf(user)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(photo.statusCode()).isEqualTo(200);
    return photo.body();
  }

  // --- assignments

  private long assign(String writer, String topic, OffsetDateTime deadline) throws Exception {
    HttpResponse<String> given =
        send(
            "POST",
            "api/v1/calendar/assignments",
            "eva",
            "{\"writer\": \"%s\", \"topic\": \"%s\", \"channel\": \"blog\", \"deadline\": \"%s\"}"
                .formatted(writer, topic, deadline));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    return ApiCalls.json(given.body()).getJsonNumber("submissionId").longValue();
  }

  private List<String> notices(String user) throws Exception {
    return ApiCalls.json(send("GET", "api/v1/notices?size=100", user, null).body())
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(n -> n.getString("text"))
        .toList();
  }

  private int unread(String user) throws Exception {
    return ApiCalls.json(send("GET", "api/v1/notices/unread", user, null).body()).getInt("unread");
  }

  /** The default failsafe execution writes mail to the file outbox in the data directory. */
  private boolean awaitMail(String address, String subject, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (outbox().anyMatch(m -> m.contains(address) && m.contains(subject))) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  private long mailsWith(String subject) throws Exception {
    return outbox().filter(m -> m.contains("Subject: " + subject)).count();
  }

  private static Stream<String> outbox() throws IOException {
    Path outbox = Path.of("target/it-data/mail-outbox");
    if (!Files.isDirectory(outbox)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.walk(outbox)) {
      return files.filter(Files::isRegularFile).toList().stream()
          .map(ChatMediaIT::read)
          .map(m -> m.replaceAll("\\r?\\n[ \\t]+", " "));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }

  // --- calls

  private JsonObject get(long id, String user) throws Exception {
    HttpResponse<String> response = send("GET", "api/v1/submissions/" + id, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiCalls.json(response.body());
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(
        http, base, method, path, user, user == null ? null : ApiCalls.passwordOf(user), body);
  }
}
