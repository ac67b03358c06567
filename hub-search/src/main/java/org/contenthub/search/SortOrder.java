package org.contenthub.search;

/** How hits are ordered. An empty query always lists the newest first. */
public enum SortOrder {
  /** Text score × freshness × popularity, then id. */
  RELEVANCE,
  /** Newest first, then id. */
  DATE
}
