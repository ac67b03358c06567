/**
 * The hub's mail: building messages, sending them, throttling, reading bounces and intake
 * mailboxes. A plain library on Jakarta Mail (Angus Mail), with no container and no database;
 * hub-web owns the delivery queue (listmonk's queue → worker → messenger split) and this package is
 * the messenger side plus its helpers.
 *
 * <h2>Sending</h2>
 *
 * <ol>
 *   <li>{@link org.contenthub.mail.OutgoingMail} says what to send. Its parts ({@link
 *       org.contenthub.mail.EmailAddress}, {@link org.contenthub.mail.ListUnsubscribe}, {@link
 *       org.contenthub.mail.ListId}, {@link org.contenthub.mail.Attachment}, {@link
 *       org.contenthub.mail.InlineImage}) validate themselves, refusing line breaks, so header
 *       injection cannot happen.
 *   <li>{@link org.contenthub.mail.MailComposer} turns it into a MIME message: text and HTML
 *       alternatives, inline images, attachments, UTF-8 with quoted-printable bodies and RFC 2047
 *       headers, a Message-ID from the hub's domain, List-Id, List-Unsubscribe with RFC 8058
 *       one-click, Auto-Submitted for automatic mails.
 *   <li>A {@link org.contenthub.mail.MailTransport} delivers it and classifies the outcome as a
 *       {@link org.contenthub.mail.DeliveryResult}: sent, temporary failure (retry with backoff),
 *       permanent failure, or invalid address. {@link org.contenthub.mail.SmtpTransport} keeps a
 *       small pool of open SMTP connections; {@link org.contenthub.mail.FileOutboxTransport} writes
 *       {@code .eml} files when no SMTP server is configured, and {@link
 *       org.contenthub.mail.OutboxFolder} lists and reads them for the administrator.
 *   <li>{@link org.contenthub.mail.ThrottledTransport} with a {@link
 *       org.contenthub.mail.RateLimiter} keeps all worker threads together below the relay's limit.
 * </ol>
 *
 * <p>A delivery worker in hub-web, in short:
 *
 * <pre>{@code
 * MimeMessage message = composer.compose(mail);
 * row.messageId = message.getMessageID();          // for bounces and idempotency
 * DeliveryResult result = transport.send(message); // never throws for delivery problems
 * switch (result.outcome()) {
 *   case SENT -> row.markSent(result.detail());
 *   case TEMPORARY_FAILURE -> row.retryLater(result.detail());
 *   case PERMANENT_FAILURE -> row.markFailed(result.detail());
 *   case INVALID_ADDRESS -> row.markAddressInvalid(result.detail());
 * }
 * }</pre>
 *
 * <h2>Receiving</h2>
 *
 * <ul>
 *   <li>{@link org.contenthub.mail.MailboxReader} reads an IMAP folder (IDLE or polling), gives
 *       each message to a {@link org.contenthub.mail.MailHandler} with its Message-ID and a
 *       duplicate flag, then files it in a processed folder, or in quarantine when the handler
 *       threw. Nothing is lost, and one bad message never stops the loop.
 *   <li>{@link org.contenthub.mail.ReceivedMailParser} turns a received message into a {@link
 *       org.contenthub.mail.ReceivedMail} for the intake: text, HTML (to be sanitised by the
 *       caller), attachments and inline images with their bytes, forwarded messages unpacked;
 *       broken MIME becomes a {@link org.contenthub.mail.MalformedMailException}.
 *   <li>{@link org.contenthub.mail.BounceParser} reads delivery status notifications (RFC 3464, and
 *       the common prose formats) into {@link org.contenthub.mail.Bounce}s, hard or soft, with the
 *       Message-ID of the mail that bounced.
 * </ul>
 */
package org.contenthub.mail;
