package org.contenthub.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code content-hub.jar}, started the way the README tells a person to start it:
 * {@code java -jar} with settings in environment variables, on a free port and a fresh data
 * directory.
 */
final class RunningHub implements AutoCloseable {

  final Process process;
  final int port;
  final Path dataDir;
  final Path console;
  final Duration startup;

  private RunningHub(Process process, int port, Path dataDir, Path console, Duration startup) {
    this.process = process;
    this.port = port;
    this.dataDir = dataDir;
    this.console = console;
    this.startup = startup;
  }

  static RunningHub start(Map<String, String> environment) throws Exception {
    return start(environment, Files.createTempDirectory("hub-data"));
  }

  /** Starts the hub on a data directory of its own or, to restart, of a hub before it. */
  static RunningHub start(Map<String, String> environment, Path dataDir) throws Exception {
    Path jar = Path.of(System.getProperty("hub.jar"));
    Path console = Files.createTempFile("hub-console", ".log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(javaExecutable(), "-jar", jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    builder.environment().put("HUB_PORT", String.valueOf(port));
    builder.environment().put("HUB_DATA_DIR", dataDir.toString());
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    RunningHub hub = new RunningHub(process, port, dataDir, console, null);
    hub.awaitHealthy(Duration.ofMinutes(4));
    return new RunningHub(
        process, port, dataDir, console, Duration.ofNanos(System.nanoTime() - started));
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + "/" + path);
  }

  String consoleText() throws IOException {
    return Files.readString(console);
  }

  /** Resident memory of the server process, in MiB, from /proc (Linux). */
  long residentMemoryMiB() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private void awaitHealthy(Duration limit) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The hub stopped during start-up:\n" + consoleText());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(uri("health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "The hub did not become healthy in " + limit + ":\n" + consoleText());
  }

  /** Ends the hub as a power cut or the OOM killer would: SIGKILL, no shutdown hooks. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Stops the hub as an operator would (SIGTERM) and says whether it ended in time. */
  boolean stop(Duration grace) throws InterruptedException {
    process.destroy();
    return process.waitFor(grace.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive() && !stop(Duration.ofSeconds(60))) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
