package org.contenthub.web.newsletter;

/** Where a list's members come from. */
public enum ListKind {
  /** Every active employee with an address. */
  EVERYONE,
  /** The active accounts of one department (the list's criterion). */
  DEPARTMENT,
  /** The active accounts holding one role (the list's criterion). */
  ROLE,
  /** Addresses entered or imported from CSV. */
  CUSTOM
}
