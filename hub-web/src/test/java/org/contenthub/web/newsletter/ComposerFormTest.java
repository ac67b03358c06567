package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import org.contenthub.web.platform.FieldProblem;
import org.junit.jupiter.api.Test;

/** The composer's buttons work on the blocks as submitted, without JavaScript. */
class ComposerFormTest {

  private final List<Block> blocks =
      List.of(Block.heading("Kop"), Block.text("Tekst"), Block.divider(), Block.item(7));

  @Test
  void addMoveRemoveAndReorder() {
    assertThat(ComposerForm.rearranged(blocks, "add:button", ""))
        .hasSize(5)
        .last()
        .extracting(Block::type)
        .isEqualTo("button");
    assertThat(ComposerForm.rearranged(blocks, "add:marquee", "")).isEqualTo(blocks);
    assertThat(ComposerForm.rearranged(blocks, "up:1", ""))
        .extracting(Block::type)
        .containsExactly("text", "heading", "divider", "item");
    assertThat(ComposerForm.rearranged(blocks, "down:3", "")).isEqualTo(blocks);
    assertThat(ComposerForm.rearranged(blocks, "remove:2", ""))
        .extracting(Block::type)
        .containsExactly("heading", "text", "item");
    assertThat(ComposerForm.rearranged(blocks, "remove:99", "")).isEqualTo(blocks);
    assertThat(ComposerForm.rearranged(blocks, "order", "3,0,2,1"))
        .extracting(Block::type)
        .containsExactly("item", "heading", "divider", "text");
    // an order that loses or repeats a block is ignored rather than losing content
    assertThat(ComposerForm.rearranged(blocks, "order", "3,3,0,1")).isEqualTo(blocks);
  }

  @Test
  void theWholeFormAndTheScheduleInDutchTime() {
    MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
    form.putSingle("subject", "Polderpost");
    form.putSingle("language", "en");
    form.put("listId", List.of("3", "x", "5"));
    form.putSingle("blocks", "2");
    form.putSingle("b0.type", "heading");
    form.putSingle("b0.text", "Hallo");
    form.putSingle("b1.type", "item");
    form.putSingle("b1.itemId", "12");
    form.putSingle("op", "schedule");
    form.putSingle("at", "2026-12-01T09:30");
    ComposerForm parsed = ComposerForm.parse(form);
    assertThat(parsed.input().listIds).containsExactly(3L, 5L);
    assertThat(parsed.input().blocks).containsExactly(Block.heading("Hallo"), Block.item(12));
    assertThat(parsed.scheduleAt()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));

    form.putSingle("at", "morgen");
    assertThatThrownBy(() -> ComposerForm.parse(form))
        .isInstanceOf(FieldProblem.class)
        .satisfies(e -> assertThat(((FieldProblem) e).errors().get(0).field()).isEqualTo("at"));
  }
}
