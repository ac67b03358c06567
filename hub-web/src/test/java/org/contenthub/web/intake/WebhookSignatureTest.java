package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void matchesAnIndependentlyComputedHmac() throws Exception {
    // the same HMAC computed by hand with the JDK, to tie the format down
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            "geheim".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(BODY));
    assertThat(WebhookSignature.of(BODY, "geheim")).isEqualTo(expected);
    assertThat(WebhookSignature.verify(BODY, expected, "geheim")).isTrue();
    assertThat(
            WebhookSignature.verify(
                BODY, expected.toUpperCase().replace("SHA256=", "sha256="), "geheim"))
        .as("hex in capitals is the same signature")
        .isTrue();
  }

  @Test
  void refusesWrongSecretsBodiesAndMalformedHeaders() {
    String good = WebhookSignature.of(BODY, "geheim");
    assertThat(WebhookSignature.verify(BODY, good, "anders")).isFalse();
    byte[] changed = "{\"object\":\"whatsapp_business_accounT\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignature.verify(changed, good, "geheim")).isFalse();
    assertThat(WebhookSignature.verify(BODY, null, "geheim")).isFalse();
    assertThat(WebhookSignature.verify(BODY, "", "geheim")).isFalse();
    assertThat(WebhookSignature.verify(BODY, good.substring(7), "geheim"))
        .as("no prefix")
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, "sha1=" + good.substring(7), "geheim")).isFalse();
    assertThat(WebhookSignature.verify(BODY, good + "00", "geheim")).isFalse();
    assertThat(WebhookSignature.verify(BODY, good, "")).as("no secret configured").isFalse();
  }
}
