package org.contenthub.web.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Hub-Signature-256} of a webhook call: {@code sha256=} and the hex HMAC-SHA256 of the
 * raw request body with the app secret. Compared in constant time.
 */
public final class WebhookSignature {

  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** The header value a sender with this secret puts on this body. */
  public static String of(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether the header is the right signature of the body; never throws on odd input. */
  public static boolean verify(byte[] body, String header, String secret) {
    if (header == null || secret == null || secret.isEmpty()) {
      return false;
    }
    String given = header.strip().toLowerCase(Locale.ROOT);
    if (!given.startsWith(PREFIX) || given.length() != PREFIX.length() + 64) {
      return false;
    }
    return MessageDigest.isEqual(
        of(body, secret).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }
}
