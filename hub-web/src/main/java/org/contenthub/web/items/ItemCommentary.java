package org.contenthub.web.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.contenthub.web.security.Account;

/** Another expert's commentary on an item someone curated before: sanitised HTML. */
@Entity
@Table(name = "item_commentary")
public class ItemCommentary {

  @Id
  @SequenceGenerator(
      name = "item_comment_seq",
      sequenceName = "item_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_comment_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "author_id")
  private Account author;

  @Column(nullable = false, length = 20_000)
  private String commentary;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ItemCommentary() {}

  ItemCommentary(long itemId, Account author, String commentary) {
    this.itemId = itemId;
    this.author = author;
    this.commentary = commentary;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Account getAuthor() {
    return author;
  }

  public String getCommentary() {
    return commentary;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
