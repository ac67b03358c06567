package org.contenthub.search;

import java.util.Set;

/**
 * The reader of a search: every result, count, facet, suggestion, correction and similar item is
 * filtered for them. Built by hub-web from the authenticated user.
 *
 * @param userId the user's id (matches {@link SearchDocument#authorId()})
 * @param roles the user's roles; {@link #EDITOR} also sees editorial drafts
 * @param department the user's department, or null
 * @param external an external ambassador: sees only what is shareable externally
 */
public record Viewer(String userId, Set<String> roles, String department, boolean external) {

  /** The role that sees editorial drafts. */
  public static final String EDITOR = "editor";

  public Viewer {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("a viewer needs a user id");
    }
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public static Viewer employee(String userId, String department, String... roles) {
    return new Viewer(userId, Set.of(roles), department, false);
  }

  public static Viewer externalAmbassador(String userId) {
    return new Viewer(userId, Set.of(), null, true);
  }
}
