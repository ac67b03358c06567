package org.contenthub.web.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.contenthub.web.platform.WebUrl;

/**
 * An item as a writer sends it to {@code POST} and {@code PUT /api/v1/items}. Body and commentary
 * may contain HTML; it is sanitised before it is stored. On {@code PUT}, {@code version} (from the
 * last read) guards against overwriting someone else's change.
 *
 * <p>A class with public fields rather than a record: Payara's OpenAPI generator fails on
 * constraint annotations it finds on a record's constructor parameters.
 */
public class ItemInput {
  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  public String summary;

  @Size(max = 500_000)
  public String body;

  @Size(max = 20_000)
  public String commentary;

  @Size(max = 2048)
  @WebUrl
  public String sourceUrl;

  @Size(max = 2048)
  @WebUrl
  public String imageUrl;

  @NotNull
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  @Pattern(regexp = ItemType.PATTERN, message = ItemType.CHOICES)
  public String type;

  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String language;

  @TagList public List<String> tags;

  @Size(max = 100)
  public String department;

  public OffsetDateTime publishedAt;

  @Pattern(regexp = Visibility.PATTERN, message = Visibility.CHOICES)
  public String visibility;

  public Boolean shareable;
  @PositiveOrZero public Long version;

  public ItemInput() {}

  /** The fields every item needs; the rest is set directly. */
  public ItemInput(String title, String channel, String language) {
    this.title = title;
    this.channel = channel;
    this.language = language;
  }
}
