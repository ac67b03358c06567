package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of fetching a medium, against a Graph API on a JDK HttpServer on 127.0.0.1. */
class GraphMediaClientTest {

  private static final byte[] BYTES = "photo bytes".getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private final AtomicReference<String> description = new AtomicReference<>();
  private final AtomicInteger fileStatus = new AtomicInteger(200);
  private final AtomicInteger fileHits = new AtomicInteger();
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v21.0/",
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] json = description.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, json.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
          }
        });
    server.createContext(
        "/files/",
        exchange -> {
          fileHits.incrementAndGet();
          if (fileStatus.get() != 200) {
            exchange.sendResponseHeaders(fileStatus.get(), -1);
            exchange.close();
            return;
          }
          exchange.sendResponseHeaders(200, BYTES.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(BYTES);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private GraphMediaClient client(String allowedHosts) {
    return new GraphMediaClient(
        URI.create(base() + "/v21.0"), "secret-token", Set.of("127.0.0.1"), 1000, allowedHosts);
  }

  private void describe(String url, String sha256, long size) {
    description.set(
        "{\"url\": \"%s\", \"mime_type\": \"image/png\", \"sha256\": \"%s\", \"file_size\": %d, \"id\": \"1\"}"
            .formatted(url, sha256, size));
  }

  private static String sha(byte[] bytes) {
    return HexFormat.of().formatHex(GraphMediaClient.sha256(bytes));
  }

  @Test
  void fetchesAndVerifiesWithTheBearerToken() throws Exception {
    describe(base() + "/files/a", sha(BYTES), BYTES.length);
    GraphMediaClient.Media media = client("127.0.0.1").fetch("1234567890");
    assertThat(media.content()).isEqualTo(BYTES);
    assertThat(authorization.get()).isEqualTo("Bearer secret-token");
  }

  @Test
  void plainHttpOnlyForAllowListedHosts() {
    describe(base() + "/files/a", sha(BYTES), BYTES.length);
    assertThatThrownBy(() -> client("").fetch("1"))
        .isInstanceOf(GraphMediaClient.MediaProblem.class)
        .hasMessageContaining("only https");
    assertThat(fileHits).hasValue(0);
  }

  @Test
  void refusesForeignHostsOddIdsWrongSumsAndLargeFiles() {
    describe("http://localhost:" + server.getAddress().getPort() + "/files/a", sha(BYTES), 5);
    assertThatThrownBy(() -> client("127.0.0.1").fetch("1")).hasMessageContaining("is not allowed");
    assertThatThrownBy(() -> client("127.0.0.1").fetch("../admin"))
        .hasMessageContaining("media id");
    describe(base() + "/files/a", "0".repeat(64), BYTES.length);
    assertThatThrownBy(() -> client("127.0.0.1").fetch("1")).hasMessageContaining("SHA-256");
    describe(base() + "/files/a", sha(BYTES), 5000);
    assertThatThrownBy(() -> client("127.0.0.1").fetch("1")).hasMessageContaining("too large");
    assertThat(fileHits).as("only the checksum case downloaded").hasValue(1);
  }

  @Test
  void serverErrorsAreWorthAnotherTryClientErrorsAreNot() {
    describe(base() + "/files/a", sha(BYTES), BYTES.length);
    fileStatus.set(503);
    assertThatThrownBy(() -> client("127.0.0.1").fetch("1"))
        .isInstanceOfSatisfying(
            GraphMediaClient.MediaProblem.class, p -> assertThat(p.retryable()).isTrue());
    fileStatus.set(404);
    assertThatThrownBy(() -> client("127.0.0.1").fetch("1"))
        .isInstanceOfSatisfying(
            GraphMediaClient.MediaProblem.class, p -> assertThat(p.retryable()).isFalse());
  }
}
