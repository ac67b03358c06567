package org.contenthub.web.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.contenthub.web.items.TagList;
import org.contenthub.web.items.Visibility;
import org.contenthub.web.platform.WebUrl;

/**
 * An expert's curation ({@code POST /api/v1/curations}): an external article with a short
 * commentary. A class with annotated fields: Payara's OpenAPI generator fails on constraints on
 * record constructor parameters.
 */
public class CurationInput {
  @NotBlank
  @Size(max = 2048)
  @WebUrl
  public String url;

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  public String summary;

  @Size(max = 2048)
  @WebUrl
  public String imageUrl;

  @NotBlank(message = "must not be blank: say in a sentence or two why colleagues should read this")
  @Size(max = 20_000)
  public String commentary;

  @TagList public List<String> tags;

  @Size(max = 100)
  public String department;

  @Pattern(regexp = Visibility.PATTERN, message = Visibility.CHOICES)
  public String visibility;

  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String language;
}
