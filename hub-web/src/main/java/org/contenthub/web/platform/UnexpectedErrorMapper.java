package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody planned for: logged in full with an incident number, answered with that number
 * and never with a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  private static boolean isUniqueViolation(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Response toResponse(Throwable exception) {
    if (exception instanceof jakarta.persistence.OptimisticLockException
        || exception.getCause() instanceof jakarta.persistence.OptimisticLockException) {
      return errors.of(
          uri,
          409,
          "Someone else changed this in the meantime. Reload it and apply your change again.",
          null,
          null);
    }
    if (isUniqueViolation(exception)) {
      // Two people doing the same at the same moment: the database kept the first.
      return errors.of(
          uri,
          409,
          "This exists already (someone just made the same). Reload and look again.",
          null,
          null);
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident + " on /" + uri.getPath(), exception);
    return errors.of(
        uri,
        500,
        "Something went wrong on our side (incident "
            + incident
            + "). Nothing was changed; please try again.",
        null,
        null);
  }
}
