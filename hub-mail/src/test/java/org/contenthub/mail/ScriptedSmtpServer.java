package org.contenthub.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny SMTP server on a free local port whose replies the test chooses, for the answers GreenMail
 * does not give: 421 greetings, 451 greylisting, 550 unknown users, 554 spam, hang-ups and silence.
 * Public (and in hub-mail's test jar) so hub-web's tests can put the hub against it.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

  public volatile String greeting = "220 scripted.test ESMTP";
  public volatile Function<String, String> onMail = from -> "250 2.1.0 Ok";
  public volatile Function<String, String> onRcpt = to -> "250 2.1.5 Ok";
  public volatile Function<Integer, String> onData = n -> "250 2.0.0 Ok: queued as Q" + n;

  /** Close the socket (without a word) after this many messages on one connection; 0: never. */
  public volatile int hangUpAfterMessages;

  /** Accept connections but never answer. */
  public volatile boolean silent;

  /** Milliseconds to wait before answering the end of DATA, to make sends overlap. */
  public volatile long dataDelayMillis;

  public final AtomicInteger connections = new AtomicInteger();
  public final AtomicInteger maxOpen = new AtomicInteger();
  public final List<String> messages = Collections.synchronizedList(new ArrayList<>());
  public final List<String> commands = Collections.synchronizedList(new ArrayList<>());

  private final AtomicInteger open = new AtomicInteger();
  private final java.util.Set<Socket> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public ScriptedSmtpServer() throws IOException {
    this(0);
  }

  /** On a given port (0: any free one). */
  public ScriptedSmtpServer(int port) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    threads.submit(this::acceptLoop);
  }

  public int port() {
    return server.getLocalPort();
  }

  SmtpSettings.Builder settings() {
    return SmtpSettings.builder("127.0.0.1", port())
        .tls(TlsMode.NONE)
        .connectTimeout(java.time.Duration.ofSeconds(2))
        .readTimeout(java.time.Duration.ofSeconds(2));
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.incrementAndGet();
        threads.submit(() -> converse(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket socket) {
    clients.add(socket);
    int now = open.incrementAndGet();
    maxOpen.accumulateAndGet(now, Math::max);
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream()) {
      if (silent) {
        in.read(); // hold the connection until the client gives up
        return;
      }
      reply(out, greeting);
      if (!greeting.startsWith("220")) {
        return;
      }
      int sentHere = 0;
      String line;
      while ((line = in.readLine()) != null) {
        commands.add(line);
        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
        switch (verb) {
          case "EHLO" -> reply(out, "250-scripted.test\r\n250 SIZE 10000000");
          case "HELO", "RSET", "NOOP" -> reply(out, "250 Ok");
          case "MAIL" -> reply(out, onMail.apply(line));
          case "RCPT" -> reply(out, onRcpt.apply(line));
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            StringBuilder data = new StringBuilder();
            String d;
            while ((d = in.readLine()) != null && !d.equals(".")) {
              data.append(d).append("\r\n");
            }
            if (dataDelayMillis > 0) {
              Thread.sleep(dataDelayMillis);
            }
            int n = accepted.incrementAndGet();
            String answer = onData.apply(n);
            if (answer.startsWith("250")) {
              messages.add(data.toString());
            }
            reply(out, answer);
            if (answer.startsWith("250")
                && hangUpAfterMessages > 0
                && ++sentHere >= hangUpAfterMessages) {
              return;
            }
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 5.5.2 Command not recognised");
        }
      }
    } catch (IOException e) {
      // client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(socket);
      open.decrementAndGet();
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Stops like a relay that goes down: open connections are dropped too. */
  @Override
  public void close() throws IOException {
    server.close();
    for (Socket client : clients) {
      client.close();
    }
    threads.shutdownNow();
  }
}
