package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400, naming each field and what is wrong with it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;
  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> fields =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        fields.size() == 1
            ? fields.get(0).field() + ": " + fields.get(0).message()
            : fields.size()
                + " fields are not valid: "
                + String.join(", ", fields.stream().map(Problem.FieldError::field).toList());
    return errors.of(uri, 400, detail, fields, null);
  }

  /** The property path without the method and parameter names JAX-RS puts in front. */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new java.util.ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      boolean last = i == nodes.size() - 1;
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
        case PARAMETER -> {
          if (last) {
            field.append(node.getName()); // a parameter that is itself the offender
          }
        }
        default -> {
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(node.getName());
          if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    return field.isEmpty() ? "request" : field.toString();
  }
}
