package org.contenthub.web.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A text a submission had: every save makes one. A save that lost a race with someone else's is
 * kept too, marked {@code conflict}, so no text is ever silently overwritten.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

  @Id
  @SequenceGenerator(
      name = "submission_version_seq",
      sequenceName = "submission_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_version_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1_000_000)
  private String body;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  @Column(nullable = false)
  private boolean conflict;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubmissionVersion() {}

  public SubmissionVersion(
      long submissionId,
      int number,
      String title,
      String body,
      Long authorId,
      String authorName,
      boolean conflict) {
    this.submissionId = submissionId;
    this.number = number;
    this.title = title;
    this.body = body;
    this.authorId = authorId;
    this.authorName = authorName;
    this.conflict = conflict;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
