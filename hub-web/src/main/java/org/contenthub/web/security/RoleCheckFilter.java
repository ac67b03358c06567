package org.contenthub.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Checks, before every resource method, that the caller holds one of the roles the method declares.
 * A method that declares nothing is refused: access is never granted by omission. Not logged in
 * gives 401 (the login page for pages), logged in without the role gives 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

  /** Set by the mechanism when credentials were sent but were wrong. */
  public static final String BAD_CREDENTIALS = "hub.badCredentials";

  /** How a client learns to authenticate with the API. */
  public static final String CHALLENGE = "Basic realm=\"Content Hub\", charset=\"UTF-8\"";

  private static final Logger LOG = Logger.getLogger(RoleCheckFilter.class.getName());

  @Context ResourceInfo resourceInfo;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return; // no match: JAX-RS answers 404/405 itself
    }
    Access access = Access.of(method);
    if (access.permitAll()) {
      return;
    }
    if (access.roles().length == 0) {
      LOG.severe(() -> "Refused: no role declared on " + method);
      throw new ForbiddenException("This action is not available.");
    }
    if (request.getUserPrincipal() == null) {
      String reason =
          request.getAttribute(BAD_CREDENTIALS) != null
              ? "The user name or password is wrong."
              : "Log in to continue.";
      throw new NotAuthorizedException(reason, CHALLENGE);
    }
    if (Arrays.stream(access.roles()).noneMatch(request::isUserInRole)) {
      throw new ForbiddenException("Your role does not allow this.");
    }
  }

  /** What a resource method declares, the method's annotation overriding the class's. */
  public record Access(boolean permitAll, String[] roles) {

    public static Access of(Method method) {
      if (method.isAnnotationPresent(DenyAll.class)) {
        return new Access(false, new String[0]);
      }
      if (method.isAnnotationPresent(PermitAll.class)) {
        return new Access(true, new String[0]);
      }
      RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
      if (onMethod != null) {
        return new Access(false, onMethod.value());
      }
      Class<?> type = method.getDeclaringClass();
      if (type.isAnnotationPresent(DenyAll.class)) {
        return new Access(false, new String[0]);
      }
      if (type.isAnnotationPresent(PermitAll.class)) {
        return new Access(true, new String[0]);
      }
      RolesAllowed onType = type.getAnnotation(RolesAllowed.class);
      return new Access(false, onType == null ? new String[0] : onType.value());
    }

    public boolean declared() {
      return permitAll || roles.length > 0;
    }
  }
}
