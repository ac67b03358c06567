package org.contenthub.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged hub, started as the README tells a person to: {@code java -jar content-hub.jar} with
 * its settings in environment variables ({@code HUB_DEMO=false}, a free port, the benchmark's data
 * directory), console to a log file, stopped with SIGTERM.
 */
final class HubProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "bench-admin-Secret-1";

  final Process process;
  final int port;
  final Path console;
  /** Where this start's output begins in the console log, which earlier starts share. */
  private final int consoleStart;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private HubProcess(Process process, int port, Path console, int consoleStart) {
    this.process = process;
    this.port = port;
    this.console = console;
    this.consoleStart = consoleStart;
  }

  static HubProcess start(Path jar, Path dataDir, Path console, List<String> jvmArgs)
      throws IOException {
    return start(jar, dataDir, console, jvmArgs, java.util.Map.of());
  }

  /** With more settings in the environment, e.g. the SMTP relay. */
  static HubProcess start(
      Path jar,
      Path dataDir,
      Path console,
      List<String> jvmArgs,
      java.util.Map<String, String> environment)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(jar.toString());
    Files.writeString(
        console,
        "\n==== " + String.join(" ", command) + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
    builder.environment().put("HUB_PORT", String.valueOf(port));
    builder.environment().put("HUB_DATA_DIR", dataDir.toAbsolutePath().toString());
    builder.environment().put("HUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("HUB_DEMO", "false");
    builder.environment().putAll(environment);
    int consoleStart = Files.readString(console).length();
    return new HubProcess(builder.start(), port, console, consoleStart);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + "/" + pathAndQuery);
  }

  static String basicAuth() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Waits until the hub answers {@code /health} at all (UP, or DOWN while its index rebuilds). */
  void awaitListening(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      ensureAlive();
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(uri("health")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 || health.statusCode() == 503) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the hub did not answer /health within " + limit);
  }

  /** {@code GET /api/v1/admin/search} as the administrator. */
  IndexStatus indexStatus() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("api/v1/admin/search"))
                .header("Authorization", basicAuth())
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return null;
    }
    return new IndexStatus(
        r.body().contains("\"rebuilding\":true"),
        number(r.body(), "indexedSoFar"),
        number(r.body(), "documents"));
  }

  record IndexStatus(boolean rebuilding, long indexedSoFar, long documents) {}

  /** Waits until the index holds at least {@code documents} and no rebuild runs. */
  void awaitIndex(long documents, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    long lastPrint = 0;
    while (System.nanoTime() < deadline) {
      ensureAlive();
      IndexStatus status = null;
      try {
        status = indexStatus();
      } catch (IOException notYet) {
        // starting
      }
      if (status != null) {
        if (!status.rebuilding() && status.documents() >= documents) {
          return;
        }
        if (System.nanoTime() - lastPrint > 15_000_000_000L) {
          lastPrint = System.nanoTime();
          System.out.printf(
              "  index: rebuilding=%s, indexed so far %d, documents %d%n",
              status.rebuilding(), status.indexedSoFar(), status.documents());
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the hub's index did not reach " + documents + " in " + limit);
  }

  /** The hub's own account of its last rebuild: "rebuilt with N items in S s". */
  double[] lastRebuildFromLog() throws IOException {
    Matcher m =
        Pattern.compile("rebuilt with (\\d+) items in ([0-9.,]+) s")
            .matcher(Files.readString(console));
    double[] found = null;
    while (m.find()) {
      found =
          new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2).replace(',', '.'))};
    }
    return found;
  }

  /**
   * Waits until the hub uses less than {@code cores} over a second (its JIT compiler done with
   * what the last work made hot), at most {@code limit}.
   */
  void awaitQuiet(double cores, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    double before = cpuSeconds();
    while (System.nanoTime() < deadline) {
      Thread.sleep(1000);
      double now = cpuSeconds();
      if (now - before < cores) {
        return;
      }
      before = now;
    }
  }

  /** CPU time (user + system) the hub's process used so far, in seconds (Linux /proc). */
  double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), counted from after the command name
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Resident memory in MiB (Linux /proc). */
  long residentMiB() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException e) {
      // not on Linux
    }
    return -1;
  }

  /** Payara Micro keeps running when the application fails to deploy: the log says so. */
  private void ensureAlive() throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException("the hub stopped; see " + console);
    }
    String log = Files.readString(console);
    int failed = log.indexOf("Exception while loading the app", consoleStart);
    if (failed >= 0) {
      Matcher cause = Pattern.compile("Caused by: [^\\n]*|FlywayValidateException[^\\n]*\\n[^\\n]*").matcher(log);
      String reason = cause.find(consoleStart) ? cause.group() : "";
      throw new IllegalStateException(
          "the hub failed to deploy (" + reason + "); see " + console
              + " — with bench.reuse, a data directory of an older schema cannot be reused");
    }
  }

  static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** SIGTERM, as an operator stops it; forcibly after a minute. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        System.out.println("  the hub did not stop within 60 s after SIGTERM; killing it");
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
