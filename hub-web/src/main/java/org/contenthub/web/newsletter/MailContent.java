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
    List<MailBlock> blocks) {

  public static final String CARDS = "cards";
  public static final String LETTER = "letter";

  public boolean isLetter() {
    return LETTER.equals(template);
  }
}
