package org.contenthub.mail;

import java.time.Instant;

/**
 * One message in the file outbox, as the administrator's outbox page lists it.
 *
 * @param name the file name, the key for {@link OutboxFolder#read(String)}
 * @param date the Date header, or the file time if the header is missing
 * @param from the From header, decoded
 * @param to the To header, decoded
 * @param subject the subject, decoded
 * @param size the file size in bytes
 */
public record OutboxEntry(
    String name, Instant date, String from, String to, String subject, long size) {}
