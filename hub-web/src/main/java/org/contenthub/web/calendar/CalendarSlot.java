package org.contenthub.web.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.contenthub.web.items.Channel;

/** One moment on the content calendar: a planned post, or an open slot for ideas. */
@Entity
@Table(name = "calendar_slot")
public class CalendarSlot {

  @Id
  @SequenceGenerator(
      name = "calendar_slot_seq",
      sequenceName = "calendar_slot_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_slot_seq")
  private Long id;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Channel channel;

  @Column(length = 300)
  private String title;

  @Column(length = 2000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SlotState state;

  @Column(name = "owner_username", length = 64)
  private String owner;

  @Column(name = "proposed_by", length = 64)
  private String proposedBy;

  @Column(name = "submission_id")
  private Long submissionId;

  /** The editor who gave the assignment this slot is the deadline of; null for other slots. */
  @Column(name = "assigned_by", length = 64)
  private String assignedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CalendarSlot() {}

  public CalendarSlot(Instant startsAt, Channel channel, String title, String note) {
    this.startsAt = startsAt;
    this.channel = channel;
    this.title = title;
    this.note = note;
    this.state = title == null ? SlotState.OPEN : SlotState.PLANNED;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  void setStartsAt(Instant startsAt) {
    this.startsAt = startsAt;
  }

  public Channel getChannel() {
    return channel;
  }

  void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public String getNote() {
    return note;
  }

  void setNote(String note) {
    this.note = note;
  }

  public SlotState getState() {
    return state;
  }

  void setState(SlotState state) {
    this.state = state;
  }

  public String getOwner() {
    return owner;
  }

  void setOwner(String owner) {
    this.owner = owner;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  void setProposedBy(String proposedBy) {
    this.proposedBy = proposedBy;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  void setAssignedBy(String editor) {
    this.assignedBy = editor;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  void setSubmissionId(Long submissionId) {
    this.submissionId = submissionId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  void touch() {
    this.updatedAt = Instant.now();
  }

  public long getVersion() {
    return version;
  }
}
