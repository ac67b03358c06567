package org.contenthub.web.workflow;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contenthub.web.platform.ErrorResponses;
import org.contenthub.web.platform.Problem;

/** 409 as RFC 9457 problem+json with the conflict's facts (allowed actions, versions). */
@Provider
public class WorkflowConflictMapper implements ExceptionMapper<WorkflowConflict> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(WorkflowConflict conflict) {
    if (!ErrorResponses.isApi(uri)) {
      return errors.of(uri, 409, conflict.getMessage(), null, null);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Conflict");
    problem.put("status", 409);
    problem.put("detail", conflict.getMessage());
    problem.put("instance", "/" + uri.getPath());
    problem.putAll(new java.util.TreeMap<>(conflict.facts()));
    return Response.status(409).type(Problem.MEDIA_TYPE).entity(JSON.toJson(problem)).build();
  }
}
