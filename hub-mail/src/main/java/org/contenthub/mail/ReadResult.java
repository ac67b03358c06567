package org.contenthub.mail;

/**
 * What one round of {@link MailboxReader#processNew(MailHandler)} did.
 *
 * @param handled messages the handler accepted (duplicates included)
 * @param duplicates of those, how many were reported as duplicates
 * @param quarantined messages moved to the quarantine folder
 */
public record ReadResult(int handled, int duplicates, int quarantined) {

  public int total() {
    return handled + quarantined;
  }
}
