package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.contenthub.web.curation.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {

  private static final String PAGE =
      "<!doctype html><html lang=nl><head><title>Zonnepanelen op het dak</title></head>"
          + "<body><p>Één keer per jaar</p></body></html>";

  private final TestWebServer server = new TestWebServer();

  /** Maps every *.example.test name to 127.0.0.1, other test names to what the test says. */
  private static final HostResolver TEST_DNS =
      host -> {
        if (host.endsWith(".example.test")) {
          return List.of(InetAddress.getLoopbackAddress());
        }
        if (host.equals("intranet.corp.test")) {
          return List.of(InetAddress.getByAddress(new byte[] {10, 1, 2, 3}));
        }
        if (host.equals("mixed.corp.test")) {
          return List.of(
              InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34}),
              InetAddress.getByAddress(new byte[] {10, 0, 0, 1}));
        }
        throw new UnknownHostException(host);
      };

  private static FetchPolicy policy(String... allowList) {
    return FetchPolicy.forPages(String.join(",", allowList))
        .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(3));
  }

  private static SafeFetcher fetcher(String... allowList) {
    return new SafeFetcher(policy(allowList), TEST_DNS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertRefused(ThrowingCallable call, Reason reason, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              for (String fragment : fragments) {
                assertThat(e.getMessage()).contains(fragment);
              }
            });
  }

  @Test
  void fetchesAPageFromAnAllowListedAddress() throws Exception {
    server.serve("/artikel", "text/html; charset=utf-8", PAGE);

    FetchedResource page = fetcher("127.0.0.1").fetch(server.url("/artikel"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.declaredCharset()).isEqualTo("utf-8");
    assertThat(page.finalUrl()).isEqualTo(URI.create(server.url("/artikel")));
    assertThat(page.htmlText()).contains("Één keer per jaar");
    TestWebServer.Request request = server.requests().get(0);
    assertThat(request.header("user-agent")).contains("ContentHub");
    assertThat(request.header("connection")).isEqualTo("close");
  }

  @Test
  void refusesLoopbackThatIsNotAllowListed() {
    server.serve("/artikel", "text/html", PAGE);

    assertRefused(
        () -> fetcher().fetch(server.url("/artikel")),
        Reason.PRIVATE_ADDRESS,
        "127.0.0.1",
        "loopback");
    assertThat(server.requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://100.100.100.200/",
        "http://192.0.0.192/",
        "https://127.0.0.1:8443/"
      })
  void refusesInternalAddresses(String url) {
    assertRefused(() -> fetcher().fetch(url), Reason.PRIVATE_ADDRESS, "hub.fetch.allowed-hosts");
  }

  @Test
  void refusesTheMetadataServiceWithAHelpfulMessage() {
    assertRefused(
        () -> fetcher().fetch("http://169.254.169.254/latest/meta-data/"),
        Reason.PRIVATE_ADDRESS,
        "169.254.169.254 is a link-local address");
  }

  @Test
  void refusesLoopbackSpelledAsANumberThroughTheSystemResolver() {
    // "2130706433" and "localhost" are host names to URI; only the resolved address tells.
    SafeFetcher systemDns = new SafeFetcher(policy());
    assertRefused(
        () -> systemDns.fetch("http://localhost/"),
        Reason.PRIVATE_ADDRESS,
        "localhost resolves to");
    assertThatThrownBy(() -> systemDns.fetch("http://2130706433/"))
        .isInstanceOf(FetchException.class)
        .satisfies(
            e ->
                assertThat(((FetchException) e).reason())
                    .isIn(Reason.PRIVATE_ADDRESS, Reason.UNKNOWN_HOST));
  }

  @Test
  void refusesAHostNameResolvingToAPrivateAddress() {
    assertRefused(
        () -> fetcher().fetch("http://intranet.corp.test/wiki"),
        Reason.PRIVATE_ADDRESS,
        "intranet.corp.test resolves to 10.1.2.3, a private network address");
  }

  @Test
  void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
    assertRefused(
        () -> fetcher().fetch("http://mixed.corp.test/"), Reason.PRIVATE_ADDRESS, "10.0.0.1");
  }

  @Test
  void allowListsByHostName() throws Exception {
    server.serve("/wiki", "text/html", PAGE);

    FetchedResource page =
        fetcher("intranet.example.test").fetch(server.urlFor("intranet.example.test", "/wiki"));

    assertThat(page.htmlText()).contains("Zonnepanelen");
    assertThat(server.requests().get(0).host()).isEqualTo("intranet.example.test:" + server.port());
  }

  @Test
  void allowListsByDomain() throws Exception {
    server.serve("/wiki", "text/html", PAGE);

    assertThat(
            fetcher("*.example.test").fetch(server.urlFor("wiki.example.test", "/wiki")).status())
        .isEqualTo(200);
    assertRefused(
        () -> fetcher("other.example.test").fetch(server.urlFor("wiki.example.test", "/wiki")),
        Reason.PRIVATE_ADDRESS,
        "wiki.example.test resolves to 127.0.0.1");
  }

  @Test
  void allowListsByCidr() throws Exception {
    server.serve("/wiki", "text/html", PAGE);

    assertThat(fetcher("10.0.0.0/8, 127.0.0.0/8").fetch(server.url("/wiki")).status())
        .isEqualTo(200);
    assertThat(
            fetcher("127.0.0.0/8").fetch(server.urlFor("intranet.example.test", "/wiki")).status())
        .isEqualTo(200);
    assertRefused(() -> fetcher("128.0.0.0/8").fetch(server.url("/wiki")), Reason.PRIVATE_ADDRESS);
  }

  @Test
  void refusesARedirectFromAnAllowedHostToAPrivateOne() {
    server.redirect("/go", 302, server.urlFor("internal.example.test", "/secret"));
    server.redirect("/metadata", 301, "http://169.254.169.254/latest/meta-data/");
    server.serve("/secret", "text/html", PAGE);

    assertRefused(
        () -> fetcher("news.example.test").fetch(server.urlFor("news.example.test", "/go")),
        Reason.PRIVATE_ADDRESS,
        "internal.example.test resolves to 127.0.0.1");
    assertRefused(
        () -> fetcher("news.example.test").fetch(server.urlFor("news.example.test", "/metadata")),
        Reason.PRIVATE_ADDRESS,
        "169.254.169.254");
    assertThat(server.hits("/secret")).isZero();
  }

  @Test
  void followsRelativeRedirectsAndReportsTheFinalUrl() throws Exception {
    server.redirect("/old", 301, "/new/");
    server.redirect("/new/", 307, "artikel?id=7");
    server.serve("/new/artikel", "text/html", PAGE);

    FetchedResource page = fetcher("127.0.0.1").fetch(server.url("/old"));

    assertThat(page.finalUrl().toString()).isEqualTo(server.url("/new/artikel?id=7"));
    assertThat(page.requestedUrl().toString()).isEqualTo(server.url("/old"));
  }

  @Test
  void resolvesTheHostOnceForEveryHopAndConnectsToThatAddress() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    HostResolver counting =
        host -> {
          lookups.incrementAndGet();
          return TEST_DNS.resolve(host);
        };
    server.redirect("/a", 302, server.urlFor("two.example.test", "/b"));
    server.serve("/b", "text/html", PAGE);

    new SafeFetcher(policy("*.example.test"), counting)
        .fetch(server.urlFor("one.example.test", "/a"));

    assertThat(lookups).hasValue(2);
  }

  @Test
  void refusesARedirectLoop() {
    server.redirect("/a", 302, "/b");
    server.redirect("/b", 302, server.url("/a#again"));

    assertRefused(
        () -> fetcher("127.0.0.1").fetch(server.url("/a")), Reason.REDIRECT_LOOP, "/a", "/b");
    assertThat(server.hits("/a")).isEqualTo(1);
  }

  @Test
  void refusesTooManyRedirectsButFollowsUpToTheLimit() throws Exception {
    server.route(
        "/hop/",
        exchange -> {
          int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
          exchange.getResponseHeaders().add("Location", "/hop/" + (n + 1));
          exchange.sendResponseHeaders(302, -1);
        });
    server.serve("/end", "text/html", PAGE);
    server.redirect("/five/1", 302, "/five/2");
    server.redirect("/five/2", 302, "/five/3");
    server.redirect("/five/3", 302, "/five/4");
    server.redirect("/five/4", 302, "/five/5");
    server.redirect("/five/5", 302, "/end");

    assertRefused(
        () -> fetcher("127.0.0.1").fetch(server.url("/hop/0")),
        Reason.TOO_MANY_REDIRECTS,
        "more than 5");
    assertThat(server.hits("/hop/6")).isZero();
    assertThat(fetcher("127.0.0.1").fetch(server.url("/five/1")).status()).isEqualTo(200);
  }

  @Test
  void stopsReadingAFiftyMegabyteAnswerAtTheLimit() throws Exception {
    AtomicLong written = new AtomicLong();
    CompletableFuture<Void> handlerDone = new CompletableFuture<>();
    server.route(
        "/huge",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0); // chunked: no length announced
          byte[] block = new byte[64 * 1024];
          Arrays.fill(block, (byte) 'x');
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 50 * 16; i++) {
              out.write(block);
              written.addAndGet(block.length);
            }
          } catch (IOException expected) {
            // the fetcher hung up
          } finally {
            handlerDone.complete(null);
          }
        });

    long start = System.nanoTime();
    assertRefused(() -> fetcher("127.0.0.1").fetch(server.url("/huge")), Reason.TOO_LARGE, "5 MB");

    handlerDone.get(10, TimeUnit.SECONDS);
    assertThat(written.get()).isLessThan(50L * 1024 * 1024);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesAnAnnouncedOversizedAnswerBeforeReadingIt() {
    AtomicLong written = new AtomicLong();
    server.route(
        "/announced",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
          byte[] block = new byte[64 * 1024];
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 50 * 16; i++) {
              out.write(block);
              written.addAndGet(block.length);
            }
          } catch (IOException expected) {
            // the fetcher hung up
          }
        });

    assertRefused(
        () ->
            new SafeFetcher(policy("127.0.0.1").withMaxBytes(1024 * 1024), TEST_DNS)
                .fetch(server.url("/announced")),
        Reason.TOO_LARGE,
        "1 MB");
  }

  @Test
  void givesUpOnAServerThatNeverAnswers() {
    server.route("/silent", exchange -> server.awaitClose());

    long start = System.nanoTime();
    assertRefused(
        () -> fetcher("127.0.0.1").fetch(server.url("/silent")),
        Reason.TIMEOUT,
        "did not answer within 0.5 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void givesUpOnAServerThatDripsSlowerThanTheTotalTimeAllows() {
    server.route(
        "/drip",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(150);
            }
          } catch (IOException | InterruptedException expected) {
            // the fetcher hung up
          }
        });
    SafeFetcher impatient =
        new SafeFetcher(
            policy("127.0.0.1")
                .withTimeouts(
                    Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1)),
            TEST_DNS);

    long start = System.nanoTime();
    assertRefused(() -> impatient.fetch(server.url("/drip")), Reason.TIMEOUT, "longer than 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void refusesContentThatIsNotAWebPage() {
    server.serve("/brochure.html", "application/pdf", "%PDF-1.7 ...");

    assertRefused(
        () -> fetcher("127.0.0.1").fetch(server.url("/brochure.html")),
        Reason.UNSUPPORTED_CONTENT_TYPE,
        "application/pdf, not a web page");
  }

  @Test
  void reportsAnErrorStatus() {
    server.route(
        "/weg",
        exchange ->
            TestWebServer.respond(
                exchange,
                404,
                "text/html",
                "<h1>Niet gevonden</h1>".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> fetcher("127.0.0.1").fetch(server.url("/weg")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
              assertThat(e.httpStatus()).isEqualTo(404);
              assertThat(e.getMessage()).contains("answered 404");
            });
  }

  @Test
  void refusesConnectionsNobodyAccepts() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertRefused(
        () -> fetcher("127.0.0.1").fetch("http://127.0.0.1:" + closedPort + "/"),
        Reason.CONNECT_FAILED,
        "Could not connect to 127.0.0.1:" + closedPort);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://ftp.example.test/file",
        "gopher://example.test/",
        "javascript:alert(1)"
      })
  void refusesOtherSchemes(String url) {
    assertRefused(
        () -> fetcher("127.0.0.1").fetch(url), Reason.UNSUPPORTED_SCHEME, "Only http and https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not a url", "http://", "www.example.test/zonder-schema"})
  void refusesWhatIsNotAUrl(String url) {
    assertRefused(() -> fetcher().fetch(url), Reason.INVALID_URL);
  }

  @Test
  void reportsAnUnknownHost() {
    assertRefused(
        () -> fetcher().fetch("http://nergens.invalid/"), Reason.UNKNOWN_HOST, "nergens.invalid");
  }

  @Test
  void readsGzipAndChecksTheLimitOnTheUnpackedSize() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
      gzip.write(new byte[3 * 1024 * 1024]);
    }
    server.route(
        "/gz",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          TestWebServer.respond(exchange, 200, "text/html; charset=UTF-8", zipped.toByteArray());
        });
    server.route(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          TestWebServer.respond(exchange, 200, "text/html", bomb.toByteArray());
        });

    assertThat(fetcher("127.0.0.1").fetch(server.url("/gz")).htmlText()).contains("Één keer");
    assertThat(server.requests().get(0).header("accept-encoding")).isEqualTo("gzip");
    assertRefused(
        () ->
            new SafeFetcher(policy("127.0.0.1").withMaxBytes(1024 * 1024), TEST_DNS)
                .fetch(server.url("/bomb")),
        Reason.TOO_LARGE);
  }

  @Test
  void returnsNotModifiedForAConditionalRequest() throws Exception {
    server.route(
        "/feed",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.sendResponseHeaders(304, -1);
          } else {
            TestWebServer.respond(
                exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
          }
        });

    FetchedResource unchanged =
        fetcher("127.0.0.1")
            .fetch(URI.create(server.url("/feed")), Map.of("If-None-Match", "\"v1\""));

    assertThat(unchanged.notModified()).isTrue();
    assertThat(unchanged.body()).isEmpty();
    assertThat(unchanged.header("ETag")).contains("\"v1\"");
  }

  @Test
  void acceptsPastedUrlsWithSpacesAndAccents() throws Exception {
    server.serve("/nieuws/", "text/html", PAGE);

    FetchedResource page =
        fetcher("127.0.0.1").fetch("  " + server.url("/nieuws/café en thee") + " ");

    assertThat(server.requests().get(0).path()).isEqualTo("/nieuws/caf%C3%A9%20en%20thee");
    assertThat(page.status()).isEqualTo(200);
  }
}
