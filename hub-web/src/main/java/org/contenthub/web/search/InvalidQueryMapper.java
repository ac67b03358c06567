package org.contenthub.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.contenthub.search.InvalidQueryException;
import org.contenthub.web.platform.ErrorResponses;
import org.contenthub.web.platform.Problem;

/** A search hub-search refuses (too long, too many words, a page too deep): 400 saying why. */
@Provider
public class InvalidQueryMapper implements ExceptionMapper<InvalidQueryException> {

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(InvalidQueryException exception) {
    String field =
        switch (exception.reason()) {
          case BAD_PAGE, BAD_CURSOR -> "page";
          case UNKNOWN_FILTER -> "filter";
          default -> "q";
        };
    return errors.of(
        uri,
        400,
        exception.getMessage(),
        List.of(new Problem.FieldError(field, exception.getMessage())),
        null);
  }
}
