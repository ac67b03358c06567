package org.contenthub.web.security;

import java.util.Set;

/**
 * Who is looking: the facts every visibility rule needs, taken once per request from the
 * authenticated account. {@link #ANONYMOUS} sees only public content.
 */
public record Viewer(
    Long accountId,
    String username,
    String displayName,
    Set<String> roles,
    String department,
    String language) {

  public static final Viewer ANONYMOUS = new Viewer(null, null, null, Set.of(), null, null);

  public Viewer {
    roles = Set.copyOf(roles);
  }

  public static Viewer of(Account account) {
    return new Viewer(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles(),
        account.getDepartment(),
        account.getLanguage());
  }

  public boolean isAnonymous() {
    return accountId == null;
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  /** Editors, supervisors, communication staff and administrators oversee all content. */
  public boolean isEditorial() {
    return roles.stream().anyMatch(Roles.EDITORIAL::contains);
  }

  /** A colleague, as opposed to an invited guest or an anonymous reader. */
  public boolean isInternal() {
    return has(Roles.EMPLOYEE);
  }
}
