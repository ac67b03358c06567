package org.contenthub.web.curation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and a free port for fetcher and feed tests. Remembers which paths
 * were asked for and the request headers, so tests can show that a refused URL was never requested.
 */
public final class TestWebServer implements AutoCloseable {

  /** One request as the server saw it. */
  public record Request(String path, String host, Map<String, List<String>> headers) {
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  public TestWebServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:port/path}. */
  public String url(String path) {
    return urlFor("127.0.0.1", path);
  }

  /** {@code http://host:port/path}, for host names a test resolver maps to 127.0.0.1. */
  public String urlFor(String host, String path) {
    return "http://" + host + ":" + port() + path;
  }

  public TestWebServer route(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          String requested = exchange.getRequestURI().getRawPath();
          String query = exchange.getRequestURI().getRawQuery();
          String full = query == null ? requested : requested + "?" + query;
          Map<String, List<String>> headers = new ConcurrentHashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
          requests.add(new Request(full, exchange.getRequestHeaders().getFirst("Host"), headers));
          hits.computeIfAbsent(requested, p -> new AtomicInteger()).incrementAndGet();
          try {
            handler.handle(exchange);
          } finally {
            exchange.close();
          }
        });
    return this;
  }

  /** Serves a fixed body with a content type. */
  public TestWebServer serve(String path, String contentType, byte[] body) {
    return route(path, exchange -> respond(exchange, 200, contentType, body));
  }

  public TestWebServer serve(String path, String contentType, String body) {
    return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Serves a test resource from the class path. */
  public TestWebServer serveResource(String path, String contentType, String resource) {
    return serve(path, contentType, resource(resource));
  }

  public TestWebServer redirect(String path, int status, String location) {
    return route(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Location", location);
          exchange.sendResponseHeaders(status, -1);
        });
  }

  /** Blocks the handler thread until the server closes: a server that never answers. */
  public void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public List<Request> requests() {
    return requests;
  }

  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  public static byte[] resource(String name) {
    try (InputStream in = TestWebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
