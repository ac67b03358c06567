package org.contenthub.web.workflow;

import jakarta.persistence.Column;
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
import java.util.List;
import org.contenthub.web.items.Channel;
import org.contenthub.web.security.Account;

/**
 * What a colleague handed in, on its way through the workflow. The body is stored sanitised. The
 * state changes only through {@link SubmissionService#transition}.
 */
@Entity
@Table(name = "submission")
public class Submission {

  @Id
  @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
  private Long id;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1_000_000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubmissionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Channel channel;

  /** One address per line. */
  @Column(length = 10_000)
  private String links;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubmissionState state;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "editor_id")
  private Account editor;

  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The number of the current text among the submission's versions. */
  @Column(name = "text_version", nullable = false)
  private int textVersion;

  @Version private long version;

  protected Submission() {}

  public Submission(
      String title,
      String body,
      SubmissionKind kind,
      Channel channel,
      List<String> links,
      Account author) {
    this.title = title;
    this.body = body;
    this.kind = kind;
    this.channel = channel;
    setLinks(links);
    this.author = author;
    this.state = SubmissionState.DRAFT;
    this.textVersion = 1;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
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

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public SubmissionKind getKind() {
    return kind;
  }

  public void setKind(SubmissionKind kind) {
    this.kind = kind;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public List<String> getLinks() {
    return links == null || links.isBlank() ? List.of() : List.of(links.split("\n"));
  }

  public void setLinks(List<String> links) {
    this.links = links == null || links.isEmpty() ? null : String.join("\n", links);
  }

  public SubmissionState getState() {
    return state;
  }

  void setState(SubmissionState state) {
    this.state = state;
  }

  public Account getAuthor() {
    return author;
  }

  public Account getEditor() {
    return editor;
  }

  void setEditor(Account editor) {
    this.editor = editor;
  }

  public Long getItemId() {
    return itemId;
  }

  void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  void setScheduledAt(Instant scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  void touch() {
    this.updatedAt = Instant.now();
  }

  public int getTextVersion() {
    return textVersion;
  }

  void setTextVersion(int textVersion) {
    this.textVersion = textVersion;
  }

  public long getVersion() {
    return version;
  }

  public boolean isAuthor(Long accountId) {
    return accountId != null && author != null && accountId.equals(author.getId());
  }

  public boolean isClaimedBy(Long accountId) {
    return accountId != null && editor != null && accountId.equals(editor.getId());
  }
}
