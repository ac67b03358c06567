package org.contenthub.web.newsletter;

import java.time.OffsetDateTime;

/** {@code POST /api/v1/newsletters/{id}/send}: now, or at a time with its offset. */
public class SendInput {
  public OffsetDateTime at;
}
