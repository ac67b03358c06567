package org.contenthub.web.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who did what to a submission, when, from which state to which. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent {

  /** The action of a plain edit (no state change) and of creating a submission. */
  public static final String EDIT = "edit";

  public static final String CREATE = "create";

  @Id
  @SequenceGenerator(
      name = "submission_event_seq",
      sequenceName = "submission_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_event_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name", nullable = false, length = 200)
  private String actorName;

  @Column(nullable = false, length = 32)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 16)
  private SubmissionState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 16)
  private SubmissionState toState;

  @Column(length = 4000)
  private String comment;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected SubmissionEvent() {}

  public SubmissionEvent(
      long submissionId,
      Long actorId,
      String actorName,
      String action,
      SubmissionState fromState,
      SubmissionState toState,
      String comment) {
    this.submissionId = submissionId;
    this.actorId = actorId;
    this.actorName = actorName;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.comment = comment;
    this.occurredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public SubmissionState getFromState() {
    return fromState;
  }

  public SubmissionState getToState() {
    return toState;
  }

  public String getComment() {
    return comment;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
