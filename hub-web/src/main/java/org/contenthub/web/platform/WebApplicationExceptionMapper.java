package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.contenthub.web.security.RoleCheckFilter;

/** 4xx and 5xx raised on purpose (not found, forbidden, conflict…), with their message. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;
  @Context HttpServletRequest request;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status < 400) {
      return original; // redirects thrown as exceptions pass unchanged
    }
    if (status == 401) {
      // Whoever refused (Payara's own @RolesAllowed check or ours), the caller learns the same.
      String detail =
          request.getAttribute(RoleCheckFilter.BAD_CREDENTIALS) != null
              ? "The user name or password is wrong."
              : "Log in to continue: HTTP Basic with your hub account for the API.";
      return errors.of(uri, 401, detail, null, RoleCheckFilter.CHALLENGE);
    }
    if (status == 403) {
      return errors.of(uri, 403, "Your role does not allow this.", null, null);
    }
    return errors.of(uri, status, humanDetail(exception, status), null, null);
  }

  /** JAX-RS's own messages ("HTTP 404 Not Found") say nothing a person can act on. */
  private static String humanDetail(WebApplicationException exception, int status) {
    String message = exception.getMessage();
    if (message == null || message.startsWith("HTTP " + status)) {
      return switch (status) {
        case 404 -> "There is nothing at this address.";
        case 405 -> "This address does not accept that method.";
        case 406 -> "This address cannot answer in the requested format.";
        case 415 -> "This address does not accept that content type; send JSON.";
        case 401 -> "Log in to continue.";
        case 403 -> "Your role does not allow this.";
        default -> ErrorResponses.title(status);
      };
    }
    return message;
  }
}
