package org.contenthub.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.contenthub.web.platform.Problem.FieldError;

/**
 * What page forms share: checking the input with the same Bean Validation rules as the API, and
 * reading the comma-separated lists people type.
 */
@ApplicationScoped
public class FormValidation {

  @Inject Validator validator;

  /** Every offending field with its message, in field order; empty when the input is valid. */
  public List<FieldError> errors(Object input) {
    return validator.validate(input).stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  /** "led, zorg , ,innovatie" → [led, zorg, innovatie]. */
  public static List<String> commaSeparated(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
