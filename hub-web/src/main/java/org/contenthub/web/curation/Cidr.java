package org.contenthub.web.curation;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of IP addresses such as {@code 10.0.0.0/8} or {@code fd00::/8}; a single address is a
 * block of one. IPv4 and IPv6 blocks never contain each other's addresses (IPv4-mapped IPv6
 * addresses are unwrapped by {@link AddressRules} before they get here).
 */
public record Cidr(InetAddress network, int prefixLength) {

  public Cidr {
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException(
          "Prefix /" + prefixLength + " does not fit " + network.getHostAddress());
    }
  }

  /**
   * Parses {@code 192.168.0.0/16}, {@code fd00::/8} or a bare address. Never touches DNS: the text
   * must be an IP literal.
   */
  public static Cidr parse(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress network =
        IpLiteral.parse(address)
            .orElseThrow(
                () -> new IllegalArgumentException("Not an IP address or CIDR block: " + text));
    int bits = network.getAddress().length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a CIDR prefix length: " + text, e);
    }
    return new Cidr(network, prefix);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    byte[] base = network.getAddress();
    if (candidate.length != base.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    if (!Arrays.equals(candidate, 0, fullBytes, base, 0, fullBytes)) {
      return false;
    }
    int restBits = prefixLength % 8;
    if (restBits == 0) {
      return true;
    }
    int mask = (0xFF << (8 - restBits)) & 0xFF;
    return (candidate[fullBytes] & mask) == (base[fullBytes] & mask);
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefixLength;
  }
}
