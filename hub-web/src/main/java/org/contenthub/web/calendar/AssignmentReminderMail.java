package org.contenthub.web.calendar;

/**
 * A reminder about an assignment (to the writer before the deadline, to the editor after it passed
 * without a submission), already in the recipient's language; fired in the transaction that took
 * the reminder and sent by {@link AssignmentMails} only after it committed.
 */
public record AssignmentReminderMail(
    String email, String name, String language, String subject, String text, String link) {}
