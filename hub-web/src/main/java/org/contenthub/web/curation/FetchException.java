package org.contenthub.web.curation;

import java.util.Locale;

/**
 * Why fetching a URL failed, as a reason a program can act on and a sentence a person can read.
 * Pages show the sentence (or a translation keyed by {@link Reason#messageKey()}) and still let the
 * person save the curation by hand.
 */
public class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, from the URL itself to the answer. */
  public enum Reason {
    /** Not a URL, or a URL without a host. */
    INVALID_URL,
    /** Not http or https. */
    UNSUPPORTED_SCHEME,
    /** DNS knows no such host. */
    UNKNOWN_HOST,
    /**
     * The host is, or resolves to, a private, loopback, link-local or otherwise internal address.
     */
    PRIVATE_ADDRESS,
    /** Nobody accepted the connection. */
    CONNECT_FAILED,
    /** The secure connection could not be set up (certificate, protocol). */
    TLS_FAILED,
    /** Connecting or reading took longer than allowed. */
    TIMEOUT,
    /** The answer is larger than allowed. */
    TOO_LARGE,
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS,
    /** A redirect leads back to an address already visited. */
    REDIRECT_LOOP,
    /** The server answered with an error status (404, 500, ...). */
    HTTP_STATUS,
    /** The server answered with a kind of content the caller does not accept (a PDF for a page). */
    UNSUPPORTED_CONTENT_TYPE,
    /** The answer is not valid HTTP. */
    MALFORMED_RESPONSE;

    /** A key for the messages bundles, e.g. {@code fetch.error.private-address}. */
    public String messageKey() {
      return "fetch.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final int httpStatus;

  public FetchException(Reason reason, String message) {
    this(reason, message, 0, null);
  }

  public FetchException(Reason reason, String message, Throwable cause) {
    this(reason, message, 0, cause);
  }

  public FetchException(Reason reason, String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.httpStatus = httpStatus;
  }

  public Reason reason() {
    return reason;
  }

  /** The server's status code for {@link Reason#HTTP_STATUS}, otherwise 0. */
  public int httpStatus() {
    return httpStatus;
  }
}
