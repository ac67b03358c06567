package org.contenthub.web.sharing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's address for counting: the connection's own, or — when the hub runs behind a reverse
 * proxy it trusts ({@code hub.sharing.trusted-proxies}) — the nearest untrusted hop of {@code
 * X-Forwarded-For}. Without this, every visitor behind the proxy would be one address: the rate
 * limit would stop counting for all, and people with the same browser would count once. Headers
 * from untrusted connections are ignored, so nobody can dodge the limit by sending one.
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  public ClientAddress(String trustedProxies) {
    this.trustedProxies =
        trustedProxies == null
            ? Set.of()
            : Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  public String of(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remoteAddress : hops.get(0);
  }
}
