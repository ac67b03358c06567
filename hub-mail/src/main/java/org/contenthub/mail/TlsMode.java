package org.contenthub.mail;

/** How a connection to a mail server is protected. */
public enum TlsMode {
  /** Plain text; only for a relay on localhost or a test server. */
  NONE,
  /** Start plain, then upgrade with STARTTLS; refuse to go on if the server cannot (port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTP port 465, IMAP port 993). */
  TLS
}
