package org.contenthub.web.feeds;

import java.util.Locale;
import java.util.Optional;
import org.contenthub.web.curation.FetchException;

/**
 * Why a feed could not be read, as a reason and a sentence for the feed's status on the admin page.
 * One feed failing never concerns the others: the caller records this and moves on.
 */
public class FeedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** Fetching failed; {@link #fetchReason()} says how (timeout, 404, private address, ...). */
    FETCH_FAILED,
    /** The feed is larger than allowed. */
    TOO_LARGE,
    /** The feed is not well-formed XML. */
    MALFORMED,
    /** The document is not RSS or Atom (often a web page instead of its feed). */
    NOT_A_FEED;

    /** A key for the messages bundles, e.g. {@code feed.error.not-a-feed}. */
    public String messageKey() {
      return "feed.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final FetchException.Reason fetchReason;

  public FeedException(Reason reason, String message) {
    this(reason, message, null);
  }

  public FeedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.fetchReason = cause instanceof FetchException fetch ? fetch.reason() : null;
  }

  static FeedException of(FetchException fetch) {
    Reason reason =
        fetch.reason() == FetchException.Reason.TOO_LARGE ? Reason.TOO_LARGE : Reason.FETCH_FAILED;
    return new FeedException(reason, fetch.getMessage(), fetch);
  }

  public Reason reason() {
    return reason;
  }

  /** How fetching failed, for {@link Reason#FETCH_FAILED} and a too large download. */
  public Optional<FetchException.Reason> fetchReason() {
    return Optional.ofNullable(fetchReason);
  }
}
