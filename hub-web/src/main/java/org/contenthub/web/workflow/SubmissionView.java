package org.contenthub.web.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A submission as its reader sees it: with what they may do now, and in the detail its audit trail
 * and text versions.
 */
public record SubmissionView(
    long id,
    String title,
    String body,
    String type,
    String channel,
    List<String> links,
    String state,
    Person author,
    Person editor,
    Long itemId,
    OffsetDateTime scheduledAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    boolean hasImage,
    boolean reviewRequired,
    boolean editable,
    List<String> allowedActions,
    List<Event> events,
    List<Version> versions,
    List<File> attachments) {

  /**
   * A file that came with it (not the photo), downloaded from {@code url}; {@code null} outside the
   * detail.
   */
  public record File(long id, String filename, String mediaType, long size, String url) {}

  /** Someone involved, by account id and name. */
  public record Person(long id, String name) {}

  /** One line of the audit trail. */
  public record Event(
      String actor, String action, String from, String to, String comment, OffsetDateTime at) {

    static Event of(SubmissionEvent e) {
      return new Event(
          e.getActorName(),
          e.getAction(),
          e.getFromState() == null ? null : e.getFromState().id(),
          e.getToState().id(),
          e.getComment(),
          time(e.getOccurredAt()));
    }
  }

  /** One text version; {@code conflict} marks a save that lost to someone else's. */
  public record Version(
      int number, String title, String author, boolean conflict, OffsetDateTime at) {

    static Version of(SubmissionVersion v) {
      return new Version(
          v.getNumber(), v.getTitle(), v.getAuthorName(), v.isConflict(), time(v.getCreatedAt()));
    }
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
