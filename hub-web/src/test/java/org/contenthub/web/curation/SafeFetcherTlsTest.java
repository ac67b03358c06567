package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.contenthub.web.curation.FetchException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS while connecting to a pinned address: the certificate is checked against the host name of
 * the URL, and the server learns that name through SNI.
 */
class SafeFetcherTlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final HostResolver LOCAL = host -> List.of(InetAddress.getLoopbackAddress());

  @TempDir static Path dir;
  private static HttpsServer server;
  private static SSLContext clientTls;
  private static final List<String> serverNames = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path keystore = dir.resolve("secure.p12");
    // keytool ships with every JDK; the certificate names secure.example.test only.
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "hub",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=secure.example.test",
                "-ext",
                "SAN=dns:secure.example.test",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(keys.getKeyManagers(), null, null);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, trust.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    server.createContext(
        "/",
        exchange -> {
          if (((HttpsExchange) exchange).getSSLSession() instanceof ExtendedSSLSession session) {
            for (SNIServerName name : session.getRequestedServerNames()) {
              serverNames.add(new String(name.getEncoded(), StandardCharsets.US_ASCII));
            }
          }
          byte[] body = "<html><title>Beveiligd</title></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static SafeFetcher fetcher(String allowList) {
    FetchPolicy policy =
        FetchPolicy.forPages(allowList)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    return new SafeFetcher(policy, LOCAL, clientTls);
  }

  private static String url(String host) {
    return "https://" + host + ":" + server.getAddress().getPort() + "/";
  }

  @Test
  void checksTheCertificateAgainstTheHostNameAndSendsSni() throws Exception {
    FetchedResource page = fetcher("*.example.test").fetch(url("secure.example.test"));

    assertThat(page.htmlText()).contains("Beveiligd");
    assertThat(serverNames).contains("secure.example.test");
  }

  @Test
  void refusesACertificateForAnotherHost() {
    assertThatThrownBy(() -> fetcher("*.example.test").fetch(url("impostor.example.test")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TLS_FAILED);
              assertThat(e.getMessage()).contains("impostor.example.test");
            });
  }
}
