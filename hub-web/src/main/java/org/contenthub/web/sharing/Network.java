package org.contenthub.web.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The places a person can share to, each with its length limit for the accompanying text and the
 * network's official share address (no account or API token of the network needed).
 */
public enum Network {
  LINKEDIN("linkedin", 3000, 0),
  /** X counts every link as 23 characters, so the text keeps room for the link and a space. */
  X("x", 280, 24),
  FACEBOOK("facebook", 63_206, 0),
  WHATSAPP("whatsapp", 65_536, 0),
  EMAIL("email", 10_000, 0),
  COPY("copy", 3000, 0);

  public static final String CHOICES = "linkedin, x, facebook, whatsapp, email or copy";

  private final String id;
  private final int maxLength;
  private final int linkReserve;

  Network(String id, int maxLength, int linkReserve) {
    this.id = id;
    this.maxLength = maxLength;
    this.linkReserve = linkReserve;
  }

  /** The name in the API, in UTM parameters and in the database. */
  public String id() {
    return id;
  }

  /** The network's own limit of a post, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /** The longest accompanying text, in characters (code points), leaving room for the link. */
  public int textLimit() {
    return maxLength - linkReserve;
  }

  /** Why a text is too long, for the field error. */
  public String limitMessage() {
    return linkReserve == 0
        ? "must be at most " + textLimit() + " characters on " + id
        : "must be at most "
            + textLimit()
            + " characters on "
            + id
            + " ("
            + maxLength
            + " minus room for the link)";
  }

  public static Optional<Network> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (wanted.equals("twitter")) {
      wanted = "x";
    }
    String id = wanted;
    return Arrays.stream(values()).filter(n -> n.id.equals(id)).findFirst();
  }

  /**
   * The address that opens the network's own share dialog with the person's text and tracked link.
   * LinkedIn's and Facebook's dialogs take only the link (they read title and image from it); the
   * person pastes their text there, so the answer carries the text as well.
   */
  public String shareUrl(String trackedUrl, String text, String subject) {
    String body = text == null || text.isBlank() ? "" : text.strip();
    return switch (this) {
      case LINKEDIN ->
          "https://www.linkedin.com/sharing/share-offsite/?url=" + ShareLinks.encode(trackedUrl);
      case X ->
          "https://twitter.com/intent/tweet?text="
              + ShareLinks.encode(body)
              + "&url="
              + ShareLinks.encode(trackedUrl);
      case FACEBOOK ->
          "https://www.facebook.com/sharer/sharer.php?u=" + ShareLinks.encode(trackedUrl);
      case WHATSAPP ->
          "https://wa.me/?text="
              + ShareLinks.encode(body.isEmpty() ? trackedUrl : body + " " + trackedUrl);
      case EMAIL ->
          "mailto:?subject="
              + ShareLinks.encode(subject == null ? "" : subject)
              + "&body="
              + ShareLinks.encode(body.isEmpty() ? trackedUrl : body + "\n\n" + trackedUrl);
      case COPY -> trackedUrl;
    };
  }
}
