package org.contenthub.web.calendar;

/**
 * A mail asking a colleague to write, fired in the transaction that made the assignment and sent by
 * {@link AssignmentMails} only after it committed.
 */
public record AssignmentMail(
    String email,
    String name,
    String language,
    String editor,
    String topic,
    String frame,
    String link) {}
