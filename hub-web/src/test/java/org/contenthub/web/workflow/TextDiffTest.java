package org.contenthub.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void wordsThatChangedAreMarkedTheRestStays() {
    List<TextDiff.Segment> diff =
        TextDiff.of(
            "Houten bespaart 30% op verlichting", "Houten bespaart 40% op straatverlichting");
    assertThat(diff)
        .containsExactly(
            new TextDiff.Segment(TextDiff.Kind.SAME, "Houten bespaart "),
            new TextDiff.Segment(TextDiff.Kind.REMOVED, "30%"),
            new TextDiff.Segment(TextDiff.Kind.ADDED, "40%"),
            new TextDiff.Segment(TextDiff.Kind.SAME, " op "),
            new TextDiff.Segment(TextDiff.Kind.REMOVED, "verlichting"),
            new TextDiff.Segment(TextDiff.Kind.ADDED, "straatverlichting"));
    assertThat(TextDiff.changed(diff)).isTrue();
    assertThat(TextDiff.changed(TextDiff.of("zelfde tekst", "zelfde tekst"))).isFalse();
  }

  @Test
  void richTextIsComparedAsTheTextAReaderSees() {
    assertThat(TextDiff.plainText("<p>Eerste &amp; <strong>vet</strong></p><p>Tweede<br>regel</p>"))
        .isEqualTo("Eerste & vet\nTweede\nregel");
    List<TextDiff.Segment> diff =
        TextDiff.of(
            TextDiff.plainText("<p>Een</p><p>Twee</p>"),
            TextDiff.plainText("<p>Een</p><p>Drie</p>"));
    assertThat(diff)
        .containsExactly(
            new TextDiff.Segment(TextDiff.Kind.SAME, "Een\n"),
            new TextDiff.Segment(TextDiff.Kind.REMOVED, "Twee"),
            new TextDiff.Segment(TextDiff.Kind.ADDED, "Drie"));
  }

  @Test
  void emptyTexts() {
    assertThat(TextDiff.of("", "")).isEmpty();
    assertThat(TextDiff.of(null, "nieuw"))
        .containsExactly(new TextDiff.Segment(TextDiff.Kind.ADDED, "nieuw"));
    assertThat(TextDiff.plainText(null)).isEmpty();
  }
}
