package org.contenthub.mail;

import java.util.regex.Pattern;

/**
 * The RFC 2919 {@code List-Id} of a newsletter list, e.g. {@code nieuwsbrief.example.nl}. Mail
 * clients and filters use it to recognise (and let readers filter or unsubscribe from) a list.
 *
 * @param id a dot-atom, conventionally a name below a domain the organisation owns
 * @param description a human name such as {@code Nieuwsbrief Marketing}, or {@code null}
 */
public record ListId(String id, String description) {

  private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

  public ListId {
    HeaderText.requireSafe("list id", id);
    if (!DOT_ATOM.matcher(id).matches()) {
      throw new IllegalArgumentException("list id must look like name.example.nl: " + id);
    }
    HeaderText.requireSafeOrNull("list description", description);
  }

  public static ListId of(String id) {
    return new ListId(id, null);
  }
}
