package org.contenthub.web.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte}. Every template receives the {@link
 * Page} of the request as {@code page}, plus its own parameters.
 */
@ApplicationScoped
public class PageRenderer {

  private static final String TEMPLATE_PACKAGE = "org.contenthub.web.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, PageRenderer.class.getClassLoader(), TEMPLATE_PACKAGE);

  @Inject PageContext pageContext;

  /** Renders {@code name.jte} with the current request's page and the given parameters. */
  public String render(String name, Object... keyValues) {
    return render(pageContext.page(), name, keyValues);
  }

  public String render(Page page, String name, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name/value pairs");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    StringOutput output = new StringOutput(8192);
    engine.render(name + ".jte", params, output);
    return output.toString();
  }
}
