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
  CUSTOM,
  /**
   * The hub's own list behind share requests: whoever may be asked to share (employees and invited
   * ambassadors), narrowed per request to the item's audience. Not offered to composers.
   */
  SHARE_REQUESTS,
  /**
   * The participants of one social media challenge (the list's criterion: the challenge's id), as
   * long as they take part; each challenge gets one when it is created.
   */
  CHALLENGE_PARTICIPANTS
}
