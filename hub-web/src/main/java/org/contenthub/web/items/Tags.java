package org.contenthub.web.items;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Tags are lower case words: "Employee Advocacy " and "employee advocacy" are one tag. */
public final class Tags {

  /**
   * Letters (any script), digits, spaces and a few joining signs, optionally after a hashtag's
   * {@code #}; for Bean Validation of input.
   */
  public static final String PATTERN = "#?[\\p{L}\\p{N}][\\p{L}\\p{N} _#.&+-]{0,63}";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Tags() {}

  private static final Pattern VALID = Pattern.compile(PATTERN);

  /** Whether a tag from elsewhere (a feed's category, say) is usable as it is. */
  public static boolean isValid(String tag) {
    return tag != null && VALID.matcher(tag.strip()).matches();
  }

  public static String normalise(String tag) {
    String trimmed = SPACES.matcher(tag.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
  }

  public static Set<String> normalise(Collection<String> tags) {
    Set<String> result = new TreeSet<>();
    if (tags != null) {
      for (String tag : tags) {
        if (tag != null && !tag.isBlank()) {
          result.add(normalise(tag));
        }
      }
    }
    return result;
  }
}
