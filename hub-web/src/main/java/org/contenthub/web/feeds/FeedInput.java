package org.contenthub.web.feeds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.contenthub.web.items.Channel;
import org.contenthub.web.items.TagList;
import org.contenthub.web.platform.WebUrl;

/**
 * A feed as an editor registers it ({@code POST /api/v1/feeds}). A class with annotated fields:
 * Payara's OpenAPI generator fails on constraints on record constructor parameters.
 */
public class FeedInput {
  @NotBlank
  @Size(max = 2048)
  @WebUrl
  public String url;

  @NotNull
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String language;

  @TagList public List<String> tags;

  @Size(max = 100)
  public String department;

  @Min(5)
  @Max(1440)
  public Integer pollMinutes;
}
