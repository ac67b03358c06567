package org.contenthub.web.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens naming one delivery: {@code <delivery id>.<HMAC-SHA256 of purpose and id>}. The
 * delivery row says which newsletter (so which lists) and which address; the signature makes a
 * token impossible to guess for someone else's delivery, so unsubscribing needs no login and cannot
 * be abused by counting, and a reader's clicks cannot be attributed to someone else. A token of one
 * purpose is worthless for the other.
 */
final class DeliveryTokens {

  /** What a token lets its holder do. */
  enum Purpose {
    /** Unsubscribe from the delivery's lists. */
    UNSUBSCRIBE("unsubscribe:"),
    /** Have a click on the newsletter's links counted as this reader's (who consented). */
    READER("reader:");

    private final String prefix;

    Purpose(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private final byte[] key;

  DeliveryTokens(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the signing key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  String tokenFor(Purpose purpose, long deliveryId) {
    return deliveryId + "." + signature(purpose, deliveryId);
  }

  /** The delivery a token of this purpose names, if its signature is right. */
  OptionalLong verify(Purpose purpose, String token) {
    if (token == null || token.length() > 100) {
      return OptionalLong.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return OptionalLong.empty();
    }
    long id;
    try {
      id = Long.parseLong(token.substring(0, dot));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    byte[] expected = signature(purpose, id).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
  }

  private String signature(Purpose purpose, long deliveryId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal((purpose.prefix + deliveryId).getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(java.util.Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
