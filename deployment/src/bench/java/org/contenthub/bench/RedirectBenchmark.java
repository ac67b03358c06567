package org.contenthub.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tracked-link redirect under load (issue 8; docs/BENCHMARKS.md, "Tracked-link redirect"):
 * {@code GET /s/{code}} at 32 concurrent clients against the limit measured in the same run on the
 * same server, its cheapest redirect ({@code GET /lang/en?next=/}: a JAX-RS resource answering 303
 * with a cookie, no database). Every click is a new visitor (a fresh address in {@code
 * X-Forwarded-For} from a trusted proxy and its own user agent), so every one goes the whole way:
 * bot check, per-address limit, the daily salted hash, the buffer, and the database write of the
 * flush once a second. Afterwards the hub's own click count is compared with the redirects sent.
 *
 * <p>Run: {@code ./mvnw -B -pl deployment -am -Pbench -Dbench.main=org.contenthub.bench.RedirectBenchmark
 * verify -DskipTests}. Options: {@code bench.redirectClients} (32), {@code bench.redirectWarmup}
 * (15 s), {@code bench.redirectSeconds} (30 s), {@code bench.hubJvmArgs}.
 */
public final class RedirectBenchmark {

  private static final Pattern CODE = Pattern.compile("/s/([A-Za-z0-9_-]{8,32})");
  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 visitor/";
  private static final int LINKS = 50;

