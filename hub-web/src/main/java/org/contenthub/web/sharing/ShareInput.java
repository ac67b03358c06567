package org.contenthub.web.sharing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/items/{id}/shares}: where to share and the person's own accompanying text (a
 * suggestion is only a start; the network's limit is checked by the service).
 */
public class ShareInput {

  @NotNull public String network;

  @Size(max = 65_536)
  public String text;
}
