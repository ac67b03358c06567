package org.contenthub.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.contenthub.web.security.CsrfTokens;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Viewer;

/** Builds the {@link Page} of the current request once. */
@RequestScoped
public class PageContext {

  @Inject HttpServletRequest request;
  @Inject CurrentViewer currentViewer;
  @Inject HubSettings settings;

  private Page page;

  public Page page() {
    if (page == null) {
      Viewer viewer = currentViewer.get();
      page =
          new Page(
              Messages.of(LanguageResolver.resolve(request, viewer)),
              viewer,
              CsrfTokens.tokenFor(request.getSession(true)),
              settings.branding(),
              request.getRequestURI(),
              request.getQueryString());
    }
    return page;
  }

  public Messages messages() {
    return page().messages();
  }
}