  private RedirectBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path builtJar = Path.of(System.getProperty("bench.hubJar"));
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    int clients = Integer.getInteger("bench.redirectClients", 32);
    int warmup = Integer.getInteger("bench.redirectWarmup", 15);
    int seconds = Integer.getInteger("bench.redirectSeconds", 30);
    List<String> jvmArgs = new ArrayList<>();
    String extra = System.getProperty("bench.hubJvmArgs", "").strip();
    if (!extra.isEmpty()) {
      jvmArgs.addAll(List.of(extra.split("\\s+")));
    }
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "content-hub-redirect-bench");
    deleteRecursively(work);
    Files.createDirectories(work);
    Files.createDirectories(out);
    Path jar = work.resolve("content-hub.jar");
    Files.copy(builtJar, jar, StandardCopyOption.REPLACE_EXISTING);
    Path console = work.resolve("hub-console.log");

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (HubProcess hub =
        HubProcess.start(
            jar,
            work.resolve("data"),
            console,
            jvmArgs,
            // the load comes from this machine, standing in for a reverse proxy with many visitors
            Map.of("HUB_SHARING_TRUSTED_PROXIES", "127.0.0.1"))) {
      System.out.println("hub: starting on port " + hub.port);
      hub.awaitListening(Duration.ofMinutes(3));
      awaitApplication(http, hub, Duration.ofMinutes(3));
      String editor = "bench-editor";
      String editorPassword = "bench-editor-Secret-1";
      check(
          send(
              http,
              hub,
              "POST",
              "api/v1/accounts",
              HubProcess.basicAuth(),
              "{\"username\":\""
                  + editor
                  + "\",\"displayName\":\"Bench Editor\",\"password\":\""
                  + editorPassword
                  + "\",\"roles\":[\"EMPLOYEE\",\"EDITOR\"]}"),
          201);
      String auth =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString((editor + ":" + editorPassword).getBytes());
      HttpResponse<String> item =
          send(
              http,
              hub,
              "POST",
              "api/v1/items",
              auth,
              "{\"title\":\"Redirect benchmark\",\"channel\":\"blog\",\"visibility\":\"public\","
                  + "\"shareable\":true,\"sourceUrl\":\"https://www.polderlicht.example/nieuws/houten?id=7\"}");
      check(item, 201);
      String location = item.headers().firstValue("Location").orElseThrow();
      long itemId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < LINKS; i++) {
        String share =
            check(
                send(
                    http,
                    hub,
                    "POST",
                    "api/v1/items/" + itemId + "/shares",
                    auth,
                    "{\"network\":\"" + (i % 2 == 0 ? "linkedin" : "whatsapp") + "\",\"text\":\"Lees dit\"}"),
                201);
        Matcher m = CODE.matcher(share);
        if (!m.find()) {
          throw new IllegalStateException("no tracked link in " + share);
        }
        codes.add(m.group(1));
      }

      LoadRun.Result asset =
          LoadRun.run(
              "static file GET /assets/favicon.svg",
              clients,
              1,
              warmup,
              seconds,
              q -> status(http, get(hub, "assets/favicon.svg", null, null), 200),
              hub::cpuSeconds);
      LoadRun.Result staticRedirect =
          LoadRun.run(
              "static redirect GET /lang/en?next=/",
              clients,
              1,
              warmup,
              seconds,
              q -> status(http, get(hub, "lang/en?next=/", null, null), 303),
              hub::cpuSeconds);
      LoadRun.Result limit = asset.qps() >= staticRedirect.qps() ? asset : staticRedirect;
      long before = humanClicks(http, hub, itemId, auth);
      java.util.concurrent.atomic.AtomicLong redirects = new java.util.concurrent.atomic.AtomicLong();
      LoadRun.Result redirect =
          LoadRun.run(
              "tracked link GET /s/{code}",
              clients,
              LINKS,
              warmup,
              seconds,
              q -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String visitor =
                    "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
                long answer =
                    status(
                        http,
                        get(hub, "s/" + codes.get(q), visitor, BROWSER + random.nextLong()),
                        302);
                redirects.incrementAndGet();
                return answer;
              },
              hub::cpuSeconds);
      long sent = redirects.get();
      // The buffer flushes once a second; under this load the database lags behind, so wait until
      // the count stops moving and note how long the backlog took to be written.
      long loadEnded = System.nanoTime();
      long counted = humanClicks(http, hub, itemId, auth) - before;
      long atEnd = counted;
      long lastChange = System.nanoTime();
      // a flush takes the whole backlog in one transaction, so counts move in large, slow steps
      while (counted < sent
          && System.nanoTime() - lastChange < 60_000_000_000L
          && System.nanoTime() - loadEnded < 900_000_000_000L) {
        Thread.sleep(2000);
        long now = humanClicks(http, hub, itemId, auth) - before;
        if (now != counted) {
          counted = now;
          lastChange = System.nanoTime();
        }
      }
      double catchUp = (lastChange - loadEnded) / 1e9;

      double ratio = redirect.qps() / limit.qps();
      String machine =
          String.format(
              Locale.ROOT,
              "%d cores, %s, hub `java %s-jar content-hub.jar` (H2 embedded)",
              Runtime.getRuntime().availableProcessors(),
              System.getProperty("os.name") + " " + System.getProperty("os.arch"),
              extra.isEmpty() ? "" : extra + " ");
      StringBuilder report = new StringBuilder();
      report.append("# Tracked-link redirect benchmark\n\n");
      report
          .append("- Run: ")
          .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
          .append("; ")
          .append(machine)
          .append('\n');
      report.append(
          String.format(
              Locale.ROOT,
              "- %d clients, closed loop, %d s warm-up, %d s measured, HTTP/1.1 keep-alive%n%n",
              clients,
              warmup,
              seconds));
      report.append("| endpoint | req/s | p50 ms | p99 ms | errors | CPU ms per call (both sides) |\n");
      report.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
      for (LoadRun.Result r : List.of(asset, staticRedirect, redirect)) {
        report.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %d | %.2f |%n",
                r.name(),
                r.qps(),
                r.p50Ms(),
                r.p99Ms(),
                r.errors(),
                r.cpuMsPerCall()));
      }
      report.append(
          String.format(
              Locale.ROOT,
              "%n**Redirect throughput = %.0f %% of the limit** (%s, the faster of the two;"
                  + " target ≥ 50 %%).%n%n"
                  + "Counting: %,d redirects answered (warm-up included), every one a new visitor;"
                  + " %,d human clicks written when the load ended, %,d in the end, %.0f s after"
                  + " the load ended (the database writes behind the buffer).%n",
              ratio * 100,
              limit.name(),
              sent,
              atEnd,
              counted,
              catchUp));
      System.out.println();
      System.out.println(report);
      Files.writeString(out.resolve("redirect.md"), report.toString());
      Files.copy(console, out.resolve("redirect-hub-console.log"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** /health can answer before the WAR is deployed: wait until the hub's own pages answer. */
  private static void awaitApplication(HttpClient http, HubProcess hub, Duration limit)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(hub.uri("lang/en?next=/")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 303) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the hub's application did not start within " + limit);
  }

  private static long humanClicks(HttpClient http, HubProcess hub, long itemId, String auth)
      throws Exception {
    HttpResponse<String> stats =
        http.send(
            HttpRequest.newBuilder(hub.uri("api/v1/items/" + itemId + "/shares/stats"))
                .header("Authorization", auth)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // the item's total comes before its per-network figures (JSON-B orders properties by name)
    return HubProcess.number(check(stats, 200), "humanClicks");
  }

  private static HttpRequest get(HubProcess hub, String path, String forwardedFor, String agent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(hub.uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    if (agent != null) {
      request.header("User-Agent", agent);
    }
    return request.build();
  }

  private static long status(HttpClient http, HttpRequest request, int expected) throws Exception {
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
    return response.headers().firstValue("Location").map(String::length).orElse(0);
  }

  private static HttpResponse<String> send(
      HttpClient http, HubProcess hub, String method, String path, String auth, String json)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(hub.uri(path))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String check(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static void deleteRecursively(Path path) throws java.io.IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
