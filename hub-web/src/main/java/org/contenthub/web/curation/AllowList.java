package org.contenthub.web.curation;

import java.net.IDN;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The intranet hosts an administrator allows the hub to fetch from although they resolve to private
 * addresses ({@code hub.fetch.allowed-hosts}). An entry is a host name ({@code
 * intranet.polderlicht.nl}), a domain with all its sub-domains ({@code *.polderlicht.local} or
 * {@code .polderlicht.local}), an address ({@code 10.1.2.3}) or a block ({@code 10.20.0.0/16}).
 */
final class AllowList {

  private final List<String> exactHosts = new ArrayList<>();
  private final List<String> domainSuffixes = new ArrayList<>();
  private final List<Cidr> blocks = new ArrayList<>();

  AllowList(List<String> entries) {
    for (String raw : entries) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (!entry.contains("/") && !entry.contains(":")) {
        try {
          entry = IDN.toASCII(entry, IDN.ALLOW_UNASSIGNED); // names are compared as DNS sees them
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Not a valid host name in the allow-list: " + raw, e);
        }
      }
      if (entry.contains("/") || IpLiteral.parse(entry).isPresent()) {
        try {
          blocks.add(Cidr.parse(entry));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Not a valid address or CIDR block in the allow-list: "
                  + raw
                  + " ("
                  + e.getMessage()
                  + ")",
              e);
        }
      } else if (entry.startsWith("*.")) {
        domainSuffixes.add(entry.substring(1));
      } else if (entry.startsWith(".")) {
        domainSuffixes.add(entry);
      } else if (entry.matches(
          "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
        exactHosts.add(entry);
      } else {
        throw new IllegalArgumentException(
            "Not a host name, domain, IP address or CIDR block: " + raw);
      }
    }
  }

  /** Host names are compared in their ASCII (punycode) form, lower case, without trailing dot. */
  boolean allowsHost(String asciiHost) {
    String host = asciiHost.toLowerCase(Locale.ROOT);
    return exactHosts.contains(host) || domainSuffixes.stream().anyMatch(host::endsWith);
  }

  boolean allowsAddress(InetAddress address) {
    return blocks.stream().anyMatch(block -> block.contains(address));
  }
}
