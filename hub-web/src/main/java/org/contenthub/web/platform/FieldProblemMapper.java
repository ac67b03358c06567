package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 naming each field, like Bean Validation failures. */
@Provider
public class FieldProblemMapper implements ExceptionMapper<FieldProblem> {

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(FieldProblem exception) {
    return errors.of(uri, 400, exception.getMessage(), exception.errors(), null);
  }
}
