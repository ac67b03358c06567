package org.contenthub.web.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.sharing.SharingService;

/**
 * Conversions the company website reports, attributed to the tracked link that brought the visitor.
 * Two ways in: the website's server with the shared secret as a bearer token (compared in constant
 * time), or the thank-you page's script from an origin in {@code hub.conversions.allowed-origins}
 * (the browser names its origin; that path is for convenience and can be forged by anyone who
 * writes HTTP by hand, which docs/CONVERSIONS.md says plainly).
 */
@ApplicationScoped
public class ConversionService {

  @Inject AnalyticsRepository repository;
  @Inject AnalyticsSettings settings;
  @Inject SharingService sharing;

  /** The answer: the conversion counted (or counted before, for a repeated reference). */
  public record Recorded(
      long id,
      long itemId,
      String network,
      BigDecimal value,
      String reference,
      String source,
      boolean duplicate) {}

  /**
   * Who reports: {@code server} for the right bearer token, {@code browser} for an allowed origin
   * without a token; empty when neither (a wrong token is refused whatever the origin).
   */
  public Optional<String> sourceOf(String authorization, String origin) {
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Optional.empty();
      }
      Optional<String> secret = settings.conversionSecret();
      return secret.isPresent() && sameSecret(authorization.substring(7).strip(), secret.get())
          ? Optional.of("server")
          : Optional.empty();
    }
    return allowedOrigin(origin).map(o -> "browser");
  }

  /** The origin itself when the browser path is open to it. */
  public Optional<String> allowedOrigin(String origin) {
    return origin != null && settings.allowedOrigins().contains(origin)
        ? Optional.of(origin)
        : Optional.empty();
  }

  /** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
  static boolean sameSecret(String given, String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] a = sha.digest(given.getBytes(StandardCharsets.UTF_8));
      byte[] b = sha.digest(secret.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(a, b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional
  public Recorded record(ConversionInput input, String source) {
    String code = codeOf(input);
    String reference =
        input.reference == null || input.reference.isBlank() ? null : input.reference.strip();
    BigDecimal value = input.value == null ? null : input.value.setScale(2, RoundingMode.HALF_UP);
    if (reference != null) {
      Optional<Recorded> before = counted(reference, source);
      if (before.isPresent()) {
        return before.get();
      }
    }
    SharingService.ShareRef share =
        sharing
            .byCode(code)
            .orElseThrow(
                () ->
                    new FieldProblem(
                        input.code != null ? "code" : "utm", "is not a tracked link of this hub"));
    Optional<Long> id =
        repository.addConversion(share.id(), reference, value, source, Instant.now());
    if (id.isEmpty()) {
      // the same reference arrived at the same moment from elsewhere: that one counts
      return counted(reference, source).orElseThrow();
    }
    return new Recorded(id.get(), share.itemId(), share.network(), value, reference, source, false);
  }

  private Optional<Recorded> counted(String reference, String source) {
    return repository
        .conversionByReference(reference)
        .map(
            row -> {
              long shareId = ((Number) row[1]).longValue();
              SharingService.ShareRef share = sharing.byId(shareId).orElseThrow();
              return new Recorded(
                  ((Number) row[0]).longValue(),
                  share.itemId(),
                  share.network(),
                  row[2] == null ? null : new BigDecimal(row[2].toString()),
                  reference,
                  source,
                  true);
            });
  }

  /** The code from {@code code}, or from {@code utm}: an address, a query, or the bare value. */
  static String codeOf(ConversionInput input) {
    if (input.code != null && !input.code.isBlank()) {
      return input.code.strip();
    }
    if (input.utm == null || input.utm.isBlank()) {
      throw new FieldProblem("code", "give the tracked link's code or the landing address (utm)");
    }
    String utm = input.utm.strip();
    if (!utm.contains("=")) {
      return utm;
    }
    String query = utm;
    int hash = query.indexOf('#');
    if (hash >= 0) {
      query = query.substring(0, hash);
    }
    int question = query.indexOf('?');
    if (question >= 0) {
      query = query.substring(question + 1);
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase("utm_content")) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    throw new FieldProblem("utm", "has no utm_content parameter from a tracked link");
  }
}
