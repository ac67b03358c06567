package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where items come from and what readers do with them, on the real server: marketing's feeds polled
 * from a local web server, experts curating pages, favourites.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSourcesIT {

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();
  private HttpServer web;
  private final AtomicInteger conditionalRequests = new AtomicInteger();
  private final String marker = Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @BeforeEach
  void serveTheWeb() throws Exception {
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext(
        "/feed.xml",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            conditionalRequests.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
          }
          byte[] body =
              """
              <?xml version="1.0" encoding="UTF-8"?>
              <rss version="2.0"><channel><title>Nieuwskamer %1$s</title><link>https://nieuws.example/</link>
              <item><title>Persbericht &lt;b&gt;%1$s&lt;/b&gt; een</title><link>https://nieuws.example/%1$s/1?utm_source=rss</link>
                <guid>%1$s-1</guid><pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate><description>Eerste bericht.</description><category>pers</category></item>
              <item><title>Persbericht %1$s twee</title><link>https://nieuws.example/%1$s/2</link><guid>%1$s-2</guid>
                <description>Zonder datum.</description></item>
              <item><title>Dubbel</title><link>https://nieuws.example/%1$s/3</link><guid>%1$s-1</guid></item>
              </channel></rss>
              """
                  .formatted(marker)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
          exchange.getResponseHeaders().add("ETag", "\"v1\"");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    web.createContext(
        "/broken.xml",
        exchange -> {
          byte[] body = "<rss><channel><item><title>kapot".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    web.createContext(
        "/artikel",
        exchange -> {
          byte[] body =
              """
              <!doctype html><html lang="nl"><head><title>Fallback</title>
              <meta property="og:title" content="Slim licht in %1$s">
              <meta property="og:description" content="Wat gemeenten leren van slimme verlichting.">
              <meta property="og:image" content="/beeld.jpg">
              <link rel="canonical" href="https://vakblad.example/artikel/%1$s"></head><body>tekst</body></html>
              """
                  .formatted(marker)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    web.start();
  }

  @AfterEach
  void stopTheWeb() {
    web.stop(0);
  }

  @Test
  void aFeedIsPolledWithConditionalGetAndABrokenFeedOnlySaysSoOnItsStatus() throws Exception {
    String feedUrl = local("/feed.xml");
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/feeds",
            "eva",
            "{\"url\": \"%s\", \"channel\": \"press_release\", \"tags\": [\"nieuws\"], \"department\": \"Marketing\"}"
                .formatted(feedUrl));
    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created.body()).getJsonNumber("id").longValue();
    assertThat(
            send(
                    "POST",
                    "api/v1/feeds",
                    "eva",
                    "{\"url\": \"%s\", \"channel\": \"blog\"}".formatted(feedUrl))
                .statusCode())
        .as("the same feed twice")
        .isEqualTo(409);

    JsonObject polled = json(send("POST", "api/v1/feeds/" + id + "/poll", "eva", "").body());
    assertThat(polled.getInt("itemsFound")).as("the duplicate guid counts once").isEqualTo(2);
    assertThat(polled.getString("title")).isEqualTo("Nieuwskamer " + marker);
    assertThat(polled.containsKey("lastSuccessAt")).isTrue();

    JsonObject items =
        json(send("GET", "api/v1/items?channel=press_release&size=100", "sanne", null).body());
    assertThat(
            items.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("title"))
                .toList())
        .contains("Persbericht " + marker + " een", "Persbericht " + marker + " twee");
    JsonObject first =
        items.getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getString("title").equals("Persbericht " + marker + " een"))
            .findFirst()
            .orElseThrow();
    assertThat(first.getString("publishedAt")).isEqualTo("2026-11-16T09:00:00Z");
    assertThat(first.getJsonArray("tags").toString()).contains("nieuws", "pers");
    assertThat(first.getString("visibility")).isEqualTo("public");

    send("POST", "api/v1/feeds/" + id + "/poll", "eva", "");
    assertThat(conditionalRequests.get())
        .as("the second poll asked with the ETag and got 304")
        .isEqualTo(1);
    assertThat(
            json(send("GET", "api/v1/items?channel=press_release&size=100", "sanne", null).body())
                .getJsonNumber("total")
                .longValue())
        .as("nothing imported twice")
        .isEqualTo(items.getJsonNumber("total").longValue());

    long broken =
        json(send(
                    "POST",
                    "api/v1/feeds",
                    "eva",
                    "{\"url\": \"%s\", \"channel\": \"blog\"}".formatted(local("/broken.xml")))
                .body())
            .getJsonNumber("id")
            .longValue();
    JsonObject status = json(send("POST", "api/v1/feeds/" + broken + "/poll", "eva", "").body());
    assertThat(status.getString("lastError")).isNotBlank();
    long privateFeed =
        json(send(
                    "POST",
                    "api/v1/feeds",
                    "eva",
                    "{\"url\": \"http://10.1.2.3/feed\", \"channel\": \"blog\"}")
                .body())
            .getJsonNumber("id")
            .longValue();
    assertThat(
            json(send("POST", "api/v1/feeds/" + privateFeed + "/poll", "eva", "").body())
                .getString("lastError"))
        .contains("private");
    assertThat(send("GET", "api/v1/feeds", "sanne", null).statusCode()).isEqualTo(403);

    assertThat(send("DELETE", "api/v1/feeds/" + id, "eva", null).statusCode()).isEqualTo(204);
    send("DELETE", "api/v1/feeds/" + broken, "eva", null);
    send("DELETE", "api/v1/feeds/" + privateFeed, "eva", null);
  }

  @Test
  void anExpertCuratesAPageOnceAndASecondExpertAddsCommentary() throws Exception {
    String url = local("/artikel?utm_campaign=x");
    HttpResponse<String> preview =
        send("POST", "api/v1/curations/preview", "daan", "{\"url\": \"%s\"}".formatted(url));
    assertThat(preview.statusCode()).isEqualTo(200);
    JsonObject proposed = json(preview.body());
    assertThat(proposed.getString("title")).isEqualTo("Slim licht in " + marker);
    assertThat(proposed.getString("summary")).startsWith("Wat gemeenten leren");
    assertThat(proposed.getString("imageUrl"))
        .endsWith("/beeld.jpg")
        .startsWith("http://127.0.0.1");
    assertThat(proposed.getString("canonicalUrl"))
        .isEqualTo("https://vakblad.example/artikel/" + marker);

    String curation =
        "{\"url\": \"https://vakblad.example/artikel/%s?utm_source=linkedin\", \"title\": \"Slim licht in %s\", \"commentary\": \"<p>Lees dit <script>x()</script>voor je klantgesprek.</p>\", \"tags\": [\"led\"]}"
            .formatted(marker, marker);
    HttpResponse<String> created = send("POST", "api/v1/curations", "daan", curation);
    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created.body()).getJsonNumber("id").longValue();
    JsonObject item = json(send("GET", "api/v1/items/" + id, "sanne", null).body());
    assertThat(item.getString("type")).isEqualTo("curated");
    assertThat(item.getString("commentary")).contains("klantgesprek").doesNotContain("script");

    HttpResponse<String> again = send("POST", "api/v1/curations", "olivia", curation);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again.body()).getString("detail")).contains("item " + id);
    assertThat(
            json(send(
                        "POST",
                        "api/v1/curations/preview",
                        "olivia",
                        "{\"url\": \"%s\"}".formatted(url))
                    .body())
                .getJsonNumber("existingItemId")
                .longValue())
        .isEqualTo(id);

    HttpResponse<String> second =
        send(
            "POST",
            "api/v1/items/" + id + "/commentary",
            "olivia",
            "{\"commentary\": \"Useful for IT too.\"}");
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(send("GET", "api/v1/items/" + id + "/commentary", "sanne", null).body())
        .contains("Useful for IT too.", "Olivia Brown");

    HttpResponse<String> refused =
        send(
            "POST",
            "api/v1/curations/preview",
            "daan",
            "{\"url\": \"http://169.254.169.254/latest/meta-data\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused.body()).getString("detail")).contains("fill in");
    assertThat(send("POST", "api/v1/curations", "sanne", curation).statusCode())
        .as("employees do not curate")
        .isEqualTo(403);
  }

  @Test
  void favouritesAreOneIdempotentClickAndListedForThePerson() throws Exception {
    long id =
        json(send("GET", "api/v1/items?size=1", "sanne", null).body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    send("DELETE", "api/v1/items/" + id + "/favourite", "olivia", null);
    int before =
        json(send("GET", "api/v1/items/" + id, "olivia", null).body()).getInt("favourites");
    JsonObject marked = json(send("PUT", "api/v1/items/" + id + "/favourite", "olivia", "").body());
    assertThat(marked.getBoolean("favourite")).isTrue();
    assertThat(marked.getInt("count")).isEqualTo(before + 1);
    assertThat(
            json(send("PUT", "api/v1/items/" + id + "/favourite", "olivia", "").body())
                .getInt("count"))
        .isEqualTo(before + 1);
    assertThat(send("GET", "api/v1/me/favourites", "olivia", null).body()).contains("\"id\":" + id);
    assertThat(
            json(send("DELETE", "api/v1/items/" + id + "/favourite", "olivia", null).body())
                .getInt("count"))
        .isEqualTo(before);
    assertThat(send("PUT", "api/v1/items/987654321/favourite", "olivia", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void attachmentsAreTypedByContentSearchableAndDownloadedSafely() throws Exception {
    long id =
        json(send("GET", "api/v1/items?channel=blog&size=1", "eva", null).body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String word = "zonnepaneel" + marker;
    int attachmentsBefore = attachmentCount(id, "sanne");

    HttpResponse<String> pdf =
        upload(id, "eva", "brochure.pdf", pdf("Brochure over " + word + " en slimme verlichting."));
    assertThat(pdf.statusCode()).isEqualTo(201);
    assertThat(json(pdf.body()).getString("mediaType")).isEqualTo("application/pdf");
    HttpResponse<String> docx =
        upload(id, "eva", "../../verslag.docx", docx("Verslag: " + word + "verslag in Word."));
    assertThat(docx.statusCode()).isEqualTo(201);
    JsonObject docxView = json(docx.body());
    assertThat(docxView.getString("mediaType"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docxView.getString("filename")).isEqualTo("verslag.docx");

    long deadline = System.nanoTime() + 10_000_000_000L;
    long total = 0;
    while (total == 0 && System.nanoTime() < deadline) {
      total =
          json(send("GET", "api/v1/search?q=" + word, "sanne", null).body())
              .getJsonNumber("total")
              .longValue();
      Thread.sleep(200);
    }
    assertThat(total).as("the PDF's text is searchable").isEqualTo(1);

    HttpResponse<byte[]> download =
        http.send(
            HttpRequest.newBuilder(
                    base.toURI()
                        .resolve(
                            "api/v1/attachments/"
                                + json(pdf.body()).getJsonNumber("id").longValue()))
                .header("Authorization", basic("sanne"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
    assertThat(download.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(c -> assertThat(c).contains("sandbox"));
    assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    HttpResponse<String> disguised =
        upload(
            id,
            "eva",
            "brochure.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.statusCode()).isEqualTo(415);
    assertThat(json(disguised.body()).getString("detail")).contains("text/html");
    HttpResponse<String> huge = upload(id, "eva", "groot.pdf", new byte[1_600_000]);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(json(huge.body()).getString("detail")).contains("at most 1.0 MB");
    assertThat(upload(id, "sanne", "x.pdf", pdf("x")).statusCode()).isEqualTo(403);
    assertThat(attachmentCount(id, "sanne"))
        .as("nothing of the refused uploads was stored")
        .isEqualTo(attachmentsBefore + 2);
  }

  private int attachmentCount(long itemId, String user) throws Exception {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                send("GET", "api/v1/items/" + itemId + "/attachments", user, null).body()))) {
      return reader.readArray().size();
    }
  }

  private HttpResponse<String> upload(long itemId, String user, String filename, byte[] content)
      throws Exception {
    String boundary = "----hub" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/items/" + itemId + "/attachments"))
            .header("Authorization", basic(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] pdf(String text) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream stream =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        stream.newLineAtOffset(72, 700);
        stream.showText(text);
        stream.endText();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx(String text) throws Exception {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
        new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      document.createParagraph().createRun().setText(text);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static String basic(String user) {
    return ApiCalls.basic(user, ApiCalls.passwordOf(user));
  }

  private String local(String path) {
    return "http://127.0.0.1:" + web.getAddress().getPort() + path;
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(http, base, method, path, user, ApiCalls.passwordOf(user), body);
  }

  private static JsonObject json(String body) {
    return ApiCalls.json(body);
  }
}
