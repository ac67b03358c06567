package org.contenthub.web.newsletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=&size=} of the newsletter lists (constraints on fields: see ItemQuery). */
public class PageQuery {
  @QueryParam("page")
  @DefaultValue("1")
  @Min(1)
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(100)
  public int size;

  /** For {@code /deliveries}: one status, e.g. {@code failed}. */
  @QueryParam("status")
  public String status;
}
