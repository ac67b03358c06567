package org.contenthub.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.contenthub.web.curation.FetchException;
import org.contenthub.web.curation.FetchPolicy;
import org.contenthub.web.curation.HostResolver;
import org.contenthub.web.curation.SafeFetcher;
import org.contenthub.web.curation.TestWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Polling over real HTTP, against a local server with real-world-shaped feeds. */
class FeedReaderTest {

  private static final String ETAG = "W/\"5f2a-1710230102\"";
  private static final String LAST_MODIFIED = "Tue, 12 Mar 2024 08:15:02 GMT";
  private static final HostResolver LOCAL = host -> List.of(InetAddress.getLoopbackAddress());

  private final TestWebServer server = new TestWebServer();

  private static FeedReader reader(String allowList) {
    FetchPolicy policy =
        FetchPolicy.forFeeds(allowList)
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(3));
    return new FeedReader(new SafeFetcher(policy, LOCAL));
  }

  private final FeedReader reader = reader("127.0.0.1");

  @AfterEach
  void stop() {
    server.close();
  }

  /** A blog that honours both validators, the way WordPress behind nginx does. */
  private void serveConditionally(String path, String resource) {
    byte[] body = TestWebServer.resource(resource);
    server.route(
        path,
        exchange -> {
          String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
          String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
          if (ETAG.equals(ifNoneMatch) || LAST_MODIFIED.equals(ifModifiedSince)) {
            exchange.sendResponseHeaders(304, -1); // validators left out, as many servers do
            return;
          }
          exchange.getResponseHeaders().add("ETag", ETAG);
          exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
          TestWebServer.respond(exchange, 200, "application/rss+xml; charset=UTF-8", body);
        });
  }

  @Test
  void firstPollFetchesAndRemembersTheValidators() throws Exception {
    serveConditionally("/feed/", "/feeds/wordpress-rss2.xml");

    FeedFetch poll = reader.fetch(server.url("/feed/"), FeedState.NONE);

    assertThat(poll.outcome()).isEqualTo(FeedFetch.Outcome.FETCHED);
    assertThat(poll.feed().entries()).hasSize(5);
    assertThat(poll.state()).isEqualTo(new FeedState(ETAG, LAST_MODIFIED));
    assertThat(server.requests().get(0).header("if-none-match")).isNull();
  }

  @Test
  void nextPollSendsThemAndGetsNotModified() throws Exception {
    serveConditionally("/feed/", "/feeds/wordpress-rss2.xml");
    FeedState stored = reader.fetch(server.url("/feed/"), FeedState.NONE).state();

    FeedFetch poll = reader.fetch(server.url("/feed/"), stored);

    assertThat(poll.notModified()).isTrue();
    assertThat(poll.feed()).isNull();
    assertThat(poll.state()).as("kept although the 304 carried none").isEqualTo(stored);
    TestWebServer.Request second = server.requests().get(1);
    assertThat(second.header("if-none-match")).isEqualTo(ETAG);
    assertThat(second.header("if-modified-since")).isEqualTo(LAST_MODIFIED);
  }

  @Test
  void lastModifiedAloneIsEnough() throws Exception {
    serveConditionally("/feed/", "/feeds/wordpress-rss2.xml");

    FeedFetch poll = reader.fetch(server.url("/feed/"), new FeedState(null, LAST_MODIFIED));

    assertThat(poll.notModified()).isTrue();
    assertThat(server.requests().get(0).header("if-none-match")).isNull();
  }

  @Test
  void aChangedFeedReplacesTheValidators() throws Exception {
    serveConditionally("/feed/", "/feeds/wordpress-rss2.xml");

    FeedFetch poll =
        reader.fetch(
            server.url("/feed/"), new FeedState("\"old\"", "Mon, 01 Jan 2024 00:00:00 GMT"));

    assertThat(poll.outcome()).isEqualTo(FeedFetch.Outcome.FETCHED);
    assertThat(poll.state()).isEqualTo(new FeedState(ETAG, LAST_MODIFIED));
  }

  @Test
  void atomFeedServedAsTextXmlWithAWrongCharsetHeader() throws Exception {
    // The header says ISO-8859-1, the document says (and is) UTF-8: the document wins.
    server.serve(
        "/en/atom.xml",
        "text/xml; charset=ISO-8859-1",
        TestWebServer.resource("/feeds/newsroom-atom.xml"));

    FeedFetch poll = reader.fetch(server.url("/en/atom.xml"), FeedState.NONE);

    assertThat(poll.feed().format()).isEqualTo("atom_1.0");
    assertThat(poll.feed().entries().get(1).title()).isEqualTo("Vacancy: installer (32–40 hours)");
    assertThat(poll.state()).isEqualTo(FeedState.NONE);
  }

  @Test
  void followsAMovedFeedAndReportsWhereItLives() throws Exception {
    server.redirect("/rss", 301, "/nieuws/feed/");
    server.serve(
        "/nieuws/feed/", "application/rss+xml", TestWebServer.resource("/feeds/rss10-rdf.xml"));

    FeedFetch poll = reader.fetch(server.url("/rss"), FeedState.NONE);

    assertThat(poll.finalUrl().toString()).isEqualTo(server.url("/nieuws/feed/"));
    assertThat(poll.feed().entries()).hasSize(1);
  }

  @Test
  void malformedFeedOverHttp() {
    server.serve("/kapot", "application/rss+xml", TestWebServer.resource("/feeds/malformed.xml"));

    assertThatThrownBy(() -> reader.fetch(server.url("/kapot"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.MALFORMED);
              assertThat(e.getMessage()).contains("line");
            });
  }

  @Test
  void hugeFeedIsCutOffAtTheLimit() {
    AtomicLong written = new AtomicLong();
    server.route(
        "/huge",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, 0);
          byte[] item =
              "<item><title>Nog een bericht</title><guid>g</guid></item>\n".repeat(1000).getBytes();
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("<rss version=\"2.0\"><channel><title>Eindeloos</title>".getBytes());
            for (long sent = 0; sent < 50L * 1024 * 1024; sent += item.length) {
              out.write(item);
              written.addAndGet(item.length);
            }
          } catch (IOException expected) {
            // the reader hung up
          }
        });

    assertThatThrownBy(() -> reader.fetch(server.url("/huge"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.TOO_LARGE);
              assertThat(e.getMessage()).contains("10 MB");
            });
    assertThat(written.get()).isLessThan(50L * 1024 * 1024);
  }

  @Test
  void missingFeedIsAFetchFailureWithItsStatus() {
    server.route(
        "/weg",
        exchange -> TestWebServer.respond(exchange, 404, "text/html", "<h1>404</h1>".getBytes()));

    assertThatThrownBy(() -> reader.fetch(server.url("/weg"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.FETCH_FAILED);
              assertThat(e.fetchReason()).contains(FetchException.Reason.HTTP_STATUS);
              assertThat(e.getMessage()).contains("404");
            });
  }

  @Test
  void aPageInsteadOfAFeedNamesTheFeed() {
    server.serve(
        "/nieuws/",
        "text/html; charset=utf-8",
        TestWebServer.resource("/feeds/page-not-feed.html"));

    assertThatThrownBy(() -> reader.fetch(server.url("/nieuws/"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FeedException.Reason.NOT_A_FEED);
              assertThat(e.getMessage()).endsWith(server.url("/nieuws/feed/"));
            });
  }

  @Test
  void feedsObeyTheNetworkRulesOfTheFetcher() {
    serveConditionally("/feed/", "/feeds/wordpress-rss2.xml");

    assertThatThrownBy(() -> reader("").fetch(server.url("/feed/"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.fetchReason()).contains(FetchException.Reason.PRIVATE_ADDRESS));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    server.route("/stil", exchange -> server.awaitClose());

    assertThatThrownBy(() -> reader.fetch(server.url("/stil"), FeedState.NONE))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.fetchReason()).contains(FetchException.Reason.TIMEOUT));
  }
}
