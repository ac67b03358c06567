package org.contenthub.web.newsletter;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.contenthub.web.platform.Problem.FieldError;

/** The blocks of a newsletter as stored (a JSON array in one column) and their rules. */
final class Blocks {

  static final int MAX_BLOCKS = 60;

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type LIST = new ArrayList<Block>() {}.getClass().getGenericSuperclass();

  private Blocks() {}

  static String toJson(List<Block> blocks) {
    return JSON.toJson(blocks, LIST);
  }

  static List<Block> fromJson(String json) {
    List<Block> blocks = JSON.fromJson(json, LIST);
    return blocks == null ? List.of() : List.copyOf(blocks);
  }

  /** See {@link Block#problems(int, boolean)}. */
  static List<FieldError> problems(List<Block> blocks, boolean complete) {
    List<FieldError> errors = new ArrayList<>();
    if (blocks.size() > MAX_BLOCKS) {
      errors.add(new FieldError("blocks", "at most " + MAX_BLOCKS + " blocks"));
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) == null) {
        errors.add(new FieldError("blocks[" + i + "]", "must not be empty"));
      } else {
        errors.addAll(blocks.get(i).problems(i, complete));
      }
    }
    return errors;
  }
}
