package org.contenthub.web.platform;

import java.util.List;

/**
 * An RFC 9457 problem detail: what the API answers instead of a stack trace. {@code detail} is
 * written for a person; {@code errors} names each offending field.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public record FieldError(String field, String message) {}
}
