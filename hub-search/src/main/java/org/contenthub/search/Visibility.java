package org.contenthub.search;

import java.util.Set;

/**
 * Who may see a document. Internal readers see it when it is for everyone, for their department or
 * for one of their roles; external ambassadors only when it is {@code shareableExternally}. A
 * {@code draft} is seen only by editors and its author, whatever the other fields say. The author
 * always sees their own document.
 *
 * @param everyone every internal employee
 * @param departments departments that may see it (case-insensitive)
 * @param roles roles that may see it (case-insensitive)
 * @param shareableExternally prepared for sharing: external ambassadors may see it too
 * @param draft editorial draft: editors and the author only
 */
public record Visibility(
    boolean everyone,
    Set<String> departments,
    Set<String> roles,
    boolean shareableExternally,
    boolean draft) {

  public Visibility {
    departments = departments == null ? Set.of() : Set.copyOf(departments);
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** Every employee; not for external ambassadors. */
  public static Visibility internal() {
    return new Visibility(true, Set.of(), Set.of(), false, false);
  }

  /** Every employee and the external ambassadors. */
  public static Visibility shareable() {
    return new Visibility(true, Set.of(), Set.of(), true, false);
  }

  public static Visibility department(String department) {
    return new Visibility(false, Set.of(department), Set.of(), false, false);
  }

  public static Visibility roles(String... roles) {
    return new Visibility(false, Set.of(), Set.of(roles), false, false);
  }

  public static Visibility editorialDraft() {
    return new Visibility(false, Set.of(), Set.of(), false, true);
  }
}
