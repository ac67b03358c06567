package org.contenthub.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The {@link Viewer} of the current request, as established by the authentication mechanism. */
@RequestScoped
public class CurrentViewer {

  @Inject HttpServletRequest request;

  public Viewer get() {
    return request.getAttribute(HubAuthenticationMechanism.VIEWER) instanceof Viewer viewer
        ? viewer
        : Viewer.ANONYMOUS;
  }
}
