package org.contenthub.web.curation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses the hub refuses to fetch from unless an administrator allows them: everything
 * that is not a public unicast address on the internet. Fetching a pasted URL from inside the
 * company network would otherwise let anyone read intranet pages or a cloud metadata service.
 */
final class AddressRules {

  private record Range(Cidr block, String description) {}

  private static final List<Range> IPV4 =
      List.of(
          range("0.0.0.0/8", "an unspecified address"),
          range("10.0.0.0/8", "a private network address"),
          range("100.64.0.0/10", "a carrier-grade NAT address"),
          range("127.0.0.0/8", "a loopback address"),
          range("169.254.0.0/16", "a link-local address (where cloud metadata services live)"),
          range("172.16.0.0/12", "a private network address"),
          range(
              "192.0.0.0/24", "a reserved protocol address (a cloud metadata service lives here)"),
          range("192.0.2.0/24", "a documentation address"),
          range("192.168.0.0/16", "a private network address"),
          range("198.18.0.0/15", "a benchmarking network address"),
          range("198.51.100.0/24", "a documentation address"),
          range("203.0.113.0/24", "a documentation address"),
          range("224.0.0.0/4", "a multicast address"),
          range("240.0.0.0/4", "a reserved or broadcast address"));

  private static final List<Range> IPV6 =
      List.of(
          range("::/128", "an unspecified address"),
          range("::1/128", "a loopback address"),
          range("100::/64", "a discard address"),
          range("2001::/32", "a Teredo tunnel address"),
          range("2001:db8::/32", "a documentation address"),
          range("fc00::/7", "a private network (unique local) address"),
          range("fe80::/10", "a link-local address"),
          range("fec0::/10", "a site-local address"),
          range("ff00::/8", "a multicast address"));

  private AddressRules() {}

  /** Why the address is refused, or empty for a public address. */
  static Optional<String> whyRefused(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return match(IPV4, address);
    }
    Optional<String> v6 = match(IPV6, address);
    if (v6.isPresent()) {
      return v6;
    }
    // Addresses that carry an IPv4 address inside reach that IPv4 host through the operating
    // system or a translator, so they are judged by the address they carry.
    byte[] embedded = embeddedIpv4(bytes);
    if (embedded != null) {
      try {
        return match(IPV4, InetAddress.getByAddress(embedded))
            .map(reason -> reason + " inside an IPv6 address");
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.empty();
  }

  private static byte[] embeddedIpv4(byte[] v6) {
    boolean firstTenZero = allZero(v6, 0, 10);
    boolean mapped = firstTenZero && (v6[10] & 0xFF) == 0xFF && (v6[11] & 0xFF) == 0xFF;
    boolean compatible = firstTenZero && v6[10] == 0 && v6[11] == 0;
    boolean nat64 =
        v6[0] == 0x00
            && v6[1] == 0x64
            && (v6[2] & 0xFF) == 0xFF
            && (v6[3] & 0xFF) == 0x9B
            && allZero(v6, 4, 12);
    if (mapped || compatible || nat64) {
      return Arrays.copyOfRange(v6, 12, 16);
    }
    boolean sixToFour = v6[0] == 0x20 && v6[1] == 0x02;
    if (sixToFour) {
      return Arrays.copyOfRange(v6, 2, 6);
    }
    return null;
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> match(List<Range> ranges, InetAddress address) {
    return ranges.stream()
        .filter(r -> r.block().contains(address))
        .map(Range::description)
        .findFirst();
  }

  private static Range range(String cidr, String description) {
    return new Range(Cidr.parse(cidr), description);
  }
}
