package org.contenthub.web.curation;

import java.util.Locale;

/**
 * What the hub proposes for a curated page; the expert may change every field. Any field may be
 * null when the page does not say.
 *
 * @param title plain text, at most 300 characters
 * @param description plain text, at most 2,000 characters
 * @param imageUrl an absolute http or https URL
 * @param siteName the publication, e.g. "NOS" or "Polderlicht blog"
 * @param language a BCP 47 tag such as {@code nl} or {@code en-GB}
 * @param canonicalUrl the page's own idea of its address, absolute; the fetched address when the
 *     page declares none
 */
public record PageMetadata(
    String title,
    String description,
    String imageUrl,
    String siteName,
    String language,
    String canonicalUrl) {

  public static final int MAX_TITLE = 300;
  public static final int MAX_DESCRIPTION = 2000;

  /** The language without region ({@code nl} for {@code nl-BE}), or null. */
  public String primaryLanguage() {
    if (language == null) {
      return null;
    }
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
