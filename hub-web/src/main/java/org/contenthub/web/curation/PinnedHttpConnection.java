package org.contenthub.web.curation;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket to an address the caller has already checked.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it resolves the host name again when it connects,
 * and a DNS server under an attacker's control can answer a public address to the check and
 * 127.0.0.1 to the connection (DNS rebinding). Here the socket goes to the checked address, while
 * the Host header, TLS server name (SNI) and certificate check use the host name from the URL, so
 * virtual hosts and HTTPS work as usual. One request per connection ({@code Connection: close})
 * keeps the protocol small: status line, headers, then a body framed by chunks, a length or the end
 * of the connection.
 */
final class PinnedHttpConnection implements Closeable {

  private static final int MAX_HEADERS = 200;

  private final Socket socket;
  private final int status;
  private final String reasonPhrase;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  private PinnedHttpConnection(
      Socket socket,
      int status,
      String reasonPhrase,
      Map<String, List<String>> headers,
      InputStream body) {
    this.socket = socket;
    this.status = status;
    this.reasonPhrase = reasonPhrase;
    this.headers = headers;
    this.body = body;
  }

  /** Thrown when nobody accepted the connection, as opposed to a failure while talking. */
  static final class ConnectFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean timedOut;

    ConnectFailure(IOException cause, boolean timedOut) {
      super(cause.getMessage(), cause);
      this.timedOut = timedOut;
    }

