package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how the media of WhatsApp messages are fetched: the gateway's access token (a secret;
 * without it media are not fetched), the Graph API's address, and the hosts the media URLs it hands
 * out may point to.
 */
@ApplicationScoped
public class MediaSettings {

  /** Meta's media URLs point here (WhatsApp Business Cloud API, "Download media"). */
  static final String LOOKASIDE = "lookaside.fbsbx.com";

  @Inject
  @ConfigProperty(name = "hub.intake.whatsapp.access-token")
  Optional<String> accessToken;

  @Inject
  @ConfigProperty(
      name = "hub.intake.whatsapp.graph-url",
      defaultValue = "https://graph.facebook.com/v21.0")
  String graphUrl;

  @Inject
  @ConfigProperty(name = "hub.intake.whatsapp.media-hosts")
  Optional<String> mediaHosts;

  public Optional<String> accessToken() {
    return accessToken.map(String::strip).filter(t -> !t.isEmpty());
  }

  /** Whether media are fetched at all. */
  public boolean fetching() {
    return accessToken().isPresent();
  }

  /** The Graph API's base address, without a trailing slash. */
  public URI graphUrl() {
    String url = graphUrl.strip();
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** The allowed media hosts: configured, or the Graph API's host and {@value #LOOKASIDE}. */
  public Set<String> mediaHosts() {
    Set<String> hosts = new LinkedHashSet<>();
    if (mediaHosts.isPresent() && !mediaHosts.get().isBlank()) {
      Arrays.stream(mediaHosts.get().split("[,\\s]+"))
          .map(h -> h.strip().toLowerCase(Locale.ROOT))
          .filter(h -> !h.isEmpty())
          .forEach(hosts::add);
    } else {
      String graphHost = graphUrl().getHost();
      if (graphHost != null) {
        hosts.add(graphHost.toLowerCase(Locale.ROOT));
      }
      hosts.add(LOOKASIDE);
    }
    return hosts;
  }
}
