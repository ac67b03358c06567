package org.contenthub.web.items;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.regex.Pattern;

/**
 * At most 20 tags, each a word or short phrase. One constraint on the list rather than type-use
 * constraints on its elements, which Payara's OpenAPI generator cannot read.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = TagList.Validator.class)
public @interface TagList {
  int MAX = 20;

  String message() default
      "at most 20 tags, each a word or short phrase of at most 64 letters, digits or spaces";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<TagList, List<String>> {
    private static final Pattern TAG = Pattern.compile(Tags.PATTERN);

    @Override
    public boolean isValid(List<String> tags, ConstraintValidatorContext context) {
      return tags == null
          || (tags.size() <= MAX
              && tags.stream().allMatch(t -> t != null && TAG.matcher(t.strip()).matches()));
    }
  }
}
