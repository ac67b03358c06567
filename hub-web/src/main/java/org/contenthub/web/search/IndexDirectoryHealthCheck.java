package org.contenthub.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.contenthub.web.platform.HubSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The local search index needs a writable directory; without it search cannot follow changes. */
@Readiness
@ApplicationScoped
public class IndexDirectoryHealthCheck implements HealthCheck {

  @Inject HubSettings settings;
  @Inject HubSearch search;

  @Override
  public HealthCheckResponse call() {
    Path index = settings.dataDirectory().resolve("index");
    boolean ok = Files.isDirectory(index) && Files.isWritable(index);
    return HealthCheckResponse.named("search-index")
        .status(ok)
        .withData("directory", index.toString())
        .build();
  }
}
