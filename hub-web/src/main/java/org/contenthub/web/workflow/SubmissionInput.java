package org.contenthub.web.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.contenthub.web.items.Channel;

/**
 * A submission as {@code POST} and {@code PUT /api/v1/submissions} take it. The body may be HTML;
 * it is sanitised before it is stored. Links must be http(s) addresses (checked by the service). On
 * {@code PUT}, {@code version} from the last read is required: a save on top of someone else's gets
 * 409, and its text is kept as a version.
 */
public class SubmissionInput {

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 500_000)
  public String body;

  @Pattern(regexp = SubmissionKind.PATTERN, message = SubmissionKind.CHOICES)
  public String type;

  @NotNull
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  @Size(max = 10, message = "at most 10 links")
  public List<String> links;

  @PositiveOrZero public Long version;

  public SubmissionInput() {}

  public SubmissionInput(String title, String body, String type, String channel) {
    this.title = title;
    this.body = body;
    this.type = type;
    this.channel = channel;
  }
}
