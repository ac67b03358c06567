package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

  private static InetAddress ip(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "10.255.255.255",
        "100.64.0.1",
        "127.0.0.53",
        "169.254.169.254",
        "172.31.255.255",
        "192.168.178.1",
        "224.0.0.251",
        "255.255.255.255",
        "::",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:192.168.0.1",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:0a00:0001::1"
      })
  void refusesInternalAddresses(String literal) {
    assertThat(AddressRules.whyRefused(ip(literal))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2a00:1450:400e:80f::200e",
        "2002:5db8:d822::1",
        "64:ff9b::808:808"
      })
  void allowsPublicAddresses(String literal) {
    assertThat(AddressRules.whyRefused(ip(literal))).isEmpty();
  }

  @Test
  void cidrBlocksMatchByPrefix() {
    assertThat(Cidr.parse("10.20.0.0/16").contains(ip("10.20.255.1"))).isTrue();
    assertThat(Cidr.parse("10.20.0.0/16").contains(ip("10.21.0.1"))).isFalse();
    assertThat(Cidr.parse("172.16.0.0/12").contains(ip("172.31.0.1"))).isTrue();
    assertThat(Cidr.parse("172.16.0.0/12").contains(ip("172.32.0.1"))).isFalse();
    assertThat(Cidr.parse("fd00::/8").contains(ip("fd12::1"))).isTrue();
    assertThat(Cidr.parse("fd00::/8").contains(ip("10.0.0.1"))).isFalse();
    assertThat(Cidr.parse("192.168.1.7").contains(ip("192.168.1.7"))).isTrue();
    assertThat(Cidr.parse("192.168.1.7").contains(ip("192.168.1.8"))).isFalse();
  }

  @Test
  void aBrokenAllowListEntryFailsAtStartUpNotAtTheFirstFetch() {
    assertThatThrownBy(() -> FetchPolicy.forPages("intranet.corp.example, 10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> FetchPolicy.forPages("http://intranet/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FetchPolicy.forPages(" wiki.corp.example ,*.corp.local, 10.1.0.0/16 ").allowList())
        .containsExactly("wiki.corp.example", "*.corp.local", "10.1.0.0/16");
  }

  @Test
  void allowListMatchesNamesAsDnsSeesThem() {
    AllowList list = new AllowList(List.of("Wiki.Bücher.example", "*.corp.local", "10.1.0.0/16"));

    assertThat(list.allowsHost("wiki.xn--bcher-kva.example")).isTrue();
    assertThat(list.allowsHost("intranet.corp.local")).isTrue();
    assertThat(list.allowsHost("corp.local")).isFalse();
    assertThat(list.allowsHost("evilcorp.local")).isFalse();
    assertThat(list.allowsAddress(ip("10.1.200.3"))).isTrue();
    assertThat(list.allowsAddress(ip("10.2.0.1"))).isFalse();
  }

  @Test
  void literalsAreRecognisedWithoutDns() {
    assertThat(IpLiteral.parse("[::1]")).isPresent();
    assertThat(IpLiteral.parse("256.1.1.1")).isEmpty();
    assertThat(IpLiteral.parse("example.test")).isEmpty();
    assertThat(IpLiteral.parse("fe80::1%eth0")).isEmpty();
    assertThat(List.of("127.1", "0x7f.0.0.1", "2130706433"))
        .allSatisfy(text -> assertThat(IpLiteral.parse(text)).isEmpty());
  }
}
