package org.contenthub.web.sharing;

import java.util.List;
import org.contenthub.web.platform.Problem;

/** Input the service refuses, field by field (answered as 400 with {@code errors}). */
public class ShareInputException extends RuntimeException {

  private final transient List<Problem.FieldError> errors;

  public ShareInputException(List<Problem.FieldError> errors) {
    super(
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size()
                + " fields are not valid: "
                + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()));
    this.errors = List.copyOf(errors);
  }

  public ShareInputException(String field, String message) {
    this(List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
