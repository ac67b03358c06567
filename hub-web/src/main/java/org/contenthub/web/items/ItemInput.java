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
 */
public record ItemInput(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 2000) String summary,
    @Size(max = 500_000) String body,
    @Size(max = 20_000) String commentary,
    @Size(max = 2048) @WebUrl String sourceUrl,
    @Size(max = 2048) @WebUrl String imageUrl,
    @NotNull @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES) String channel,
    @Pattern(regexp = ItemType.PATTERN, message = ItemType.CHOICES) String type,
    @Pattern(regexp = "nl|en", message = "must be nl or en") String language,
    @Size(max = 20)
        List<
                @NotBlank
                @Pattern(
                    regexp = Tags.PATTERN,
                    message =
                        "must be a word or short phrase of at most 64 letters, digits or spaces")
                String>
            tags,
    @Size(max = 100) String department,
    OffsetDateTime publishedAt,
    @Pattern(regexp = Visibility.PATTERN, message = Visibility.CHOICES) String visibility,
    Boolean shareable,
    @PositiveOrZero Long version) {}
