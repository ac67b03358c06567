package org.contenthub.web.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A challenge: what it is about, the weeks it runs, the networks that count, how it ended. */
@Entity
@Table(name = "challenge")
public class Challenge {

  @Id
  @SequenceGenerator(name = "challenge_seq", sequenceName = "challenge_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 5000)
  private String description;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private int weeks;

  /** Network ids, comma-separated, in the order they were chosen. */
  @Column(nullable = false, length = 200)
  private String networks;

  @Column(name = "list_id")
  private Long listId;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "announced_at")
  private Instant announcedAt;

  /** The winners' names as announced (a tie has several), kept as they were then. */
  @Column(length = 1000)
  private String winners;

  @Column(name = "results_item_id")
  private Long resultsItemId;

  @Version private long version;

  protected Challenge() {}

  public Challenge(Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public int getWeeks() {
    return weeks;
  }

  public void setWeeks(int weeks) {
    this.weeks = weeks;
  }

  public List<String> getNetworks() {
    return Arrays.stream(networks.split(",")).filter(n -> !n.isBlank()).toList();
  }

  public void setNetworks(List<String> networks) {
    this.networks = String.join(",", networks);
  }

  public Long getListId() {
    return listId;
  }

  public void setListId(Long listId) {
    this.listId = listId;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAnnouncedAt() {
    return announcedAt;
  }

  public String getWinners() {
    return winners;
  }

  public Long getResultsItemId() {
    return resultsItemId;
  }

  public void announce(Instant at, String winners, Long resultsItemId) {
    this.announcedAt = at;
    this.winners = winners;
    this.resultsItemId = resultsItemId;
  }

  public long getVersion() {
    return version;
  }
}
