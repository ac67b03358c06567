package org.contenthub.web.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe links: {@code <delivery id>.<HMAC-SHA256 of it>}. The delivery row says which
 * newsletter (so which lists) and which address; the signature makes the link impossible to guess
 * for someone else's delivery, so unsubscribing needs no login and cannot be abused by counting.
 */
final class UnsubscribeTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private final byte[] key;

  UnsubscribeTokens(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the signing key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  String tokenFor(long deliveryId) {
    return deliveryId + "." + signature(deliveryId);
  }

  /** The delivery a token names, if its signature is right. */
  OptionalLong verify(String token) {
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
    byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
  }

  private String signature(long deliveryId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(("unsubscribe:" + deliveryId).getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(java.util.Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
