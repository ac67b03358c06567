package org.contenthub.web.sharing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.contenthub.web.platform.FieldProblem;

/**
 * The organisation's rules for what goes out under its name: words that stop a share, a fixed
 * signature or hashtag per network, and the hours in which sharing is possible. People still write
 * their own text; these only frame it.
 */
final class ShareGuardrails {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final List<String> blockedWords;
  private final Map<Network, String> signatures;
  private final LocalTime from;
  private final LocalTime until;

  ShareGuardrails(List<String> blockedWords, Map<Network, String> signatures, String hours) {
    this.blockedWords =
        blockedWords.stream()
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .map(w -> w.toLowerCase(Locale.ROOT))
            .toList();
    this.signatures = Map.copyOf(signatures);
    LocalTime[] window = parseHours(hours);
    this.from = window[0];
    this.until = window[1];
  }

  /** The person's text with the network's signature, or a clear refusal. */
  String apply(Network network, String text, ZonedDateTime now) {
    LocalTime time = now.withZoneSameInstant(ZONE).toLocalTime();
    if (from != null && (time.isBefore(from) || !time.isBefore(until))) {
      throw new Closed(
          "Sharing is possible between "
              + from
              + " and "
              + until
              + " (Dutch time). Try again then.");
    }
    Optional<String> blocked = blockedWordIn(text);
    if (blocked.isPresent()) {
      throw new FieldProblem(
          "text",
          "contains \""
              + blocked.get()
              + "\", which the organisation does not want in shares; please rephrase");
    }
    String signature = signatures.get(network);
    if (signature == null || signature.isBlank() || text.contains(signature.strip())) {
      return text;
    }
    return text.isEmpty() ? signature.strip() : text + " " + signature.strip();
  }

  private Optional<String> blockedWordIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return blockedWords.stream()
        .filter(
            word ->
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(lower)
                    .find())
        .findFirst();
  }

  /** Outside the sharing hours; the service answers it as 409. */
  static final class Closed extends RuntimeException {
    Closed(String message) {
      super(message);
    }
  }

  /** "07:00-22:00", or empty for always. */
  private static LocalTime[] parseHours(String hours) {
    if (hours == null || hours.isBlank()) {
      return new LocalTime[] {null, null};
    }
    String[] parts = hours.strip().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "hub.sharing.hours must look like 07:00-22:00, not " + hours);
    }
    return new LocalTime[] {LocalTime.parse(parts[0]), LocalTime.parse(parts[1])};
  }
}
