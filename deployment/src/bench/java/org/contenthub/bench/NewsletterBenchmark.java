package org.contenthub.bench;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.contenthub.mail.ScriptedSmtpServer;

/**
 * Newsletter throughput (issue 7; docs/BENCHMARKS.md, "Newsletters"): the packaged hub sends a
 * newsletter to {@code bench.recipients} people through a local SMTP server in this JVM (hub-mail's
 * {@code ScriptedSmtpServer}, which answers at once, so the hub's own cost is what is measured;
 * GreenMail spends tens of milliseconds filing each message in a mailbox), from the press of
 * "send" until the newsletter is marked sent, every recipient checked to have exactly one copy. The limit, measured in the same run against the same server: a plain
 * Jakarta Mail loop sending the same personalised messages (the hub's own HTML and text, with each
 * recipient's name) over one connection that stays open.
 *
 * <p>Run: {@code ./mvnw -B -pl deployment -am -Pbench,bench-newsletter verify -DskipTests}.
 * Report: {@code target/bench/newsletter.md}.
 */
public final class NewsletterBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private NewsletterBenchmark() {}

  public static void main(String[] args) throws Exception {
    int recipients = Integer.getInteger("bench.recipients", 10_000);
    int warmup = Integer.getInteger("bench.warmupRecipients", 5_000);
    Path jar = Path.of(System.getProperty("bench.hubJar"));
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    Path work = Files.createDirectories(out.resolve("newsletter"));
    Path data = Files.createTempDirectory(work, "data");
    Path console = work.resolve("hub-console.log");

    ScriptedSmtpServer relay = new ScriptedSmtpServer();
    int port = relay.port();
    Map<String, String> env =
        Map.of(
            "HUB_SMTP_HOST", "127.0.0.1",
            "HUB_SMTP_PORT", Integer.toString(port),
            "HUB_SMTP_TLS", "none",
            "HUB_SMTP_FROM", "nieuwsbrief@polderlicht.example",
            "HUB_SMTP_RATE_PER_MINUTE", "10000000");
    double hubRate;
    MimeMessage sample;
    double hubCpu;
    // a small heap shows that sending does not grow with the list (-Dbench.hubHeap=256m)
    List<String> jvmArgs =
        new java.util.ArrayList<>(List.of("-Xmx" + System.getProperty("bench.hubHeap", "1g")));
    long[] heapByQuarter = new long[4];
    String extra = System.getProperty("bench.hubJvmArgs", "").strip();
    if (!extra.isEmpty()) {
      jvmArgs.addAll(List.of(extra.split("\\s+")));
    }
    try (HubProcess hub = HubProcess.start(jar, data, console, jvmArgs, env)) {
      hub.awaitListening(Duration.ofMinutes(4));
      // /health answers before the application is deployed; wait for the newsletters API itself
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (!get(hub, "api/v1/newsletters").contains("\"items\"")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the newsletters API did not answer; see " + console);
        }
        Thread.sleep(250);
      }
      long list = list(hub, "Iedereen", "collega", recipients);
      long warmupList = warmup > 0 ? list(hub, "Warm-up", "warmup", warmup) : 0;
      StringBuilder blocks = new StringBuilder("[{\"type\": \"heading\", \"text\": \"Deze week\"}");
      for (int i = 0; i < 3; i++) {
        long item =
            id(post(hub, "api/v1/items", "application/json",
                ("{\"title\": \"Bericht %d: slimme verlichting in de polder\", \"channel\": \"blog\","
                        + " \"language\": \"nl\", \"summary\": \"%s\", \"body\": \"<p>%s</p>\"}")
                    .formatted(i, "Een samenvatting van het bericht. ".repeat(5),
                        "Tekst van het bericht. ".repeat(40))));
        blocks.append(", {\"type\": \"item\", \"itemId\": ").append(item).append('}');
      }
      blocks.append(", {\"type\": \"text\", \"text\": \"")
          .append("Een alinea met nieuws uit de organisatie. ".repeat(12))
          .append("\"}, {\"type\": \"button\", \"label\": \"Naar de hub\",")
          .append(" \"url\": \"https://hub.polderlicht.example/\"}]");
      if (warmup > 0) {
        // A hub that has just started spends most of its first send compiling (the JIT threads
        // took 0.7 of its 1.6 cores then): a warm-up send of its own, then a quiet moment, so that
        // the measured send shows the hub as it runs for days, as the raw loop is warmed too.
        long warm = newsletter(hub, warmupList, blocks);
        send(hub, warm, warmup, new long[4]);
        clear(relay);
        hub.awaitQuiet(0.15, Duration.ofSeconds(60));
      }
      long newsletter = newsletter(hub, list, blocks);
      double cpuBefore = hub.cpuSeconds();
      long start = System.nanoTime();
      send(hub, newsletter, recipients, heapByQuarter);
      double seconds = (System.nanoTime() - start) / 1e9;
      hubCpu = hub.cpuSeconds() - cpuBefore;
      hubRate = recipients / seconds;
      Set<String> to = new HashSet<>();
      long rcpts = relay.commands.stream().filter(c -> c.startsWith("RCPT TO:")).peek(to::add).count();
      if (relay.messages.size() != recipients || rcpts != recipients || to.size() != recipients) {
        throw new IllegalStateException(
            relay.messages.size() + " messages to " + to.size() + " recipients, expected " + recipients);
      }
      sample =
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(relay.messages.get(0).getBytes(StandardCharsets.ISO_8859_1)));
      System.out.printf(Locale.ROOT, "hub: %d newsletters in %.1f s = %.0f/s%n", recipients, seconds, hubRate);
    }

    clear(relay);
    if (warmup > 0) {
      rawLoop(sample, port, warmup);
      clear(relay);
    }
    double rawRate = rawLoop(sample, port, recipients);
    System.out.printf(Locale.ROOT, "raw Jakarta Mail loop: %.0f/s%n", rawRate);
    if (relay.messages.size() != recipients) {
      throw new IllegalStateException("the raw loop delivered " + relay.messages.size());
    }
    relay.close();

    String report =
        String.format(
            Locale.ROOT,
            "| measure | value |%n| --- | --- |%n"
                + "| recipients | %d (after a warm-up send of %d on each side) |%n"
                + "| hub (send → status sent, 2 workers, pooled connections) | %.0f messages/s |%n"
                + "| raw Jakarta Mail loop, one connection (the limit) | %.0f messages/s |%n"
                + "| hub ÷ raw | %.2f |%n"
                + "| hub CPU during the send | %.1f s |%n"
                + "| hub heap limit | %s |%n"
                + "| hub's largest used heap while 0-25 / 25-50 / 50-75 / 75-100 %% were sent |"
                + " %d / %d / %d / %d MiB |%n",
            recipients,
            warmup,
            hubRate,
            rawRate,
            hubRate / rawRate,
            hubCpu,
            System.getProperty("bench.hubHeap", "1g"),
            heapByQuarter[0] >> 20,
            heapByQuarter[1] >> 20,
            heapByQuarter[2] >> 20,
            heapByQuarter[3] >> 20);
    Files.writeString(out.resolve("newsletter.md"), report);
    System.out.println(report);
  }

  /** The same messages the hub sent, with each recipient's own name, over one open connection. */
  private static double rawLoop(MimeMessage sample, int port, int recipients) throws Exception {
    Multipart parts = (Multipart) sample.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    String name = ((InternetAddress) sample.getRecipients(Message.RecipientType.TO)[0]).getPersonal();
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", "127.0.0.1");
    props.setProperty("mail.smtp.port", Integer.toString(port));
    // the limit gets the same TCP_NODELAY the hub's transport uses (see hub-mail NoDelaySockets)
    props.put("mail.smtp.socketFactory", org.contenthub.mail.NoDelaySockets.plain());
    Session session = Session.getInstance(props);
    long start = System.nanoTime();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int i = 0; i < recipients; i++) {
        String who = "Collega " + i;
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("nieuwsbrief@polderlicht.example", "Content Hub"));
        m.setRecipient(
            Message.RecipientType.TO,
            new InternetAddress("collega" + i + "@polderlicht.example", who, "UTF-8"));
        m.setSubject("Polderpost", "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.replace(name, who), "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html.replace(name, who), "UTF-8", "html");
        m.setContent(new MimeMultipart("alternative", plain, rich));
        m.saveChanges();
        transport.sendMessage(m, m.getAllRecipients());
      }
    }
    return recipients / ((System.nanoTime() - start) / 1e9);
  }

  private static HttpResponse<String> post(HubProcess hub, String path, String type, String body)
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(hub.uri(path))
                .header("Authorization", HubProcess.basicAuth())
                .header("Content-Type", type + "; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " → " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static String get(HubProcess hub, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(hub.uri(path)).header("Authorization", HubProcess.basicAuth()).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** A custom list of {@code count} colleagues, imported as CSV as a communicator would. */
  private static long list(HubProcess hub, String name, String prefix, int count) throws Exception {
    long list =
        id(post(hub, "api/v1/lists", "application/json",
            "{\"name\": \"" + name + "\", \"kind\": \"CUSTOM\"}"));
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < count; i++) {
      csv.append(prefix).append(i).append("@polderlicht.example;Collega ").append(i).append('\n');
    }
    post(hub, "api/v1/lists/" + list + "/members", "text/csv", csv.toString());
    return list;
  }

  private static long newsletter(HubProcess hub, long list, CharSequence blocks) throws Exception {
    return id(post(hub, "api/v1/newsletters", "application/json",
        "{\"subject\": \"Polderpost\", \"listIds\": [%d], \"blocks\": %s}"
            .formatted(list, blocks)));
  }

  /**
   * Presses send and polls the progress (every 250 ms, as a busy progress page would at most)
   * until the newsletter is sent; samples the used heap each second into its quarter of the send.
   */
  private static void send(HubProcess hub, long newsletter, int recipients, long[] heapByQuarter)
      throws Exception {
    post(hub, "api/v1/newsletters/" + newsletter + "/send", "application/json", "{}");
    String progress = "";
    long lastHeapSample = 0;
    while (!progress.contains("\"status\":\"sent\"")) {
      Thread.sleep(250);
      progress = get(hub, "api/v1/newsletters/" + newsletter + "/progress");
      if (System.nanoTime() - lastHeapSample > 1_000_000_000L) {
        lastHeapSample = System.nanoTime();
        int quarter = (int) Math.min(3, 4 * sentOf(progress) / recipients);
        heapByQuarter[quarter] = Math.max(heapByQuarter[quarter], usedHeap(hub));
      }
    }
  }

  private static void clear(ScriptedSmtpServer relay) {
    relay.messages.clear();
    relay.commands.clear();
  }

  private static long sentOf(String progress) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"sent\":(\\d+)").matcher(progress);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** The hub's used heap in bytes, from its MicroProfile Metrics (0 when not readable). */
  private static long usedHeap(HubProcess hub) throws Exception {
    for (String line : get(hub, "metrics?scope=base").split("\n")) {
      if (line.startsWith("memory_usedHeap_bytes")) {
        return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  /** The id of what a POST created, from its Location header ({@code …/items/42}). */
  private static long id(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
