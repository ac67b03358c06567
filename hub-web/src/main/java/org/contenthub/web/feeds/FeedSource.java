package org.contenthub.web.feeds;

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
import java.util.Arrays;
import java.util.List;
import org.contenthub.web.items.Channel;

/**
 * A feed marketing publishes (blog, newsroom, vacancies, video channel), polled by the hub, with
 * what the hub remembers between polls (ETag, Last-Modified) and its latest status.
 */
@Entity
@Table(name = "feed")
public class FeedSource {

  @Id
  @SequenceGenerator(name = "feed_seq", sequenceName = "feed_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_seq")
  private Long id;

  @Column(nullable = false, length = 2048)
  private String url;

  @Column(length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Channel channel;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(length = 100)
  private String department;

  /** Comma-separated; tags are words without commas. */
  @Column(name = "default_tags", length = 1000)
  private String defaultTags;

  @Column(name = "poll_minutes", nullable = false)
  private int pollMinutes = 30;

  @Column(length = 512)
  private String etag;

  @Column(name = "last_modified", length = 100)
  private String lastModified;

  @Column(name = "next_poll_at", nullable = false)
  private Instant nextPollAt;

  @Column(name = "last_polled_at")
  private Instant lastPolledAt;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "items_found", nullable = false)
  private int itemsFound;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected FeedSource() {}

  public FeedSource(String url, Channel channel, String language) {
    this.url = url;
    this.channel = channel;
    this.language = language;
    this.createdAt = Instant.now();
    this.nextPollAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getTitle() {
    return title;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getLanguage() {
    return language;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public List<String> getDefaultTags() {
    return defaultTags == null || defaultTags.isBlank()
        ? List.of()
        : Arrays.asList(defaultTags.split(","));
  }

  public void setDefaultTags(List<String> tags) {
    this.defaultTags = tags == null || tags.isEmpty() ? null : String.join(",", tags);
  }

  public int getPollMinutes() {
    return pollMinutes;
  }

  public void setPollMinutes(int pollMinutes) {
    this.pollMinutes = pollMinutes;
  }

  public String getEtag() {
    return etag;
  }

  public String getLastModified() {
    return lastModified;
  }

  public Instant getNextPollAt() {
    return nextPollAt;
  }

  public Instant getLastPolledAt() {
    return lastPolledAt;
  }

  public Instant getLastSuccessAt() {
    return lastSuccessAt;
  }

  public Instant getLastErrorAt() {
    return lastErrorAt;
  }

  public String getLastError() {
    return lastError;
  }

  public int getItemsFound() {
    return itemsFound;
  }

  /** A poll that worked: what the server said about caching, and how many entries it had. */
  void succeeded(Instant at, String title, String etag, String lastModified, Integer entries) {
    this.lastPolledAt = at;
    this.lastSuccessAt = at;
    if (title != null && !title.isBlank()) {
      this.title = title.length() > 300 ? title.substring(0, 300) : title;
    }
    this.etag = etag;
    this.lastModified = lastModified;
    if (entries != null) {
      this.itemsFound = entries;
    }
    this.nextPollAt = at.plusSeconds(60L * pollMinutes);
  }

  /** A poll that failed: said on the feed's status, and tried again at the next interval. */
  void failed(Instant at, String error) {
    this.lastPolledAt = at;
    this.lastErrorAt = at;
    this.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    this.nextPollAt = at.plusSeconds(60L * pollMinutes);
  }
}
