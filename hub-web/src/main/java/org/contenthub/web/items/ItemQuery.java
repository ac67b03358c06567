package org.contenthub.web.items;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of {@code GET /api/v1/items}. Constraints sit on fields here because
 * Payara's OpenAPI generator fails on constraints placed on resource method parameters.
 */
public class ItemQuery {
  @QueryParam("channel")
  @Pattern(regexp = Channel.PATTERN, message = Channel.CHOICES)
  public String channel;

  @QueryParam("type")
  @Pattern(regexp = ItemType.PATTERN, message = ItemType.CHOICES)
  public String type;

  @QueryParam("tag")
  public String tag;

  @QueryParam("department")
  public String department;

  @QueryParam("lang")
  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String lang;

  @QueryParam("sort")
  @Pattern(regexp = "newest|liked", message = "must be newest or liked")
  public String sort;

  @QueryParam("page")
  @DefaultValue("1")
  @Min(1)
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(ItemFilter.MAX_SIZE)
  public int size;

  ItemFilter toFilter() {
    return new ItemFilter(
        channel == null ? null : Channel.parse(channel),
        tag,
        department,
        lang,
        type == null ? null : ItemType.parse(type),
        page,
        size,
        ItemFilter.Order.parse(sort));
  }
}
