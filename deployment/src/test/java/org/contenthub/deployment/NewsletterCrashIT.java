package org.contenthub.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The promise of the delivery pipeline, on the packaged jar: a newsletter to 2,000 colleagues, the
 * hub killed with SIGKILL in the middle of sending, started again on the same data directory, and
 * every colleague has the newsletter exactly once.
 */
class NewsletterCrashIT {

  private static final int RECIPIENTS = 2_000;
  private static final int WORKERS = 2;
  private static final String PASSWORD = "crash-test-secret";
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aHubKilledMidSendDeliversToEveryoneAfterRestartRepeatingAtMostTheMessagesInFlight()
      throws Exception {
    int smtpPort;
    try (ServerSocket free = new ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
    GreenMail relay =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    relay.start();
    Map<String, String> env =
        Map.of(
            "HUB_SMTP_HOST", "127.0.0.1",
            "HUB_SMTP_PORT", Integer.toString(smtpPort),
            "HUB_SMTP_TLS", "none",
            "HUB_SMTP_RATE_PER_MINUTE", "6000",
            "HUB_ADMIN_PASSWORD", PASSWORD,
            "HUB_DEMO", "false",
            "HUB_MAIL_LEASE_SECONDS", "30",
            "HUB_MAIL_WORKERS", Integer.toString(WORKERS));
    RunningHub first = RunningHub.start(env);
    RunningHub second = null;
    try {
      long list =
          id(
              post(
                  first,
                  "api/v1/lists",
                  "application/json",
                  "{\"name\": \"Iedereen\", \"kind\": \"CUSTOM\"}"));
      StringBuilder csv = new StringBuilder();
      for (int i = 0; i < RECIPIENTS; i++) {
        csv.append("collega")
            .append(i)
            .append("@polderlicht.example;Collega ")
            .append(i)
            .append('\n');
      }
      HttpResponse<String> imported =
          post(first, "api/v1/lists/" + list + "/members", "text/csv", csv.toString());
      assertThat(imported.body()).contains("\"added\":" + RECIPIENTS);
      long newsletter =
          id(
              post(
                  first,
                  "api/v1/newsletters",
                  "application/json",
                  ("{\"subject\": \"Polderpost\", \"listIds\": [%d], \"blocks\":"
                          + " [{\"type\": \"text\", \"text\": \"Goedemorgen!\"}]}")
                      .formatted(list)));
      assertThat(
              post(first, "api/v1/newsletters/" + newsletter + "/send", "application/json", "{}")
                  .statusCode())
          .isEqualTo(200);

      await(Duration.ofMinutes(3), () -> relay.getReceivedMessages().length >= 400);
      first.kill();
      int beforeCrash = relay.getReceivedMessages().length;

      second = RunningHub.start(env, first.dataDir);
      RunningHub restarted = second;
      await(
          Duration.ofMinutes(5),
          () ->
              get(restarted, "api/v1/newsletters/" + newsletter + "/progress")
                  .contains("\"status\":\"sent\""));

      Map<String, Integer> perRecipient = new HashMap<>();
      for (MimeMessage m : relay.getReceivedMessages()) {
        perRecipient.merge(
            m.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
      }
      Map<String, Integer> duplicates = new HashMap<>(perRecipient);
      duplicates.values().removeIf(n -> n == 1);
      System.out.printf(
          "Newsletter crash test: %d of %d delivered before SIGKILL, %d after restart, %d duplicates%n",
          beforeCrash,
          RECIPIENTS,
          relay.getReceivedMessages().length - beforeCrash,
          duplicates.size());
      assertThat(beforeCrash).isLessThan(RECIPIENTS);
      assertThat(perRecipient).as("everyone got it").hasSize(RECIPIENTS);
      // SMTP cannot do better than this: a message the relay accepted in the moment between its
      // 250 and the commit of "sent" goes out again. That is one message per worker at most (2
      // workers by default); anything more would be a lost commit or a double claim.
      assertThat(duplicates.size())
          .as("recipients who got it twice: %s", duplicates)
          .isLessThanOrEqualTo(WORKERS);
      assertThat(duplicates.values()).allMatch(n -> n == 2);
    } finally {
      first.close();
      if (second != null) {
        second.close();
      }
      relay.stop();
    }
  }

  private HttpResponse<String> post(RunningHub hub, String path, String type, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(hub.uri(path))
            .header("Authorization", basic())
            .header("Content-Type", type + "; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String get(RunningHub hub, String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(hub.uri(path)).header("Authorization", basic()).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      return "";
    }
  }

  private static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = ID.matcher(created.body());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
