package org.contenthub.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every action in every state for every kind of person: the complete table of who may do what,
 * written out once here by hand and compared with the state machine.
 */
class WorkflowTest {

  private static final Workflow.Actor AUTHOR = new Workflow.Actor(true, false, false, false);
  private static final Workflow.Actor COLLEAGUE = new Workflow.Actor(false, false, false, false);
  private static final Workflow.Actor EDITOR = new Workflow.Actor(false, true, false, false);
  private static final Workflow.Actor CLAIMANT = new Workflow.Actor(false, true, false, true);
  private static final Workflow.Actor SUPERVISOR = new Workflow.Actor(false, false, true, false);

  private static final Map<String, Workflow.Actor> PEOPLE =
      Map.of(
          "author", AUTHOR,
          "colleague", COLLEAGUE,
          "editor", EDITOR,
          "claimant", CLAIMANT,
          "supervisor", SUPERVISOR);

  /** The expected table: state → person → allowed actions, with review required. */
  private static Set<Action> expected(SubmissionState state, String person, boolean review) {
    EnumSet<Action> none = EnumSet.noneOf(Action.class);
    return switch (state) {
      case DRAFT, RETURNED -> person.equals("author") ? EnumSet.of(Action.SUBMIT) : none;
      case SUBMITTED ->
          person.equals("editor") || person.equals("claimant")
              ? EnumSet.of(Action.CLAIM, Action.RETURN, Action.REJECT)
              : none;
      case IN_EDITING -> {
        if (!person.equals("editor") && !person.equals("claimant")) {
          yield none;
        }
        EnumSet<Action> editing = EnumSet.of(Action.RETURN, Action.REJECT, Action.SEND_TO_REVIEW);
        if (person.equals("editor")) {
          editing.add(Action.CLAIM);
        }
        if (!review) {
          editing.addAll(EnumSet.of(Action.SCHEDULE, Action.PUBLISH));
        }
        yield editing;
      }
      case IN_REVIEW ->
          person.equals("supervisor")
              ? EnumSet.of(Action.APPROVE, Action.RETURN, Action.REJECT)
              : none;
      case APPROVED, SCHEDULED ->
          person.equals("editor") || person.equals("claimant")
              ? EnumSet.of(Action.SCHEDULE, Action.PUBLISH)
              : none;
      case PUBLISHED, REJECTED -> none;
    };
  }

  @ParameterizedTest
  @EnumSource(SubmissionState.class)
  void everyActionInEveryStateByEveryPerson(SubmissionState state) {
    for (boolean review : new boolean[] {true, false}) {
      for (Map.Entry<String, Workflow.Actor> person : PEOPLE.entrySet()) {
        Set<Action> allowed = Workflow.allowed(state, person.getValue(), review);
        assertThat(allowed)
            .as("%s in %s, review %s", person.getKey(), state, review)
            .isEqualTo(expected(state, person.getKey(), review));
        for (Action action : Action.values()) {
          boolean anyone =
              PEOPLE.keySet().stream().anyMatch(p -> expected(state, p, review).contains(action));
          assertThat(Workflow.possible(state, action, review))
              .as("%s possible in %s (review %s)", action, state, review)
              .isEqualTo(anyone);
        }
      }
    }
  }

  @Test
  void publishingNeedsApprovalWhenReviewIsRequired() {
    assertThat(Workflow.allowed(SubmissionState.IN_EDITING, CLAIMANT, true))
        .doesNotContain(Action.PUBLISH, Action.SCHEDULE)
        .contains(Action.SEND_TO_REVIEW);
    assertThat(Workflow.allowed(SubmissionState.APPROVED, CLAIMANT, true))
        .contains(Action.PUBLISH, Action.SCHEDULE);
    assertThat(Workflow.possible(SubmissionState.IN_EDITING, Action.PUBLISH, true)).isFalse();
  }

  @Test
  void rolesAddUp() {
    Workflow.Actor authorWhoEdits = new Workflow.Actor(true, true, false, false);
    assertThat(Workflow.allowed(SubmissionState.DRAFT, authorWhoEdits, true))
        .containsExactly(Action.SUBMIT);
    assertThat(Workflow.allowed(SubmissionState.SUBMITTED, authorWhoEdits, true))
        .contains(Action.CLAIM);
  }

  @Test
  void targets() {
    assertThat(Workflow.target(SubmissionState.DRAFT, Action.SUBMIT))
        .isEqualTo(SubmissionState.SUBMITTED);
    assertThat(Workflow.target(SubmissionState.RETURNED, Action.SUBMIT))
        .isEqualTo(SubmissionState.SUBMITTED);
    assertThat(Workflow.target(SubmissionState.SUBMITTED, Action.CLAIM))
        .isEqualTo(SubmissionState.IN_EDITING);
    assertThat(Workflow.target(SubmissionState.SUBMITTED, Action.RETURN))
        .as("an editor returns to the author")
        .isEqualTo(SubmissionState.RETURNED);
    assertThat(Workflow.target(SubmissionState.IN_REVIEW, Action.RETURN))
        .as("a supervisor returns to the editor")
        .isEqualTo(SubmissionState.IN_EDITING);
    assertThat(Workflow.target(SubmissionState.IN_EDITING, Action.SEND_TO_REVIEW))
        .isEqualTo(SubmissionState.IN_REVIEW);
    assertThat(Workflow.target(SubmissionState.IN_REVIEW, Action.APPROVE))
        .isEqualTo(SubmissionState.APPROVED);
    assertThat(Workflow.target(SubmissionState.IN_REVIEW, Action.REJECT))
        .isEqualTo(SubmissionState.REJECTED);
    assertThat(Workflow.target(SubmissionState.APPROVED, Action.SCHEDULE))
        .isEqualTo(SubmissionState.SCHEDULED);
    assertThat(Workflow.target(SubmissionState.SCHEDULED, Action.PUBLISH))
        .isEqualTo(SubmissionState.PUBLISHED);
  }

  @ParameterizedTest
  @EnumSource(SubmissionState.class)
  void whoMayEdit(SubmissionState state) {
    boolean authorMay = state == SubmissionState.DRAFT || state == SubmissionState.RETURNED;
    boolean editorMay = state == SubmissionState.IN_EDITING;
    assertThat(Workflow.mayEdit(state, AUTHOR)).isEqualTo(authorMay);
    assertThat(Workflow.mayEdit(state, EDITOR)).isEqualTo(editorMay);
    assertThat(Workflow.mayEdit(state, CLAIMANT)).isEqualTo(editorMay);
    assertThat(Workflow.mayEdit(state, SUPERVISOR)).isFalse();
    assertThat(Workflow.mayEdit(state, COLLEAGUE)).isFalse();
  }

  @Test
  void actionsAreSpelledAsTheApiSpellsThem() {
    assertThat(Action.parse("send-to-review")).contains(Action.SEND_TO_REVIEW);
    assertThat(Action.parse(" Publish ")).contains(Action.PUBLISH);
    assertThat(Action.parse("delete")).isEmpty();
    assertThat(Action.SEND_TO_REVIEW.id()).isEqualTo("send-to-review");
  }
}
