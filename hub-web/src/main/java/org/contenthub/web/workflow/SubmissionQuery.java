package org.contenthub.web.workflow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.contenthub.web.items.Channel;

/**
 * The query parameters of {@code GET /api/v1/submissions} (constraints on fields: Payara quirk).
 */
public class SubmissionQuery {

  public static final int MAX_SIZE = 100;

  @QueryParam("state")
  @Pattern(regexp = SubmissionState.PATTERN, message = SubmissionState.CHOICES)
  public String state;

  @QueryParam("channel")
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  /** Only the caller's own submissions, also for editors and supervisors. */
  @QueryParam("mine")
  @DefaultValue("false")
  public boolean mine;

  @QueryParam("page")
  @DefaultValue("1")
  @Min(1)
  public int page = 1;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  public int size = 20;

  public SubmissionQuery() {}

  public SubmissionQuery(String state, String channel, boolean mine, int page, int size) {
    this.state = state;
    this.channel = channel;
    this.mine = mine;
    this.page = page;
    this.size = size;
  }
}
