package org.contenthub.web.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the pages and mails in one language ({@code messages_nl/en.properties}). */
public final class Messages {

  /** Dutch first: the first users are Dutch organisations. */
  public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "messages", locale, Messages.class.getClassLoader(), NO_FALLBACK_TO_SYSTEM_LOCALE);
  }

  private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static Messages of(Locale locale) {
    return new Messages(supported(locale.getLanguage()));
  }

  /** The supported locale for a language code, Dutch for anything unknown. */
  public static Locale supported(String language) {
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equalsIgnoreCase(language))
        .findFirst()
        .orElse(SUPPORTED.get(0));
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }

  /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
  public String t(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key; // visible in the page, caught by the tests that compare both bundles
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
