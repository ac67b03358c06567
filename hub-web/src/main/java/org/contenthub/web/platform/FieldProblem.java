package org.contenthub.web.platform;

import java.util.List;

/**
 * Input a service refuses after Bean Validation passed (a rule across fields, a limit that depends
 * on the data), field by field; answered as 400 with {@code errors} like validation.
 */
public class FieldProblem extends RuntimeException {

  private final transient List<Problem.FieldError> errors;

  public FieldProblem(List<Problem.FieldError> errors) {
    super(
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size()
                + " fields are not valid: "
                + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()));
    this.errors = List.copyOf(errors);
  }

  public FieldProblem(String field, String message) {
    this(List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
