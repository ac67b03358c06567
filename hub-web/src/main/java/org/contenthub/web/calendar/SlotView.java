package org.contenthub.web.calendar;

import java.time.OffsetDateTime;

/**
 * A calendar slot as readers see it, with the submission it became and, once published, the item.
 */
public record SlotView(
    long id,
    OffsetDateTime startsAt,
    String channel,
    String title,
    String note,
    String state,
    String owner,
    String ownerName,
    String proposedBy,
    String proposedByName,
    Long submissionId,
    String submissionState,
    Long itemId,
    long version) {}
