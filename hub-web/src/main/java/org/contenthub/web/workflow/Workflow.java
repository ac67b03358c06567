package org.contenthub.web.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of the editorial workflow, free of any framework so it can be tested on its
 * own. Who may do what:
 *
 * <ul>
 *   <li>the author: submit a draft or a returned submission, and edit it while it is theirs;
 *   <li>an editor: claim a submitted one (or take over one in editing), return it to its author,
 *       reject it, send it to review, and schedule or publish it when no review is required or once
 *       a supervisor approved it; edit it while in editing;
 *   <li>a supervisor: approve one in review, return it to the editor, or reject it.
 * </ul>
 */
public final class Workflow {

  private Workflow() {}

  /**
   * The facts about the person acting that the rules need.
   *
   * @param author whether they wrote the submission
   * @param editor whether they hold the EDITOR role
   * @param supervisor whether they hold the SUPERVISOR role
   * @param claimant whether they are the editor who claimed it
   */
  public record Actor(boolean author, boolean editor, boolean supervisor, boolean claimant) {

    /** Someone who could do anything: to tell a wrong role (403) from a wrong state (409). */
    static final Actor ANYONE = new Actor(true, true, true, false);
  }

  /** The actions {@code actor} may take now. */
  public static Set<Action> allowed(SubmissionState state, Actor actor, boolean reviewRequired) {
    Set<Action> allowed = EnumSet.noneOf(Action.class);
    switch (state) {
      case DRAFT, RETURNED -> {
        if (actor.author()) {
          allowed.add(Action.SUBMIT);
        }
      }
      case SUBMITTED -> {
        if (actor.editor()) {
          allowed.addAll(EnumSet.of(Action.CLAIM, Action.RETURN, Action.REJECT));
        }
      }
      case IN_EDITING -> {
        if (actor.editor()) {
          if (!actor.claimant()) {
            allowed.add(Action.CLAIM); // take over from a colleague
          }
          allowed.addAll(EnumSet.of(Action.RETURN, Action.REJECT, Action.SEND_TO_REVIEW));
          if (!reviewRequired) {
            allowed.addAll(EnumSet.of(Action.SCHEDULE, Action.PUBLISH));
          }
        }
      }
      case IN_REVIEW -> {
        if (actor.supervisor()) {
          allowed.addAll(EnumSet.of(Action.APPROVE, Action.RETURN, Action.REJECT));
        }
      }
      case APPROVED, SCHEDULED -> {
        if (actor.editor()) {
          allowed.addAll(EnumSet.of(Action.SCHEDULE, Action.PUBLISH));
        }
      }
      case PUBLISHED, REJECTED -> {
        // final
      }
    }
    return allowed;
  }

  /**
   * Whether anyone at all could take the action in this state: if so, a refusal is about the role
   * (403); if not, about the state (409).
   */
  public static boolean possible(SubmissionState state, Action action, boolean reviewRequired) {
    return allowed(state, Actor.ANYONE, reviewRequired).contains(action);
  }

  /** Where the action leads from this state. */
  public static SubmissionState target(SubmissionState from, Action action) {
    return switch (action) {
      case SUBMIT -> SubmissionState.SUBMITTED;
      case CLAIM -> SubmissionState.IN_EDITING;
      // a supervisor's return goes back to the editor; an editor's to the author
      case RETURN ->
          from == SubmissionState.IN_REVIEW ? SubmissionState.IN_EDITING : SubmissionState.RETURNED;
      case SEND_TO_REVIEW -> SubmissionState.IN_REVIEW;
      case APPROVE -> SubmissionState.APPROVED;
      case REJECT -> SubmissionState.REJECTED;
      case SCHEDULE -> SubmissionState.SCHEDULED;
      case PUBLISH -> SubmissionState.PUBLISHED;
    };
  }

  /** Whether the actor may change the text now. */
  public static boolean mayEdit(SubmissionState state, Actor actor) {
    return switch (state) {
      case DRAFT, RETURNED -> actor.author();
      case IN_EDITING -> actor.editor();
      default -> false;
    };
  }
}
