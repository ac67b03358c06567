package org.contenthub.web.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.contenthub.web.items.Channel;

/**
 * A calendar slot as editors send it to {@code POST /api/v1/calendar} and {@code PUT
 * /api/v1/calendar/{id}}: when, on which channel, what (none for an open slot), who. On {@code
 * PUT}, {@code version} from the last read guards against moving someone else's change away.
 */
public class SlotInput {

  @NotNull public OffsetDateTime startsAt;

  @NotNull
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  public String note;

  /** The colleague who makes the post (a user name). */
  @Size(max = 64)
  public String owner;

  @Pattern(regexp = SlotState.PATTERN, message = SlotState.CHOICES)
  public String state;

  @PositiveOrZero public Long version;
}
