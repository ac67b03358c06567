package org.contenthub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contenthub.mail.ScriptedSmtpServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Newsletters on the real server, sending through a real SMTP server on the port the hub is
 * configured with (see the newsletter-it execution in the pom): GreenMail where mail must arrive, a
 * scripted server where the relay must refuse, greylist or be away. Each test makes its own list
 * with addresses of its own, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterIT {

  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("<https://hub\\.example\\.test/(unsubscribe/[^>]+)>");
  private static final int SMTP_PORT = Integer.getInteger("hub.it.smtp-port");
  private static final int IMAP_PORT = Integer.getInteger("hub.it.imap-port");

  @ArquillianResource URL base;

  private final HttpClient http = ApiCalls.client();
  private final String marker = Long.toString(System.nanoTime(), 36);
  private GreenMail greenMail;
  private ScriptedSmtpServer scripted;

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @AfterEach
  void stopServers() throws Exception {
    if (greenMail != null) {
      greenMail.stop();
    }
    if (scripted != null) {
      scripted.close();
    }
  }

  @Test
  void everyMemberGetsOneWellFormedMailAndOneClickUnsubscribeWorks() throws Exception {
    startGreenMail();
    long list = customList();
    HttpResponse<String> imported =
        csv(
            list,
            "e-mailadres;naam\n"
                + "een-%s@klant.example;Eén Klant\n".formatted(marker)
                + "geen adres\n"
                + "twee-%s@klant.example;Twee Klant\n".formatted(marker)
                + "EEN-%s@klant.example;Dubbel\n".formatted(marker));
    assertThat(imported.statusCode()).isEqualTo(200);
    JsonObject result = json(imported.body());
    assertThat(result.getInt("added")).isEqualTo(2);
    assertThat(result.getInt("alreadyOnList")).isEqualTo(1);
    assertThat(result.getJsonArray("rejected")).hasSize(1);
    assertThat(result.getJsonArray("rejected").getJsonObject(0).getInt("line")).isEqualTo(3);

    long itemId = anyItem();
    long newsletter =
        newsletter(
            list,
            "Nieuws uit de polder – één keer " + marker,
            """
            [{"type": "heading", "text": "Deze week"},
             {"type": "text", "text": "Alinea één.\\n\\nAlinea <twee> & meer."},
             {"type": "item", "itemId": %d},
             {"type": "button", "label": "Naar de hub", "url": "https://hub.example.test/"},
             {"type": "divider"}]
            """
                .formatted(itemId));
    assertThat(post("api/v1/newsletters/" + newsletter + "/send", "{}").statusCode())
        .isEqualTo(200);
    JsonObject done = awaitDone(newsletter, p -> "sent".equals(p.getString("status")));
    assertThat(done.getInt("sent")).isEqualTo(2);
    assertThat(done.getString("status")).isEqualTo("sent");

    MimeMessage mail = single(received("een-" + marker + "@klant.example"));
    assertThat(received("twee-" + marker + "@klant.example")).hasSize(1);
    assertThat(mail.getSubject()).isEqualTo("Nieuws uit de polder – één keer " + marker);
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) mail.getContent();
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String html = (String) parts.getBodyPart(1).getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String itemLink = "https://hub.example.test/n/" + newsletter + "/0";
    assertThat(html)
        .contains("Eén Klant", "Alinea &lt;twee&gt; &amp; meer.", itemLink)
        .doesNotContain("<twee>", "https://hub.example.test/items/" + itemId);

    // links are counted anonymously and lead only where the hub numbered them
    HttpResponse<String> follow =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("n/" + newsletter + "/0")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(follow.statusCode()).isEqualTo(302);
    assertThat(follow.headers().firstValue("Location"))
        .hasValue("https://hub.example.test/items/" + itemId);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(base.toURI().resolve("n/" + newsletter + "/99")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
    JsonObject clicks =
        json("{\"links\": " + get("api/v1/newsletters/" + newsletter + "/clicks").body() + "}");
    assertThat(clicks.getJsonArray("links").getJsonObject(0).getInt("clicks")).isEqualTo(1);
    assertThat(clicks.getJsonArray("links").getJsonObject(1).getString("url"))
        .isEqualTo("https://hub.example.test/");
    assertThat(json(get("api/v1/newsletters/" + newsletter + "/progress").body()).getInt("clicks"))
        .isEqualTo(1);
    assertThat(text).contains("Beste Eén Klant,", "Alinea <twee> & meer.");
    assertThat(mail.getHeader("List-Id")[0]).contains("newsletter.hub.example.test");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    Matcher link = UNSUBSCRIBE.matcher(mail.getHeader("List-Unsubscribe")[0]);
    assertThat(link.find()).isTrue();

    // RFC 8058: the mail provider POSTs without any login or session
    HttpResponse<String> oneClick =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve(link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(oneClick.body())
        .contains("e…" + marker.charAt(marker.length() - 1) + "@klant.example");
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve(link.group(1) + "x")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(404);

    long second =
        newsletter(list, "Tweede " + marker, "[{\"type\": \"heading\", \"text\": \"Hoi\"}]");
    post("api/v1/newsletters/" + second + "/send", "{}");
    JsonObject secondDone = awaitDone(second, p -> "sent".equals(p.getString("status")));
    assertThat(secondDone.getInt("sent")).isEqualTo(1);
    assertThat(secondDone.getInt("skipped")).isEqualTo(1);
    assertThat(received("een-" + marker + "@klant.example")).hasSize(1);
    assertThat(received("twee-" + marker + "@klant.example")).hasSize(2);

    // sent once: sending again is refused with a reason
    HttpResponse<String> again = post("api/v1/newsletters/" + second + "/send", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again.body()).getString("detail")).contains("sent");
  }

  @Test
  void aConsentingReadersClicksAreTheirsAndEveryoneElsesStayAnonymous() throws Exception {
    startGreenMail();
    String username = "lezer-" + marker;
    String address = username + "@polderlicht.example";
    String password = "een-lang-wachtwoord";
    ApiCalls.createEmployee(http, base, username, password, null, address);
    assertThat(
            ApiCalls.send(
                    http,
                    base,
                    "PUT",
                    "api/v1/me/consent",
                    username,
                    password,
                    "{\"measurement\": true}")
                .statusCode())
        .isEqualTo(200);
    long list = customList();
    csv(list, address + "\nanoniem-" + marker + "@klant.example\n");
    long newsletter =
        newsletter(
            list,
            "Wie klikt " + marker,
            "[{\"type\": \"button\", \"label\": \"Naar de hub\","
                + " \"url\": \"https://hub.example.test/\"}]");
    post("api/v1/newsletters/" + newsletter + "/send", "{}");
    awaitDone(newsletter, p -> "sent".equals(p.getString("status")));

    String readerHtml =
        (String) ((Multipart) single(received(address)).getContent()).getBodyPart(1).getContent();
    String anonymousHtml =
        (String)
            ((Multipart) single(received("anoniem-" + marker + "@klant.example")).getContent())
                .getBodyPart(1)
                .getContent();
    Matcher readerLink =
        Pattern.compile("https://hub\\.example\\.test/(n/" + newsletter + "/0\\?r=[^\"]+)")
            .matcher(readerHtml);
    assertThat(readerLink.find()).as(readerHtml).isTrue();
    assertThat(anonymousHtml).contains("/n/" + newsletter + "/0\"").doesNotContain("?r=");

    String followed = readerLink.group(1).replace("&amp;", "&");
    for (String path : List.of(followed, followed, "n/" + newsletter + "/0")) {
      assertThat(
              http.send(
                      HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(302);
    }
    // a forged token is just an anonymous click
    assertThat(
            http.send(
                    HttpRequest.newBuilder(base.toURI().resolve(followed + "x")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(302);
    JsonArray deliveries =
        json("{\"d\": " + get("api/v1/newsletters/" + newsletter + "/deliveries").body() + "}")
            .getJsonObject("d")
            .getJsonArray("items");
    for (JsonObject d : deliveries.getValuesAs(JsonObject.class)) {
      if (d.getString("email").equals(address)) {
        assertThat(d.getInt("readerClicks")).isEqualTo(2);
      } else {
        assertThat(d.containsKey("readerClicks") && !d.isNull("readerClicks")).isFalse();
      }
    }
    assertThat(json(get("api/v1/newsletters/" + newsletter + "/progress").body()).getInt("clicks"))
        .isEqualTo(4);

    // It is in the reader's own export, and forgotten when they erase their measurement data.
    HttpResponse<String> export =
        ApiCalls.send(http, base, "GET", "api/v1/me/export", username, password, null);
    JsonObject clicked = json(export.body()).getJsonArray("newsletterClicks").getJsonObject(0);
    assertThat(clicked.getString("subject")).isEqualTo("Wie klikt " + marker);
    assertThat(clicked.getInt("clicks")).isEqualTo(2);
    HttpResponse<String> erased =
        ApiCalls.send(http, base, "DELETE", "api/v1/me/measurement", username, password, null);
    assertThat(json(erased.body()).getInt("newsletterClicksForgotten")).isEqualTo(1);
    assertThat(
            json(ApiCalls.send(http, base, "GET", "api/v1/me/export", username, password, null)
                    .body())
                .getJsonArray("newsletterClicks"))
        .isEmpty();
  }

  @Test
  void aHardBounceMarksTheDeliveryAndStopsFurtherNewsletters() throws Exception {
    startGreenMail();
    long list = customList();
    csv(list, "blijft-%s@klant.example\nweg-%s@klant.example\n".formatted(marker, marker));
    long first = newsletter(list, "Eerste " + marker, "[{\"type\": \"text\", \"text\": \"Hoi\"}]");
    post("api/v1/newsletters/" + first + "/send", "{}");
    awaitDone(first, p -> "sent".equals(p.getString("status")));
    String bounced = "weg-" + marker + "@klant.example";
    String messageId = single(received(bounced)).getMessageID();

    // the recipient's server reports, days later, that the mailbox does not exist (RFC 3464)
    String dsn =
        ("From: Mail Delivery System <MAILER-DAEMON@mx.klant.example>\r\n"
                + "To: bounces@polderlicht.example\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <dsn-%1$s@mx.klant.example>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
                + "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.klant.example\r\n\r\n"
                + "Final-Recipient: rfc822; %2$s\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
                + "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "Message-ID: %3$s\r\nSubject: Eerste\r\n\r\n"
                + "--B--\r\n")
            .formatted(marker, bounced, messageId);
    greenMail
        .getUserManager()
        .getUserByEmail("bounces@polderlicht.example")
        .deliver(
            new MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(
                    dsn.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));

    JsonObject afterBounce = awaitDone(first, p -> p.getInt("bounced") == 1);
    assertThat(afterBounce.getInt("sent")).isEqualTo(1);
    JsonObject row =
        json(get("api/v1/newsletters/" + first + "/deliveries?status=bounced").body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(row.getString("email")).isEqualTo(bounced);
    assertThat(row.getString("error")).contains("5.1.1");

    long second = newsletter(list, "Tweede " + marker, "[{\"type\": \"text\", \"text\": \"Hoi\"}]");
    post("api/v1/newsletters/" + second + "/send", "{}");
    JsonObject done = awaitDone(second, p -> "sent".equals(p.getString("status")));
    assertThat(done.getInt("sent")).isEqualTo(1);
    assertThat(done.getInt("skipped")).isEqualTo(1);
    assertThat(received(bounced)).hasSize(1);
  }

  @Test
  void refusedAddressesAreIsolatedAndGreylistingIsRetried() throws Exception {
    scripted = new ScriptedSmtpServer(SMTP_PORT);
    AtomicInteger greylisted = new AtomicInteger();
    scripted.onRcpt =
        rcpt -> {
          if (rcpt.contains("onbekend")) {
            return "550 5.1.1 <onbekend> User unknown";
          }
          if (rcpt.contains("grijs") && greylisted.getAndIncrement() == 0) {
            return "451 4.7.1 Greylisted, try again later";
          }
          return "250 2.1.5 Ok";
        };
    long list = customList();
    csv(
        list,
        "goed-%s@klant.example\nonbekend-%s@klant.example\ngrijs-%s@klant.example\n"
            .formatted(marker, marker, marker));
    long newsletter =
        newsletter(list, "Storing " + marker, "[{\"type\": \"text\", \"text\": \"Hoi\"}]");
    post("api/v1/newsletters/" + newsletter + "/send", "{}");
    JsonObject done = awaitDone(newsletter, p -> "sent".equals(p.getString("status")));

    assertThat(done.getInt("sent")).isEqualTo(2);
    assertThat(done.getInt("invalid")).isEqualTo(1);
    assertThat(greylisted.get()).isGreaterThanOrEqualTo(2);
    JsonObject invalid =
        json(get("api/v1/newsletters/" + newsletter + "/deliveries?status=invalid").body());
    assertThat(invalid.getInt("total")).isEqualTo(1);
    JsonObject row = invalid.getJsonArray("items").getJsonObject(0);
    assertThat(row.getString("email")).startsWith("onbekend-");
    assertThat(row.getString("error")).contains("5.1.1");
    JsonObject sent =
        json(get("api/v1/newsletters/" + newsletter + "/deliveries?status=sent").body());
    assertThat(sent.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            d -> {
              assertThat(d.getString("email")).startsWith("grijs-");
              assertThat(d.getInt("attempts")).isEqualTo(2);
            });
    assertThat(get("api/v1/newsletters/" + newsletter + "/deliveries?status=nonsense").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aRelayThatIsAwayIsWaitedForAndPausedSendsStop() throws Exception {
    long list = customList();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      members.append("lid").append(i).append('-').append(marker).append("@klant.example\n");
    }
    csv(list, members.toString());
    long newsletter =
        newsletter(list, "Wachten " + marker, "[{\"type\": \"text\", \"text\": \"Hoi\"}]");
    post("api/v1/newsletters/" + newsletter + "/send", "{}");
    // nobody listens on the relay's port: progress says so, and nothing is lost
    JsonObject waiting = awaitDone(newsletter, p -> p.getBoolean("relayUnreachable"));
    assertThat(waiting.getInt("sent")).isZero();
    assertThat(waiting.getInt("remaining")).isEqualTo(12);
    assertThat(waiting.getInt("failed")).isZero();

    // the relay comes back, slowly; pause after the first few and nothing more goes out
    scripted = new ScriptedSmtpServer(SMTP_PORT);
    scripted.dataDelayMillis = 300;
    awaitDone(newsletter, p -> p.getInt("sent") >= 2);
    assertThat(post("api/v1/newsletters/" + newsletter + "/pause", null).statusCode())
        .isEqualTo(200);
    Thread.sleep(3_000); // the batch in flight finishes or is given back
    int atPause = json(get("api/v1/newsletters/" + newsletter + "/progress").body()).getInt("sent");
    Thread.sleep(2_000);
    JsonObject paused = json(get("api/v1/newsletters/" + newsletter + "/progress").body());
    assertThat(paused.getString("status")).isEqualTo("paused");
    assertThat(paused.getInt("sent")).isEqualTo(atPause).isLessThan(12);
    assertThat(post("api/v1/newsletters/" + newsletter + "/pause", null).statusCode())
        .isEqualTo(409);

    scripted.dataDelayMillis = 0;
    assertThat(post("api/v1/newsletters/" + newsletter + "/resume", null).statusCode())
        .isEqualTo(200);
    JsonObject done = awaitDone(newsletter, p -> "sent".equals(p.getString("status")));
    assertThat(done.getInt("sent")).isEqualTo(12);
    Map<String, Integer> perRecipient = new HashMap<>();
    for (String message : new ArrayList<>(scripted.messages)) {
      Matcher to = Pattern.compile("(?m)^To: (\\S+)").matcher(message);
      assertThat(to.find()).isTrue();
      perRecipient.merge(to.group(1), 1, Integer::sum);
    }
    assertThat(perRecipient).hasSize(12);
    assertThat(perRecipient.values()).containsOnly(1);
  }

  @Test
  void onlyCommunicationStaffComposeAndBadInputIsExplained() throws Exception {
    assertThat(send("POST", "api/v1/newsletters", "sanne", "{\"subject\": \"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "api/v1/lists", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> bad =
        post(
            "api/v1/newsletters",
            """
            {"subject": "Test", "listIds": [987654321],
             "blocks": [{"type": "button", "label": "Klik", "url": "javascript:alert(1)"},
                        {"type": "marquee"}]}
            """);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(
            json(bad.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("blocks[0].url", "blocks[1].type", "listIds[0]");
    HttpResponse<String> badTemplate =
        post("api/v1/newsletters", "{\"subject\": \"Test\", \"template\": \"fancy\"}");
    assertThat(badTemplate.statusCode()).isEqualTo(400);
    assertThat(json(badTemplate.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("template");
    HttpResponse<String> noCriterion =
        post("api/v1/lists", "{\"name\": \"Afdeling\", \"kind\": \"DEPARTMENT\"}");
    assertThat(noCriterion.statusCode()).isEqualTo(400);
    long everyone =
        json(post("api/v1/lists", "{\"name\": \"Iedereen " + marker + "\", \"kind\": \"EVERYONE\"}")
                .body())
            .getJsonNumber("id")
            .longValue();
    assertThat(csv(everyone, "iemand@example.nl").statusCode()).isEqualTo(409);
    // the letter template: the same blocks without images, in a serif face
    HttpResponse<String> letter =
        post(
            "api/v1/newsletters",
            ("{\"subject\": \"Van de directeur %s\", \"template\": \"letter\", \"listIds\": [%d],"
                    + " \"blocks\": [{\"type\": \"item\", \"itemId\": %d},"
                    + " {\"type\": \"image\", \"url\": \"https://cdn.example/foto.jpg\"}]}")
                .formatted(marker, everyone, anyItem()));
    assertThat(json(letter.body()).getString("template")).isEqualTo("letter");
    String letterHtml =
        get("newsletters/" + json(letter.body()).getJsonNumber("id").longValue() + "/mail").body();
    assertThat(letterHtml).contains("Georgia").doesNotContain("<img", "cdn.example/foto.jpg");
    long empty = newsletter(everyone, "Leeg " + marker, "[]");
    HttpResponse<String> nothing = post("api/v1/newsletters/" + empty + "/send", "{}");
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(json(nothing.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("blocks");
  }

  @Test
  void theWeeklyDigestIsComposedOncePerWeekFromTheWeeksItems() throws Exception {
    // Composed by the hub itself when due (Mondays 08:00 Dutch time), or now by request.
    int first = post("api/v1/newsletters/digest", null).statusCode();
    assertThat(first).isIn(201, 409);
    HttpResponse<String> again = post("api/v1/newsletters/digest", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again.body()).getString("detail")).contains("exists already");
    List<JsonObject> digests =
        json(get("api/v1/newsletters?size=100").body()).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getString("subject").startsWith("Nieuw op de hub — week "))
            .toList();
    assertThat(digests).hasSize(1);
    JsonObject digest = digests.get(0);
    assertThat(digest.getString("status")).isEqualTo("draft"); // waits for a communicator
    assertThat(
            digest.getJsonArray("blocks").stream()
                .map(b -> b.asJsonObject().getString("type"))
                .filter("item"::equals)
                .count())
        .isGreaterThan(0);

    // each reader's mail says what their contribution yielded this week: here that of a
    // communicator who also writes, whose new post two colleagues read (her own visit not counted)
    startGreenMail();
    String writer = "schrijver" + marker;
    String password = "schrijver-wachtwoord-" + marker;
    HttpResponse<String> account =
        send(
            "POST",
            "api/v1/accounts",
            "admin",
            ("{\"username\": \"%s\", \"displayName\": \"Schrijver\", \"email\":"
                    + " \"%s@polderlicht.example\", \"password\": \"%s\","
                    + " \"roles\": [\"COMMUNICATIONS\", \"EDITOR\"], \"language\": \"nl\"}")
                .formatted(writer, writer, password));
    assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
    HttpResponse<String> created =
        ApiCalls.send(
            http,
            base,
            "POST",
            "api/v1/items",
            writer,
            password,
            "{\"title\": \"Gelezen deze week %s\", \"channel\": \"blog\"}".formatted(marker));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long post = json(created.body()).getJsonNumber("id").longValue();
    for (String reader : List.of("sanne", "daan", "daan")) {
      assertThat(send("GET", "items/" + post, reader, null).statusCode()).isEqualTo(200);
    }
    assertThat(
            ApiCalls.send(http, base, "GET", "items/" + post, writer, password, null).statusCode())
        .isEqualTo(200);
    Thread.sleep(6_000); // reads reach the database every 5 seconds
    long digestId = digest.getJsonNumber("id").longValue();
    assertThat(
            ApiCalls.send(
                    http,
                    base,
                    "POST",
                    "api/v1/newsletters/" + digestId + "/test",
                    writer,
                    password,
                    null)
                .statusCode())
        .isEqualTo(200);
    MimeMessage test = single(received(writer + "@polderlicht.example"));
    assertThat(test.getSubject()).startsWith("[Test] Nieuw op de hub");
    assertThat((String) ((Multipart) test.getContent()).getBodyPart(0).getContent())
        .contains("Jouw bijdrage deze week: collega's openden je berichten 2 keer");
  }

  @Test
  void preparingAnItemForSharingAsksItsAudienceOnceByNoticeAndMailInTheirLanguage()
      throws Exception {
    startGreenMail();
    // Olivia receives share requests (she unsubscribes below; the test's database may be reused)
    String preferences = send("GET", "newsletters/preferences", "olivia", null).body();
    Matcher shareRequests =
        Pattern.compile("Share requests.*?name=\"listId\" value=\"(\\d+)\"", Pattern.DOTALL)
            .matcher(preferences);
    assertThat(shareRequests.find()).as(preferences).isTrue();
    assertThat(
            http.send(
                    HttpRequest.newBuilder(base.toURI().resolve("newsletters/preferences"))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "listId=" + shareRequests.group(1) + "&subscribed=true"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", ApiCalls.basic("olivia", ApiCalls.DEMO_PASSWORD))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(303);
    String title = "Zonnepanelen op het dak " + marker;
    long item = sharedItem(title, "eva");
    HttpResponse<String> saved =
        send(
            "PUT",
            "api/v1/items/" + item + "/share-settings",
            "eva",
            """
            {"shareable": true, "audience": "everyone",
             "suggestions": {"linkedin": ["Trots op ons team & <de> zon %s"]}}
            """
                .formatted(marker));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    MimeMessage toSanne = awaitMail("sanne@polderlicht.example", title);
    assertThat(toSanne.getSubject()).isEqualTo("Deelverzoek: " + title);
    assertThat(toSanne.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(toSanne.getHeader("List-Unsubscribe")).hasSize(1);
    String html = (String) ((Multipart) toSanne.getContent()).getBodyPart(1).getContent();
    assertThat(html)
        .contains("Eva Bakker", "Trots op ons team &amp; &lt;de&gt; zon " + marker)
        .contains("https://hub.example.test/n/")
        .doesNotContain("<de>");
    long nl = Long.parseLong(toSanne.getHeader("X-Hub-Newsletter")[0]);
    // the button leads, counted, to the item's share panel
    HttpResponse<String> button =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("n/" + nl + "/0")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(button.headers().firstValue("Location"))
        .hasValue("https://hub.example.test/items/" + item + "#share");
    MimeMessage toOlivia = awaitMail("olivia@polderlicht.example", title);
    assertThat(toOlivia.getSubject()).isEqualTo("Please share: " + title);
    // an invited ambassador may see a shareable item, so is asked too; the editor is not
    awaitMail("joost@polderlicht.example", title);
    awaitDone(nl, p -> "sent".equals(p.getString("status")));
    assertThat(mailsAbout("eva@polderlicht.example", title)).isEmpty();

    JsonObject notice =
        json(send("GET", "api/v1/notices?size=1", "daan", null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(notice.getString("text")).isEqualTo("Eva Bakker vraagt je „" + title + "” te delen");
    assertThat(notice.getString("link")).isEqualTo("/items/" + item + "#share");
    // share requests are not in the newsletter archive everyone reads
    assertThat(send("GET", "newsletters/" + nl + "/read", "sanne", null).statusCode())
        .isEqualTo(404);

    // saving the settings again asks nobody twice
    assertThat(
            send(
                    "PUT",
                    "api/v1/items/" + item + "/share-settings",
                    "eva",
                    "{\"shareable\": true, \"audience\": \"everyone\"}")
                .statusCode())
        .isEqualTo(200);

    // Olivia unsubscribes from share requests with the one-click link: the next request asks her
    // by notice only; the audience is the departments named
    Matcher link = UNSUBSCRIBE.matcher(toOlivia.getHeader("List-Unsubscribe")[0]);
    assertThat(link.find()).isTrue();
    assertThat(
            http.send(
                    HttpRequest.newBuilder(base.toURI().resolve(link.group(1)))
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "newsletters/preferences", "olivia", null).body())
        .contains("Share requests");
    String second = "Windmolens in de polder " + marker;
    long other = sharedItem(second, "eva");
    assertThat(
            send(
                    "PUT",
                    "api/v1/items/" + other + "/share-settings",
                    "eva",
                    "{\"shareable\": true, \"audience\": \"departments\","
                        + " \"departments\": [\"Verkoop\", \"IT\"]}")
                .statusCode())
        .isEqualTo(200);
    awaitMail("sanne@polderlicht.example", second);
    assertThat(
            json(send("GET", "api/v1/notices?size=1", "olivia", null).body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("text"))
        .isEqualTo("Eva Bakker asks you to share “" + second + "”");
    JsonObject newsletters = json(get("api/v1/newsletters?size=100").body());
    long en =
        newsletters.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getString("subject").equals("Please share: " + second))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject done = awaitDone(en, p -> "sent".equals(p.getString("status")));
    assertThat(done.getInt("skipped")).isEqualTo(1);
    assertThat(done.getInt("sent")).isZero();
    assertThat(mailsAbout("olivia@polderlicht.example", second)).isEmpty();
    assertThat(mailsAbout("daan@polderlicht.example", second)).isEmpty();
    assertThat(mailsAbout("sanne@polderlicht.example", title)).hasSize(1);
  }

  private long sharedItem(String title, String author) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/items",
            author,
            "{\"title\": \"%s\", \"channel\": \"blog\", \"visibility\": \"internal\","
                    .formatted(title)
                + " \"summary\": \"Het dak van de fabriek levert nu stroom.\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private List<MimeMessage> mailsAbout(String address, String title) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : received(address)) {
      if (m.getSubject().endsWith(title)) {
        found.add(m);
      }
    }
    return found;
  }

  private MimeMessage awaitMail(String address, String title) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> found = mailsAbout(address, title);
      if (!found.isEmpty()) {
        return single(found);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No mail about " + title + " reached " + address);
  }

  // --- helpers

  /** The relay, and the bounce mailbox the hub reads (HUB_BOUNCE_IMAP_* in the pom). */
  private void startGreenMail() {
    greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    greenMail.setUser("bounces@polderlicht.example", "bounces", "bounce-secret");
  }

  private List<MimeMessage> received(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
        found.add(m);
      }
    }
    return found;
  }

  private static MimeMessage single(List<MimeMessage> messages) {
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private long customList() throws Exception {
    HttpResponse<String> created =
        post("api/v1/lists", "{\"name\": \"Klanten " + marker + "\", \"kind\": \"CUSTOM\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> csv(long list, String csv) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/lists/" + list + "/members"))
            .header("Content-Type", "text/csv; charset=utf-8")
            .header("Authorization", ApiCalls.basic("fatima", ApiCalls.DEMO_PASSWORD))
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long newsletter(long list, String subject, String blocks) throws Exception {
    HttpResponse<String> created =
        post(
            "api/v1/newsletters",
            "{\"subject\": \"%s\", \"language\": \"nl\", \"listIds\": [%d], \"blocks\": %s}"
                .formatted(subject, list, blocks));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).getJsonNumber("id").longValue();
  }

  private long anyItem() throws Exception {
    return json(get("api/v1/items?size=1").body())
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject awaitDone(long newsletter, Predicate<JsonObject> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    JsonObject progress;
    do {
      progress = json(get("api/v1/newsletters/" + newsletter + "/progress").body());
      if (condition.test(progress)) {
        return progress;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("Newsletter " + newsletter + " did not get there: " + progress);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, "fatima", null);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, "fatima", body);
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return ApiCalls.send(
        http, base, method, path, user, user == null ? null : ApiCalls.passwordOf(user), body);
  }

  private static JsonObject json(String body) {
    return ApiCalls.json(body);
  }
}
