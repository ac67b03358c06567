package org.contenthub.web.newsletter;

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

/** A list newsletters go to: computed from the accounts, or custom addresses. */
@Entity
@Table(name = "mailing_list")
public class MailingList {

  @Id
  @SequenceGenerator(
      name = "mailing_list_seq",
      sequenceName = "mailing_list_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailing_list_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ListKind kind;

  @Column(length = 100)
  private String criterion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected MailingList() {}

  public MailingList(String name, String description, ListKind kind, String criterion) {
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.criterion = criterion;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public ListKind getKind() {
    return kind;
  }

  public String getCriterion() {
    return criterion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
