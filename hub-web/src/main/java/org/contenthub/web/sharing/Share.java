package org.contenthub.web.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One share: a person passed an item on to a network with a tracked link of its own. The target
 * (UTM parameters included) is fixed here, so the redirect never takes an address from a request.
 */
@Entity
@Table(name = "share")
public class Share {

  @Id
  @SequenceGenerator(name = "share_seq", sequenceName = "share_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "share_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, length = 16)
  private String network;

  @Column(nullable = false, length = 32, unique = true)
  private String code;

  @Column(name = "target_url", nullable = false, length = 4096)
  private String targetUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The sharer's contacts on the network when sharing (0: unknown or not measured). */
  @Column(nullable = false)
  private int reach;

  protected Share() {}

  public Share(long itemId, Long accountId, Network network, String code, String targetUrl) {
    this(itemId, accountId, network, code, targetUrl, 0);
  }

  public Share(
      long itemId, Long accountId, Network network, String code, String targetUrl, int reach) {
    this.reach = reach;
    this.itemId = itemId;
    this.accountId = accountId;
    this.network = network.id();
    this.code = code;
    this.targetUrl = targetUrl;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getNetwork() {
    return network;
  }

  public String getCode() {
    return code;
  }

  public String getTargetUrl() {
    return targetUrl;
  }

  public int getReach() {
    return reach;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