    boolean timedOut() {
      return timedOut;
    }
  }

  /** Thrown when the fetch as a whole ran out of time. */
  static final class DeadlineExceeded extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded() {
      super("The fetch took longer than allowed in total");
    }
  }

  /**
   * Connects to {@code address}, sends the request for {@code uri} and reads the head of the
   * answer.
   */
  static PinnedHttpConnection get(
      URI uri,
      InetAddress address,
      Map<String, String> requestHeaders,
      FetchPolicy policy,
      SSLSocketFactory tls,
      long deadlineNanos)
      throws IOException {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    String host = WebAddress.hostOf(uri);
    Socket socket = new Socket();
    try {
      int connectMillis =
          (int) Math.min(policy.connectTimeout().toMillis(), remainingMillis(deadlineNanos));
      try {
        socket.connect(new InetSocketAddress(address, port), Math.max(connectMillis, 1));
      } catch (SocketTimeoutException e) {
        throw new ConnectFailure(e, true);
      } catch (IOException e) {
        throw new ConnectFailure(e, false);
      }
      socket.setSoTimeout((int) policy.readTimeout().toMillis());
      if (https) {
        socket = startTls(socket, host, port, tls);
      }
      OutputStream out = socket.getOutputStream();
      out.write(
          requestHead(uri, host, port, https, requestHeaders, policy)
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in =
          new BufferedInputStream(
              new DeadlineInputStream(socket.getInputStream(), socket, policy, deadlineNanos),
              16 * 1024);
      return readAnswer(socket, in);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  int status() {
    return status;
  }

  String reasonPhrase() {
    return reasonPhrase;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body, de-chunked and decompressed; the caller limits how much it reads. Unpacking starts
   * here rather than with the head, so that a redirect with an empty "gzip" body is no error.
   */
  InputStream body() throws IOException {
    String encoding = header("content-encoding");
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
      return body;
    }
    if (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip")) {
      return new GZIPInputStream(body, 8 * 1024);
    }
    throw new IOException(
        "The server used a content encoding the hub did not ask for: " + encoding);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private static Socket startTls(Socket plain, String host, int port, SSLSocketFactory tls)
      throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    // The certificate must match the host name of the URL, not the address we connected to.
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (IpLiteral.parse(host).isEmpty()) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(parameters);
    ssl.startHandshake();
    return ssl;
  }

  private static String requestHead(
      URI uri,
      String host,
      int port,
      boolean https,
      Map<String, String> extra,
      FetchPolicy policy) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    boolean defaultPort = port == (https ? 443 : 80);
    String hostHeader = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    StringBuilder head = new StringBuilder(256);
    head.append("GET ").append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(hostHeader).append(defaultPort ? "" : ":" + port).append("\r\n");
    head.append("User-Agent: ").append(policy.userAgent()).append("\r\n");
    head.append("Accept: ").append(acceptHeader(policy)).append("\r\n");
    head.append("Accept-Encoding: gzip\r\n");
    head.append("Accept-Language: nl, en;q=0.8, *;q=0.5\r\n");
    head.append("Connection: close\r\n");
    extra.forEach(
        (name, value) -> {
          if (name.matches("[A-Za-z0-9-]+") && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            head.append(name).append(": ").append(value).append("\r\n");
          } else {
            throw new IllegalArgumentException("Refusing a malformed request header: " + name);
          }
        });
    head.append("\r\n");
    return head.toString();
  }

  private static String acceptHeader(FetchPolicy policy) {
    if (policy.allowedContentTypes().isEmpty()) {
      return "*/*";
    }
    return String.join(", ", new java.util.TreeSet<>(policy.allowedContentTypes())) + ", */*;q=0.1";
  }

  private static PinnedHttpConnection readAnswer(Socket socket, InputStream in) throws IOException {
    while (true) {
      String statusLine = HttpLines.readLine(in);
      if (statusLine == null) {
        throw new IOException("The server closed the connection without answering");
      }
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
        throw new IOException("Not an HTTP/1.x answer: " + abbreviate(statusLine));
      }
      int status;
      try {
        status = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw new IOException("Not an HTTP status: " + abbreviate(statusLine), e);
      }
      if (status < 100 || status > 599) {
        throw new IOException("Not an HTTP status: " + status);
      }
      Map<String, List<String>> headers = readHeaders(in);
      if (status < 200) {
        continue; // 100 Continue, 103 Early Hints: the real answer follows
      }
      return new PinnedHttpConnection(
          socket, status, parts.length > 2 ? parts[2] : "", headers, bodyOf(status, headers, in));
    }
  }

  private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String previousName = null;
    for (int count = 0; ; count++) {
      String line = HttpLines.readLine(in);
      if (line == null || line.isEmpty()) {
        return headers;
      }
      if (count >= MAX_HEADERS) {
        throw new IOException("More than " + MAX_HEADERS + " headers");
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && previousName != null) {
        List<String> values = headers.get(previousName); // obsolete line folding
        int last = values.size() - 1;
        values.set(last, values.get(last) + " " + line.strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("Not a header line: " + abbreviate(line));
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(line.substring(colon + 1).strip());
      previousName = name;
    }
  }

  private static InputStream bodyOf(int status, Map<String, List<String>> headers, InputStream in)
      throws IOException {
    if (status == 204 || status == 304) {
      return InputStream.nullInputStream();
    }
    InputStream framed;
    String transfer = first(headers, "transfer-encoding");
    String length = first(headers, "content-length");
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      framed = new ChunkedInputStream(in);
    } else if (length != null) {
      long bytes;
      try {
        bytes = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new IOException("Not a Content-Length: " + abbreviate(length), e);
      }
      framed = new LimitedInputStream(in, bytes);
    } else {
      framed = in;
    }
    return framed;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  private static long remainingMillis(long deadlineNanos) {
    return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
  }

  /** Reads at most the declared Content-Length. */
  private static final class LimitedInputStream extends FilterInputStream {
    private long remaining;

    LimitedInputStream(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }

  /**
   * Shortens the socket's read timeout as the total deadline nears, so that a server sending one
   * byte just before each read timeout still cannot hold the fetch longer than allowed.
   */
  private static final class DeadlineInputStream extends FilterInputStream {
    private final Socket socket;
    private final long readTimeoutMillis;
    private final long deadlineNanos;

    DeadlineInputStream(InputStream in, Socket socket, FetchPolicy policy, long deadlineNanos) {
      super(in);
      this.socket = socket;
      this.readTimeoutMillis = policy.readTimeout().toMillis();
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
      beforeRead();
      try {
        return super.read();
      } catch (SocketTimeoutException e) {
        throw afterTimeout(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      beforeRead();
      try {
        return super.read(b, off, len);
      } catch (SocketTimeoutException e) {
        throw afterTimeout(e);
      }
    }

    private SocketTimeoutException afterTimeout(SocketTimeoutException e) {
      return remainingMillis(deadlineNanos) <= 0 ? new DeadlineExceeded() : e;
    }

    private void beforeRead() throws IOException {
      long remaining = remainingMillis(deadlineNanos);
      if (remaining <= 0) {
        throw new DeadlineExceeded();
      }
      socket.setSoTimeout((int) Math.max(1, Math.min(readTimeoutMillis, remaining)));
    }
  }
}
