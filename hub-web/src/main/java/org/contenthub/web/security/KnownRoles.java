package org.contenthub.web.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * Every role is one the hub knows. One constraint on the set, as OpenAPI cannot read element
 * constraints.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = KnownRoles.Validator.class)
public @interface KnownRoles {
  String message() default
      "each must be one of EMPLOYEE, EXPERT, EDITOR, SUPERVISOR, COMMUNICATIONS, ADMIN, EXTERNAL_AMBASSADOR";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownRoles, Set<String>> {
    @Override
    public boolean isValid(Set<String> roles, ConstraintValidatorContext context) {
      return roles == null || roles.stream().allMatch(Roles::isKnown);
    }
  }
}
