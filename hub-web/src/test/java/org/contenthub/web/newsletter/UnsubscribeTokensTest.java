package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Unsubscribe links name one delivery and cannot be made for another one. */
class UnsubscribeTokensTest {

  private final UnsubscribeTokens tokens =
      new UnsubscribeTokens("a-secret-of-sufficient-length".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenVerifiesForItsOwnDeliveryOnly() {
    String token = tokens.tokenFor(4711);
    assertThat(tokens.verify(token)).hasValue(4711);
    String signature = token.substring(token.indexOf('.'));
    assertThat(tokens.verify("4712" + signature)).isEmpty();
    assertThat(tokens.verify(token + "x")).isEmpty();
    assertThat(tokens.verify("4711")).isEmpty();
    assertThat(tokens.verify("abc.def")).isEmpty();
    assertThat(tokens.verify(null)).isEmpty();
    assertThat(
            new UnsubscribeTokens("another-secret-entirely".getBytes(StandardCharsets.UTF_8))
                .verify(token))
        .isEmpty();
  }
}
