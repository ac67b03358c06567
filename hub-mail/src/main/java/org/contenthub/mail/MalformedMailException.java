package org.contenthub.mail;

/**
 * A received message whose MIME structure cannot be read (a multipart without its boundary, broken
 * base64, a nested message that is not one). The {@link MailboxReader} moves such a message to the
 * quarantine folder, where an administrator can look at it; it is never dropped.
 */
public final class MalformedMailException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedMailException(String message, Throwable cause) {
    super(message, cause);
  }

  public MalformedMailException(String message) {
    super(message);
  }
}
