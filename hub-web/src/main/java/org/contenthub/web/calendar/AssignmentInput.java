package org.contenthub.web.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.contenthub.web.items.Channel;

/**
 * Level-2 advocacy, {@code POST /api/v1/calendar/assignments}: an editor asks a colleague (usually
 * an expert) to write within a frame: topic, angle, channel, length and deadline.
 */
public class AssignmentInput {

  /** Who writes (a user name). */
  @NotBlank
  @Size(max = 64)
  public String writer;

  @NotBlank
  @Size(max = 300)
  public String topic;

  @Size(max = 1000)
  public String angle;

  @NotNull
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  /** About how many words. */
  @Min(20)
  @Max(5000)
  public Integer words;

  /** When the draft is due; the slot in the calendar. */
  @NotNull public OffsetDateTime deadline;
}
