package org.contenthub.web.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the search index's outbox: this item changed at this moment. */
@Entity
@Table(name = "index_change")
public class IndexChange {

  @Id
  @SequenceGenerator(
      name = "index_change_seq",
      sequenceName = "index_change_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_change_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected IndexChange() {}

  public IndexChange(long itemId, Instant changedAt) {
    this.itemId = itemId;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
