package org.contenthub.web.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a person should know, shown in the hub until they read it. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** The message key after {@code notice.}, e.g. {@code workflow.submit}. */
  @Column(nullable = false, length = 64)
  private String kind;

  /** What it is about, e.g. a submission's title ({@code {0}} in the message). */
  @Column(nullable = false, length = 300)
  private String subject;

  /** Who did it ({@code {1}} in the message), if someone did. */
  @Column(name = "actor_name", length = 200)
  private String actorName;

  /** Where to look: a path in the hub. */
  @Column(nullable = false, length = 500)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {}

  public Notice(long accountId, String kind, String subject, String actorName, String link) {
    this.accountId = accountId;
    this.kind = kind;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.actorName = actorName;
    this.link = link;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getActorName() {
    return actorName;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  void markRead() {
    if (readAt == null) {
      readAt = Instant.now();
    }
  }

  /** The message key of its text. */
  public String messageKey() {
    return "notice." + kind;
  }
}
