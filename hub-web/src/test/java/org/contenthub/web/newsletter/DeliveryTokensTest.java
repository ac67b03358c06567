package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contenthub.web.newsletter.DeliveryTokens.Purpose.READER;
import static org.contenthub.web.newsletter.DeliveryTokens.Purpose.UNSUBSCRIBE;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Delivery tokens name one delivery, for one purpose, and cannot be made for another. */
class DeliveryTokensTest {

  private final DeliveryTokens tokens =
      new DeliveryTokens("a-secret-of-sufficient-length".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenVerifiesForItsOwnDeliveryOnly() {
    String token = tokens.tokenFor(UNSUBSCRIBE, 4711);
    assertThat(tokens.verify(UNSUBSCRIBE, token)).hasValue(4711);
    String signature = token.substring(token.indexOf('.'));
    assertThat(tokens.verify(UNSUBSCRIBE, "4712" + signature)).isEmpty();
    assertThat(tokens.verify(UNSUBSCRIBE, token + "x")).isEmpty();
    assertThat(tokens.verify(UNSUBSCRIBE, "4711")).isEmpty();
    assertThat(tokens.verify(UNSUBSCRIBE, "abc.def")).isEmpty();
    assertThat(tokens.verify(UNSUBSCRIBE, null)).isEmpty();
    assertThat(
            new DeliveryTokens("another-secret-entirely".getBytes(StandardCharsets.UTF_8))
                .verify(UNSUBSCRIBE, token))
        .isEmpty();
  }

  @Test
  void aTokenIsGoodForItsOwnPurposeOnly() {
    String reader = tokens.tokenFor(READER, 4711);
    assertThat(tokens.verify(READER, reader)).hasValue(4711);
    assertThat(tokens.verify(UNSUBSCRIBE, reader)).isEmpty();
    assertThat(tokens.verify(READER, tokens.tokenFor(UNSUBSCRIBE, 4711))).isEmpty();
  }
}
