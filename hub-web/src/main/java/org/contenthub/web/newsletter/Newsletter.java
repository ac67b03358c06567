package org.contenthub.web.newsletter;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A newsletter: subject, blocks (stored as JSON), the lists it goes to and its sending state. */
@Entity
@Table(name = "newsletter")
public class Newsletter {

  @Id
  @SequenceGenerator(name = "newsletter_seq", sequenceName = "newsletter_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_seq")
  private Long id;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(length = 300)
  private String preheader;

  @Column(nullable = false, length = 1_000_000)
  private String blocks;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false, length = 16)
  private String template = MailContent.CARDS;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NewsletterStatus status = NewsletterStatus.DRAFT;

  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(nullable = false)
  private int recipients;

  @Column(name = "digest_week", length = 10)
  private String digestWeek;

  /** Set on a share request: the item its recipients are asked to share. */
  @Column(name = "share_item_id")
  private Long shareItemId;

  /** Set on the weekly mail of a social media challenge: the challenge and its week. */
  @Column(name = "challenge_id")
  private Long challengeId;

  @Column(name = "challenge_week")
  private Integer challengeWeek;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "newsletter_list", joinColumns = @JoinColumn(name = "newsletter_id"))
  @Column(name = "list_id")
  private Set<Long> listIds = new LinkedHashSet<>();

  @Version private long version;

  protected Newsletter() {}

  public Newsletter(Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getPreheader() {
    return preheader;
  }

  public void setPreheader(String preheader) {
    this.preheader = preheader;
  }

  public String getBlocks() {
    return blocks;
  }

  public void setBlocks(String blocks) {
    this.blocks = blocks;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  public NewsletterStatus getStatus() {
    return status;
  }

  public void setStatus(NewsletterStatus status) {
    this.status = status;
  }

  public Instant getSendAt() {
    return sendAt;
  }

  public void setSendAt(Instant sendAt) {
    this.sendAt = sendAt;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getRecipients() {
    return recipients;
  }

  public void setRecipients(int recipients) {
    this.recipients = recipients;
  }

  /** The ISO week of a weekly digest ({@code 2026-W48}), or null for any other newsletter. */
  public Long getShareItemId() {
    return shareItemId;
  }

  public void setShareItemId(Long shareItemId) {
    this.shareItemId = shareItemId;
  }

  /** A share request is an automatic mail, not a newsletter a communicator wrote. */
  public boolean isShareRequest() {
    return shareItemId != null;
  }

  public String getDigestWeek() {
    return digestWeek;
  }

  public void setDigestWeek(String digestWeek) {
    this.digestWeek = digestWeek;
  }

  public Set<Long> getListIds() {
    return listIds;
  }

  public void setListIds(Set<Long> listIds) {
    this.listIds = new LinkedHashSet<>(listIds);
  }

  public long getVersion() {
    return version;
  }

  public Long getChallengeId() {
    return challengeId;
  }

  public Integer getChallengeWeek() {
    return challengeWeek;
  }

  /** Marks the newsletter as a challenge's weekly mail (one per week and language). */
  public void setChallengeWeek(long challengeId, int week) {
    this.challengeId = challengeId;
    this.challengeWeek = week;
  }

  public boolean isChallengeMail() {
    return challengeId != null;
  }
}
