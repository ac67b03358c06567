package org.contenthub.web.intake;

/**
 * A confirmation to a colleague whose mail became a submission: fired in the transaction, sent by
 * {@link IntakeMails} only after it committed.
 */
public record IntakeConfirmation(
    String email, String name, String language, String title, String link) {}
