/**
 * Intake: submissions that arrive other than through the form. So far by chat: a webhook in the
 * WhatsApp Business Cloud API's format ({@code /api/v1/intake/whatsapp}: the verification
 * handshake, and messages only with a valid {@code X-Hub-Signature-256}). A message from a phone
 * number an editor linked to a colleague ({@code /api/v1/intake/phones}) becomes a submitted
 * submission of theirs; one from an unknown number is held for an editor ({@code
 * /api/v1/intake/held}), who can assign it. Every message is recorded once, by its id.
 */
package org.contenthub.web.intake;
