package org.contenthub.web.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.WebUrl;

/**
 * One block of a newsletter as the communicator composed it. Which fields count depends on the
 * type: {@code heading} and {@code text} use {@code text}; {@code image} uses {@code url} and
 * {@code alt}; {@code button} uses {@code label} and {@code url}; {@code item} uses {@code itemId}
 * (title, summary, image, commentary and link come from the hub item when the mail is made); {@code
 * divider} uses nothing.
 */
public record Block(String type, String text, String url, String label, String alt, Long itemId) {

  public static final List<String> TYPES =
      List.of("item", "heading", "text", "image", "button", "divider");

  static final int MAX_TEXT = 20_000;
  static final int MAX_SHORT = 300;

  public Block {
    type = type == null ? null : type.strip().toLowerCase(Locale.ROOT);
    text = trimmed(text);
    url = trimmed(url);
    label = trimmed(label);
    alt = trimmed(alt);
  }

  public static Block heading(String text) {
    return new Block("heading", text, null, null, null, null);
  }

  public static Block text(String text) {
    return new Block("text", text, null, null, null, null);
  }

  public static Block item(long itemId) {
    return new Block("item", null, null, null, null, itemId);
  }

  public static Block button(String label, String url) {
    return new Block("button", null, url, label, null, null);
  }

  public static Block image(String url, String alt) {
    return new Block("image", null, url, null, alt, null);
  }

  public static Block divider() {
    return new Block("divider", null, null, null, null, null);
  }

  /** What is wrong with this block, each error naming {@code blocks[index].field}. */
  List<FieldError> problems(int index) {
    String at = "blocks[" + index + "].";
    List<FieldError> errors = new ArrayList<>();
    if (type == null || !TYPES.contains(type)) {
      errors.add(new FieldError(at + "type", "must be one of " + String.join(", ", TYPES)));
      return errors;
    }
    switch (type) {
      case "heading" -> require(errors, at + "text", text, MAX_SHORT);
      case "text" -> require(errors, at + "text", text, MAX_TEXT);
      case "image" -> {
        requireUrl(errors, at + "url", url);
        optional(errors, at + "alt", alt, MAX_SHORT);
      }
      case "button" -> {
        require(errors, at + "label", label, 80);
        requireUrl(errors, at + "url", url);
      }
      case "item" -> {
        if (itemId == null) {
          errors.add(new FieldError(at + "itemId", "must name a hub item"));
        }
      }
      default -> {}
    }
    return errors;
  }

  private static void require(List<FieldError> errors, String field, String value, int max) {
    if (value == null) {
      errors.add(new FieldError(field, "must not be blank"));
    } else {
      optional(errors, field, value, max);
    }
  }

  private static void optional(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static void requireUrl(List<FieldError> errors, String field, String value) {
    if (value == null) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (!WebUrl.Validator.isWebUrl(value) || value.length() > 2048) {
      errors.add(new FieldError(field, "must be an http or https address"));
    }
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
