package org.contenthub.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One searchable thing that is not a person: a content item, a curated article (with the expert's
 * commentary), an internal story, an attachment's extracted text. hub-web builds it from its
 * entities; nothing here knows JPA.
 *
 * @param id unique key across the index (e.g. {@code item:42}, {@code attachment:7})
 * @param type {@code item}, {@code article}, {@code story}, {@code attachment}, ... (a facet)
 * @param title shown and weighted highest
 * @param summary teaser or fetched page description
 * @param body the main text
 * @param commentary the curating expert's commentary (curated articles)
 * @param attachmentText text extracted from attached files
 * @param tags tags (a facet and searched as text)
 * @param channel blog, linkedin, x, press, intranet, ... (a facet)
 * @param department owning department (a facet; visibility is separate)
 * @param language {@code nl}, {@code en}, or anything else (analysed as both)
 * @param publishedAt publication time, drives date sort and freshness; null means unknown
 * @param url link to open
 * @param authorId author or curating expert; ranks experts
 * @param visibility who may see it
 * @param favourites favourites count (popularity)
 * @param shares shares count (popularity)
 */
public record SearchDocument(
    String id,
    String type,
    String title,
    String summary,
    String body,
    String commentary,
    String attachmentText,
    List<String> tags,
    String channel,
    String department,
    String language,
    Instant publishedAt,
    String url,
    String authorId,
    Visibility visibility,
    int favourites,
    int shares) {

  public SearchDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    type = type == null || type.isBlank() ? "item" : type;
    tags = tags == null ? List.of() : List.copyOf(tags);
    visibility = visibility == null ? Visibility.internal() : visibility;
    favourites = Math.max(0, favourites);
    shares = Math.max(0, shares);
  }

  /** A convenient start for tests and sample data; use the canonical constructor otherwise. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Fluent builder, because the record has many optional parts. */
  public static final class Builder {
    private final String id;
    private String type = "item";
    private String title;
    private String summary;
    private String body;
    private String commentary;
    private String attachmentText;
    private List<String> tags = List.of();
    private String channel;
    private String department;
    private String language;
    private Instant publishedAt;
    private String url;
    private String authorId;
    private Visibility visibility = Visibility.internal();
    private int favourites;
    private int shares;

    private Builder(String id) {
      this.id = id;
    }

    public Builder type(String v) {
      type = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder summary(String v) {
      summary = v;
      return this;
    }

    public Builder body(String v) {
      body = v;
      return this;
    }

    public Builder commentary(String v) {
      commentary = v;
      return this;
    }

    public Builder attachmentText(String v) {
      attachmentText = v;
      return this;
    }

    public Builder tags(String... v) {
      tags = List.of(v);
      return this;
    }

    public Builder channel(String v) {
      channel = v;
      return this;
    }

    public Builder department(String v) {
      department = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder publishedAt(Instant v) {
      publishedAt = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder authorId(String v) {
      authorId = v;
      return this;
    }

    public Builder visibility(Visibility v) {
      visibility = v;
      return this;
    }

    public Builder favourites(int v) {
      favourites = v;
      return this;
    }

    public Builder shares(int v) {
      shares = v;
      return this;
    }

    public SearchDocument build() {
      return new SearchDocument(
          id,
          type,
          title,
          summary,
          body,
          commentary,
          attachmentText,
          tags,
          channel,
          department,
          language,
          publishedAt,
          url,
          authorId,
          visibility,
          favourites,
          shares);
    }
  }
}
