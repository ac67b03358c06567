package org.contenthub.web.attachments;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file on an item: a brochure, a PDF, slides, a photo. The bytes are loaded only when asked. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false, length = 255)
  private String filename;

  /** Decided from the bytes, never from the name the uploader gave. */
  @Column(name = "media_type", nullable = false, length = 255)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Basic(fetch = FetchType.LAZY)
  private byte[] thumbnail;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "extracted_text", length = 1_000_000)
  private String extractedText;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Attachment() {}

  Attachment(long itemId, StoredFile file, Long uploadedBy) {
    this.itemId = itemId;
    this.filename = file.filename();
    this.mediaType = file.mediaType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.thumbnail = file.thumbnail();
    this.extractedText = file.text();
    this.uploadedBy = uploadedBy;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public String getFilename() {
    return filename;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public byte[] getThumbnail() {
    return thumbnail;
  }

  public String getExtractedText() {
    return extractedText;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
