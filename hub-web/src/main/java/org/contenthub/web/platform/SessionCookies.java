package org.contenthub.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the hub is reached over HTTPS ({@code hub.base-url}
 * starts with https), so the browser never sends it over plain HTTP. web.xml sets the rest
 * (HttpOnly, SameSite=Lax, cookie-only tracking); this part depends on configuration.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String baseUrl =
        ConfigProvider.getConfig()
            .getOptionalValue("hub.base-url", String.class)
            .orElse("http://localhost");
    if (baseUrl.regionMatches(true, 0, "https:", 0, 6)) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
