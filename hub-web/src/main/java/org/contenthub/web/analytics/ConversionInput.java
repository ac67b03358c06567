package org.contenthub.web.analytics;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * {@code POST /api/v1/conversions}: which tracked link brought the visitor ({@code code}, or {@code
 * utm}: the landing address, its query, or the {@code utm_content} value), an optional value and an
 * optional order or reference id that is counted once.
 */
public class ConversionInput {

  @Size(max = 64)
  public String code;

  @Size(max = 4096)
  public String utm;

  @DecimalMin(value = "0", message = "must not be negative")
  @DecimalMax(value = "1000000000", message = "must be at most 1000000000")
  public BigDecimal value;

  @Size(max = 200)
  public String reference;
}
