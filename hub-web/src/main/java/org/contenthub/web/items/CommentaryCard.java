package org.contenthub.web.items;

import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.TimeAgo;

/** A further commentary as the item page shows it. */
public record CommentaryCard(String author, String html, String date) {

  static CommentaryCard of(ItemCommentary commentary, Messages messages) {
    return new CommentaryCard(
        commentary.getAuthor() == null ? null : commentary.getAuthor().getDisplayName(),
        HtmlSanitizer.sanitize(commentary.getCommentary()),
        TimeAgo.date(commentary.getCreatedAt(), messages));
  }
}
