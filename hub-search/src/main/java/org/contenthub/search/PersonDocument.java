package org.contenthub.search;

import java.util.List;
import java.util.Objects;

/**
 * An expert's profile. What the person curated or wrote is not copied in here: {@link
 * SearchIndex#experts} ranks people by their profile and by their own items matching the query,
 * found under the reader's access filter, so a profile never leaks a restricted item's words.
 *
 * @param id the user id (the same as {@link SearchDocument#authorId()} of their items)
 * @param name display name
 * @param headline job title or one-line description
 * @param bio free text about the person
 * @param expertise expertise tags
 * @param department the person's department (a facet)
 * @param language language of headline and bio
 * @param url profile link
 * @param visibility who may find the person (usually {@link Visibility#internal()})
 */
public record PersonDocument(
    String id,
    String name,
    String headline,
    String bio,
    List<String> expertise,
    String department,
    String language,
    String url,
    Visibility visibility) {

  public PersonDocument {
    Objects.requireNonNull(id, "id");
    expertise = expertise == null ? List.of() : List.copyOf(expertise);
    visibility = visibility == null ? Visibility.internal() : visibility;
  }

  /** The key of the person in the index; people and items share one index. */
  public String indexId() {
    return "person:" + id;
  }
}
