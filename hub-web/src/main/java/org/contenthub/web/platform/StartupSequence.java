package org.contenthub.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.contenthub.web.admin.DemoContent;
import org.contenthub.web.feeds.FeedPoller;
import org.contenthub.web.newsletter.DeliveryWorker;
import org.contenthub.web.search.HubSearch;
import org.contenthub.web.security.FirstAdministrator;

/**
 * What happens once when the hub starts, in this order: data directories, schema migration, the
 * first administrator, demo content, the search index (rebuilt in the background when it is
 * missing), and a clear message on the console saying where to go.
 */
@ApplicationScoped
public class StartupSequence {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  @Inject HubSettings settings;
  @Inject FirstAdministrator firstAdministrator;
  @Inject DemoContent demoContent;
  @Inject HubSearch search;
  @Inject FeedPoller feedPoller;
  @Inject DeliveryWorker deliveryWorker;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      Files.createDirectories(settings.dataDirectory());
      Files.createDirectories(settings.dataDirectory().resolve("index"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data directory " + settings.dataDirectory(), e);
    }
    DatabaseMigrations.migrate(dataSource);
    Optional<String> generatedPassword = firstAdministrator.ensure();
    boolean demo = demoContent.loadIfWanted();
    search.start();
    feedPoller.start();
    deliveryWorker.start();
    LOG.info(banner(generatedPassword, demo));
  }

  private String banner(Optional<String> generatedPassword, boolean demo) {
    StringBuilder text =
        new StringBuilder("\n\n  Content Hub is ready: ").append(settings.baseUrl()).append("/\n");
    text.append("  Data directory: ").append(settings.dataDirectory()).append('\n');
    text.append("  Database: ")
        .append(JdbcUrls.withoutSecrets(settings.databaseUrl()))
        .append('\n');
    generatedPassword.ifPresent(
        password ->
            text.append("  Log in as 'admin' with password: ")
                .append(password)
                .append("\n  (shown only now; set HUB_ADMIN_PASSWORD to choose it yourself)\n"));
    if (demo) {
      text.append("  Demo content loaded. Demo accounts (password '")
          .append(DemoContent.PASSWORD)
          .append("'): ")
          .append(String.join(", ", DemoContent.USERNAMES))
          .append('\n');
    }
    return text.toString();
  }
}
