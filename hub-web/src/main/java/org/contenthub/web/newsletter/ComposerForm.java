package org.contenthub.web.newsletter;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.TimeAgo;

/**
 * The composer page's form: subject, lists and blocks ({@code b0.type}, {@code b0.text}, …) plus
 * the button pressed ({@code op}): {@code save}, {@code add:<type>}, {@code up:<i>}, {@code
 * down:<i>}, {@code remove:<i>}, {@code order} (a drag and drop gave the new order), {@code test},
 * {@code send} or {@code schedule}. Every change works without JavaScript.
 */
record ComposerForm(NewsletterInput input, String op, Instant scheduleAt) {

  static ComposerForm parse(MultivaluedMap<String, String> form) {
    NewsletterInput input = new NewsletterInput();
    input.subject = first(form, "subject").orElse("");
    input.preheader = first(form, "preheader").orElse(null);
    input.language = first(form, "language").orElse("nl");
    input.version = first(form, "version").map(ComposerForm::number).orElse(null);
    List<Long> lists = new ArrayList<>();
    for (String id : form.getOrDefault("listId", List.of())) {
      Long n = number(id);
      if (n != null) {
        lists.add(n);
      }
    }
    input.listIds = lists;
    List<Block> blocks = new ArrayList<>();
    int count = first(form, "blocks").map(ComposerForm::number).orElse(0L).intValue();
    for (int i = 0; i < Math.min(count, Blocks.MAX_BLOCKS); i++) {
      String at = "b" + i + ".";
      blocks.add(
          new Block(
              first(form, at + "type").orElse(null),
              first(form, at + "text").orElse(null),
              first(form, at + "url").orElse(null),
              first(form, at + "label").orElse(null),
              first(form, at + "alt").orElse(null),
              first(form, at + "itemId").map(ComposerForm::number).orElse(null)));
    }
    String op = first(form, "op").orElse("save");
    input.blocks = rearranged(blocks, op, first(form, "order").orElse(""));
    Instant at = null;
    if (op.equals("schedule")) {
      at = scheduleTime(first(form, "at").orElse(""));
    }
    return new ComposerForm(input, op, at);
  }

  /** The blocks after the button pressed: added, moved, removed or reordered. */
  static List<Block> rearranged(List<Block> blocks, String op, String order) {
    List<Block> result = new ArrayList<>(blocks);
    int colon = op.indexOf(':');
    String verb = colon < 0 ? op : op.substring(0, colon);
    String arg = colon < 0 ? "" : op.substring(colon + 1);
    switch (verb) {
      case "add" -> {
        if (Block.TYPES.contains(arg)) {
          result.add(new Block(arg, null, null, null, null, null));
        }
      }
      case "up", "down", "remove" -> {
        Long index = number(arg);
        if (index == null || index < 0 || index >= result.size()) {
          break;
        }
        int i = index.intValue();
        if (verb.equals("remove")) {
          result.remove(i);
        } else {
          int j = verb.equals("up") ? i - 1 : i + 1;
          if (j >= 0 && j < result.size()) {
            result.set(i, blocks.get(j));
            result.set(j, blocks.get(i));
          }
        }
      }
      case "order" -> {
        List<Block> ordered = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (String part : Arrays.asList(order.split(","))) {
          Long i = number(part);
          if (i != null && i >= 0 && i < blocks.size() && seen.add(i)) {
            ordered.add(blocks.get(i.intValue()));
          }
        }
        if (ordered.size() == blocks.size()) {
          return ordered;
        }
      }
      default -> {}
    }
    return result;
  }

  /** A {@code datetime-local} value, read in the organisation's time zone (Europe/Amsterdam). */
  static Instant scheduleTime(String value) {
    try {
      return LocalDateTime.parse(value.strip()).atZone(TimeAgo.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldProblem("at", "choose the date and time to send");
    }
  }

  private static Optional<String> first(MultivaluedMap<String, String> form, String key) {
    return Optional.ofNullable(form.getFirst(key));
  }

  private static Long number(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
