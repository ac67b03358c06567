package org.contenthub.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Whether mail can leave: the SMTP relay accepts a connection, or the file outbox is writable. */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

  private static final int TIMEOUT_MS = 2000;

  @Inject MailSettings mail;

  @Override
  public HealthCheckResponse call() {
    if (mail.usesSmtp()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(mail.host(), mail.port()), TIMEOUT_MS);
        return HealthCheckResponse.named("mail")
            .up()
            .withData("smtp", mail.host() + ":" + mail.port())
            .build();
      } catch (IOException e) {
        return HealthCheckResponse.named("mail")
            .down()
            .withData("smtp", mail.host() + ":" + mail.port())
            .withData("error", String.valueOf(e.getMessage()))
            .build();
      }
    }
    try {
      Files.createDirectories(mail.outboxDirectory());
      boolean writable = Files.isWritable(mail.outboxDirectory());
      return HealthCheckResponse.named("mail")
          .status(writable)
          .withData("outbox", mail.outboxDirectory().toString())
          .build();
    } catch (IOException e) {
      return HealthCheckResponse.named("mail")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
