package org.contenthub.web.items;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemInputValidationTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aCompleteItemIsValid() {
    ItemInput input = new ItemInput("Nieuwe vestiging", "press_release", "nl");
    input.tags = List.of("Uitbreiding", "#vestigingen", " werken bij ");
    input.imageUrl = "https://polderlicht.example/beeld.jpg";
    input.visibility = "Department";
    assertThat(validator.validate(input)).isEmpty();
  }

  @Test
  void namesEveryOffendingField() {
    ItemInput input = new ItemInput(" ", "myspace", "de");
    input.sourceUrl = "javascript:alert(1)";
    input.visibility = "secret";
    input.version = -1L;
    assertThat(fields(validator.validate(input)))
        .containsExactlyInAnyOrder(
            "title", "channel", "language", "sourceUrl", "visibility", "version");
  }

  @Test
  void tagsAreShortWordsAndAtMostTwenty() {
    ItemInput input = new ItemInput("t", "blog", "nl");
    input.tags = List.of("<script>");
    assertThat(fields(validator.validate(input))).containsExactly("tags");
    input.tags = Collections.nCopies(21, "tag");
    assertThat(fields(validator.validate(input))).containsExactly("tags");
    input.tags = List.of("x".repeat(65));
    assertThat(fields(validator.validate(input))).containsExactly("tags");
    assertThat(Tags.normalise(List.of("#Innovatie", "innovatie ", "Employee  Advocacy")))
        .containsExactly("employee advocacy", "innovatie");
  }

  private static List<String> fields(Set<ConstraintViolation<ItemInput>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
  }
}
