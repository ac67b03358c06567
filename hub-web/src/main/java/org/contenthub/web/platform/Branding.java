package org.contenthub.web.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the hub presents itself inside a company's intranet: its name, logo and main colour. The
 * colour is validated because it is written into a style sheet.
 */
public record Branding(String name, Optional<String> logoUrl, String color) {

  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final String DEFAULT_COLOR = "#0b5cad";

  public Branding {
    name = name == null || name.isBlank() ? "Content Hub" : name.strip();
    color =
        color != null && HEX_COLOR.matcher(color.strip()).matches() ? color.strip() : DEFAULT_COLOR;
  }
}
