package org.contenthub.search;

/**
 * A request the index cannot answer as asked, with a message fit to show a person (in English; the
 * {@link #reason()} lets hub-web pick its own translated text). Never wraps a Lucene parse error:
 * the hub's parser accepts any text.
 */
public final class InvalidQueryException extends IllegalArgumentException {

  /** Why the request was refused. */
  public enum Reason {
    TOO_LONG,
    TOO_MANY_WORDS,
    UNKNOWN_FILTER,
    BAD_PAGE,
    BAD_CURSOR
  }

  private final Reason reason;

  public InvalidQueryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
