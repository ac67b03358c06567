package org.contenthub.web.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person's favourite: the lowest barrier to saying "this is good". */
@Entity
@Table(name = "favourite")
@IdClass(Favourite.Key.class)
public class Favourite {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Column(name = "item_id")
  private long itemId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Favourite() {}

  /** The composite key (person, item), as JPA wants it: a class with the same field names. */
  public static class Key implements Serializable {
    private long accountId;
    private long itemId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.accountId == accountId && key.itemId == itemId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(accountId) * 31 + Long.hashCode(itemId);
    }
  }
}
