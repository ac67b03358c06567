package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not the JSON we expect (broken syntax, an unknown field, a wrong type):
 * 400 with what the parser found, and the field when it can be named.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<ProcessingException> {

  /** Yasson's words for an unknown field ("Json property x can not be mapped to a class"). */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("(?i)json property ([\\w.-]+) can ?not be mapped");

  private static final Pattern NAMED_PROPERTY =
      Pattern.compile("(?i)(?:property|field|member)\\s*[:\\[\"']*\\s*\"?([\\w.-]+)");

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(ProcessingException exception) {
    String cause = rootMessage(exception);
    Matcher unknown = UNKNOWN_PROPERTY.matcher(cause);
    if (unknown.find()) {
      String field = unknown.group(1);
      return errors.of(
          uri,
          400,
          "Unknown field '"
              + field
              + "': check its spelling against the API documentation at /openapi.",
          List.of(new Problem.FieldError(field, "unknown field")),
          null);
    }
    Matcher named = NAMED_PROPERTY.matcher(cause);
    if (named.find()) {
      String field = named.group(1);
      return errors.of(
          uri,
          400,
          "The value of '" + field + "' has the wrong type or format.",
          List.of(new Problem.FieldError(field, "wrong type or format")),
          null);
    }
    return errors.of(uri, 400, "The request body is not valid JSON: " + cause, null, null);
  }

  private static String rootMessage(Throwable exception) {
    Throwable root = exception;
    String message = exception.getMessage();
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root.getMessage() != null) {
        message = root.getMessage();
      }
    }
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }
}
