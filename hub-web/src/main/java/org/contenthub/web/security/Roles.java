package org.contenthub.web.security;

import java.util.List;
import java.util.Set;

/**
 * The hub's roles, as constants usable in {@code @RolesAllowed}. Every internal account also holds
 * {@link #EMPLOYEE}, so "any colleague" is simply EMPLOYEE; guests invited from outside hold only
 * {@link #EXTERNAL_AMBASSADOR}.
 */
public final class Roles {
  public static final String EMPLOYEE = "EMPLOYEE";
  public static final String EXPERT = "EXPERT";
  public static final String EDITOR = "EDITOR";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String COMMUNICATIONS = "COMMUNICATIONS";
  public static final String ADMIN = "ADMIN";
  public static final String EXTERNAL_AMBASSADOR = "EXTERNAL_AMBASSADOR";

  /** In the order people think of them, for forms and documentation. */
  public static final List<String> ALL =
      List.of(EMPLOYEE, EXPERT, EDITOR, SUPERVISOR, COMMUNICATIONS, ADMIN, EXTERNAL_AMBASSADOR);

  /** Roles that oversee content and therefore see every item, drafts included. */
  public static final Set<String> EDITORIAL = Set.of(EDITOR, SUPERVISOR, COMMUNICATIONS, ADMIN);

  private Roles() {}

  public static boolean isKnown(String role) {
    return ALL.contains(role);
  }
}
