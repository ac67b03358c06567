package org.contenthub.web.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A newsletter as {@code POST} and {@code PUT /api/v1/newsletters} take it. On {@code PUT}, {@code
 * version} (from the last read) makes a concurrent edit a 409 instead of a lost update.
 */
public class NewsletterInput {
  @NotBlank
  @Size(max = 300)
  public String subject;

  @Size(max = 300)
  public String preheader;

  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String language;

  @Size(max = 50)
  public List<Long> listIds;

  public List<Block> blocks;

  @PositiveOrZero public Long version;
}
