package org.contenthub.web.newsletter;

import java.util.List;

/**
 * What one newsletter says, resolved once and then personalised per recipient, and the template it
 * wears: {@link #CARDS} (items as cards with their image) or {@link #LETTER} (a plain letter: no
 * images, items as headed paragraphs, for a message from the director).
 */
public record MailContent(
    long newsletterId,
    String subject,
    String preheader,
    String language,
    String template,
    List<MailBlock> blocks,
    Kind kind) {

  /**
   * What the hub sends: a communicator's newsletter, the weekly digest, a share request, or the
   * weekly mail of a social media challenge.
   */
  public enum Kind {
    NEWSLETTER,
    DIGEST,
    SHARE_REQUEST,
    CHALLENGE
  }

  /** A mail the hub wrote itself, marked so auto-responders stay silent. */
  public boolean automatic() {
    return kind == Kind.SHARE_REQUEST || kind == Kind.CHALLENGE;
  }

  /** The message key of the footer line that says why the reader gets this mail. */
  public String whyKey() {
    return switch (kind) {
      case SHARE_REQUEST -> "mail.share-request.why";
      case CHALLENGE -> "mail.challenge.why";
      default -> "mail.newsletter.why";
    };
  }

  public MailContent withKind(Kind kind) {
    return new MailContent(newsletterId, subject, preheader, language, template, blocks, kind);
  }

  public static final String CARDS = "cards";
  public static final String LETTER = "letter";

  public boolean isLetter() {
    return LETTER.equals(template);
  }

  public MailContent withSubject(String subject) {
    return new MailContent(newsletterId, subject, preheader, language, template, blocks, kind);
  }

  public MailContent withBlocks(List<MailBlock> blocks) {
    return new MailContent(newsletterId, subject, preheader, language, template, blocks, kind);
  }
}
