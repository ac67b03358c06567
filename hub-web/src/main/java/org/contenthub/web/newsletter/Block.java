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

  /**
   * What is wrong with this block, each error naming {@code blocks[index].field}. A draft may have
   * blocks still empty; a newsletter about to be sent ({@code complete}) may not.
   */
  List<FieldError> problems(int index, boolean complete) {
    String at = "blocks[" + index + "].";
    List<FieldError> errors = new ArrayList<>();
    if (type == null || !TYPES.contains(type)) {
      errors.add(new FieldError(at + "type", "must be one of " + String.join(", ", TYPES)));
      return errors;
    }
    switch (type) {
      case "heading" -> text(errors, at + "text", text, MAX_SHORT, complete);
      case "text" -> text(errors, at + "text", text, MAX_TEXT, complete);
      case "image" -> {
        url(errors, at + "url", url, complete);
        optional(errors, at + "alt", alt, MAX_SHORT);
      }
      case "button" -> {
        text(errors, at + "label", label, 80, complete);
        url(errors, at + "url", url, complete);
      }
      case "item" -> {
        if (itemId == null && complete) {
          errors.add(new FieldError(at + "itemId", "must name a hub item"));
        }
      }
      default -> {}
    }
    return errors;
  }

  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null && required) {
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

  private static void url(List<FieldError> errors, String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        errors.add(new FieldError(field, "must not be blank"));
      }
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
