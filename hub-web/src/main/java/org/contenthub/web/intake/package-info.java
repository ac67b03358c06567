/**
 * Intake: submissions that arrive other than through the form. By chat: a webhook in the WhatsApp
 * Business Cloud API's format ({@code /api/v1/intake/whatsapp}: the verification handshake, and
 * messages only with a valid {@code X-Hub-Signature-256}). A message from a phone number an editor
 * linked to a colleague ({@code /api/v1/intake/phones}) becomes a submitted submission of theirs;
 * one from an unknown number is held for an editor ({@code /api/v1/intake/held}), who can assign
 * it. Every message is recorded once, by its id.
 *
 * <p>By e-mail ({@link org.contenthub.web.intake.MailIntake}): each mail in the intake mailbox
 * becomes its sender's submission with every attachment and inline photo, forwarded messages and
 * exported WhatsApp chats ({@link org.contenthub.web.intake.ChatExport}, zipped ones through {@link
 * org.contenthub.web.intake.SafeZip}) unpacked; unknown senders are held with the raw message; mail
 * that cannot be handled is quarantined for editors ({@link
 * org.contenthub.web.intake.QuarantineService}, {@code /workbench/quarantine}).
 */
package org.contenthub.web.intake;
