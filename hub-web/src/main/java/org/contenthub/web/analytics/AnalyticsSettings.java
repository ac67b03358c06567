package org.contenthub.web.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.contenthub.web.platform.FormValidation;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of measurement and conversions (docs/CONFIGURATION.md, "Measurement"). */
@ApplicationScoped
public class AnalyticsSettings {

  /** Roles that see a consenting person's figures besides the person (comma-separated). */
  @Inject
  @ConfigProperty(name = "hub.analytics.person-roles", defaultValue = "COMMUNICATIONS")
  String personRoles;

  @Inject
  @ConfigProperty(name = "hub.analytics.min-group-size", defaultValue = "5")
  int minGroupSize;

  @Inject
  @ConfigProperty(name = "hub.analytics.currency", defaultValue = "EUR")
  String currency;

  /** The shared secret of server-to-server conversion calls; unset: those calls are refused. */
  @Inject
  @ConfigProperty(name = "hub.conversions.secret")
  Optional<String> conversionSecret;

  /** Origins (scheme://host[:port]) whose pages may report conversions from the browser. */
  @Inject
  @ConfigProperty(name = "hub.conversions.allowed-origins", defaultValue = "")
  Optional<String> allowedOrigins;

  private Valuation valuation;

  @PostConstruct
  void read() {
    var config = ConfigProvider.getConfig();
    valuation =
        Valuation.fromConfig(
            currency, key -> config.getOptionalValue("hub.analytics.emv." + key, String.class));
  }

  public Set<String> personRoles() {
    return Set.copyOf(FormValidation.commaSeparated(personRoles));
  }

  public int minGroupSize() {
    return Math.max(1, minGroupSize);
  }

  public Valuation valuation() {
    return valuation;
  }

  public Optional<String> conversionSecret() {
    return conversionSecret.filter(s -> !s.isBlank());
  }

  public Set<String> allowedOrigins() {
    return Set.copyOf(FormValidation.commaSeparated(allowedOrigins.orElse("")));
  }
}
