package org.contenthub.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's settings from MicroProfile Config. Each key is also an environment variable ({@code
 * hub.data-dir} → {@code HUB_DATA_DIR}); defaults live in {@code
 * META-INF/microprofile-config.properties} and every key is listed in docs/CONFIGURATION.md.
 */
@ApplicationScoped
public class HubSettings {

  @Inject
  @ConfigProperty(name = "hub.data-dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "hub.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "hub.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "hub.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "hub.demo", defaultValue = "auto")
  String demo;

  @Inject
  @ConfigProperty(name = "hub.brand.name")
  String brandName;

  @Inject
  @ConfigProperty(name = "hub.brand.logo-url")
  Optional<String> brandLogoUrl;

  @Inject
  @ConfigProperty(name = "hub.brand.color")
  String brandColor;

  @Inject
  @ConfigProperty(name = "hub.frame-ancestors", defaultValue = "'self'")
  String frameAncestors;

  @Inject
  @ConfigProperty(name = "hub.fetch.allowed-hosts", defaultValue = "")
  Optional<String> fetchAllowedHosts;

  public Path dataDirectory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public String databaseUrl() {
    return databaseUrl;
  }

  /** The public address of the hub, without a trailing slash, for links in mails and feeds. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }

  /**
   * Demo content: {@code true} or {@code false} when set explicitly; by default ({@code auto}) on
   * only for an empty embedded database, so a production PostgreSQL never receives sample data.
   */
  public DemoMode demoMode() {
    return switch (demo.trim().toLowerCase()) {
      case "true", "on", "yes" -> DemoMode.ON;
      case "false", "off", "no" -> DemoMode.OFF;
      default -> DemoMode.AUTO;
    };
  }

  public Branding branding() {
    return new Branding(brandName, brandLogoUrl.filter(u -> !u.isBlank()), brandColor);
  }

  /**
   * Intranet hosts (names or CIDRs, comma-separated) that fetching may reach despite being private.
   */
  public String fetchAllowedHosts() {
    return fetchAllowedHosts.orElse("");
  }

  public String frameAncestors() {
    return frameAncestors;
  }

  public enum DemoMode {
    ON,
    OFF,
    AUTO
  }
}
