package org.contenthub.web.items;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.contenthub.web.security.Account;

/**
 * A piece of content on the hub: a publication, a curated article or an internal story. Body and
 * commentary are stored already sanitised, so every reader gets safe HTML.
 */
@Entity
@Table(name = "item")
public class Item {

  @Id
  @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 32)
  private ItemType type;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 2000)
  private String summary;

  @Column(length = 1_000_000)
  private String body;

  @Column(length = 20_000)
  private String commentary;

  @Column(name = "source_url", length = 2048)
  private String sourceUrl;

  @Column(name = "image_url", length = 2048)
  private String imageUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Channel channel;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(length = 100)
  private String department;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "author_id")
  private Account author;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Visibility visibility;

  @Column(nullable = false)
  private boolean shareable;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "tag", length = 64)
  private Set<String> tags = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The article's address without tracking parameters, so one article is one item. */
  @Column(name = "canonical_url", length = 2048)
  private String canonicalUrl;

  /** For items imported from a feed: which feed, its entry guid, and a digest of its content. */
  @Column(name = "feed_id")
  private Long feedId;

  @Column(name = "feed_guid", length = 1024)
  private String feedGuid;

  @Column(name = "feed_fingerprint", length = 64)
  private String feedFingerprint;

  /** Kept by {@link FavouriteRepository} with atomic updates; never written from the entity. */
  @Column(name = "favourite_count", insertable = false, updatable = false)
  private int favouriteCount;

  @Version private long version;

  protected Item() {}

  public Item(ItemType type, String title, Channel channel, String language, Account author) {
    this.type = type;
    this.title = title;
    this.channel = channel;
    this.language = language;
    this.author = author;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.publishedAt = createdAt;
    this.visibility = Visibility.INTERNAL;
  }

  public Long getId() {
    return id;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCommentary() {
    return commentary;
  }

  public void setCommentary(String commentary) {
    this.commentary = commentary;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  public String getImageUrl() {
    return imageUrl;
  }

  public void setImageUrl(String imageUrl) {
    this.imageUrl = imageUrl;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public Account getAuthor() {
    return author;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public boolean isShareable() {
    return shareable;
  }

  public void setShareable(boolean shareable) {
    this.shareable = shareable;
  }

  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  public void setTags(Set<String> tags) {
    this.tags.clear();
    this.tags.addAll(tags);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void touch() {
    this.updatedAt = Instant.now();
  }

  public String getCanonicalUrl() {
    return canonicalUrl;
  }

  public void setCanonicalUrl(String canonicalUrl) {
    this.canonicalUrl = canonicalUrl;
  }

  public Long getFeedId() {
    return feedId;
  }

  public String getFeedGuid() {
    return feedGuid;
  }

  public String getFeedFingerprint() {
    return feedFingerprint;
  }

  /** Marks the item as the import of a feed entry in its current form. */
  public void setFeedEntry(long feedId, String guid, String fingerprint) {
    this.feedId = feedId;
    this.feedGuid = guid;
    this.feedFingerprint = fingerprint;
  }

  public int getFavouriteCount() {
    return favouriteCount;
  }

  public long getVersion() {
    return version;
  }
}
