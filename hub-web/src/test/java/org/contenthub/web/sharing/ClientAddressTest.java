package org.contenthub.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void withoutTrustedProxiesTheConnectionCounts() {
    ClientAddress none = new ClientAddress(" ");
    assertThat(none.of("192.0.2.1", "203.0.113.9")).isEqualTo("192.0.2.1");
    assertThat(none.of("192.0.2.1", null)).isEqualTo("192.0.2.1");
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopCounts() {
    ClientAddress proxied = new ClientAddress("10.0.0.5, 10.0.0.6");
    assertThat(proxied.of("10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(proxied.of("10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.6"))
        .as("a visitor cannot pretend by sending the header themselves")
        .isEqualTo("203.0.113.9");
    assertThat(proxied.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
    assertThat(proxied.of("192.0.2.1", "203.0.113.9"))
        .as("the header of an untrusted connection is ignored")
        .isEqualTo("192.0.2.1");
  }
}
