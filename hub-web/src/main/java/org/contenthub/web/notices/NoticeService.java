package org.contenthub.web.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.Viewer;

/** The rules of notices: anyone may be told something; only they see and clear their own. */
@ApplicationScoped
public class NoticeService {

  @Inject NoticeRepository notices;

  /** A notice as its reader sees it, in their language. */
  public record NoticeView(long id, String text, String link, boolean read, OffsetDateTime at) {}

  /**
   * Tells these accounts something, in the caller's transaction: the notice exists exactly when the
   * change it reports was committed.
   */
  @Transactional
  public void notify(
      Collection<Long> accountIds, String kind, String subject, String actorName, String link) {
    for (Long accountId : new LinkedHashSet<>(accountIds)) {
      if (accountId != null) {
        notices.save(new Notice(accountId, kind, subject, actorName, link));
      }
    }
  }

  @Transactional
  public long unread(Viewer viewer) {
    return viewer.isAnonymous() ? 0 : notices.unread(viewer.accountId());
  }

  @Transactional
  public Paged<NoticeView> list(Viewer viewer, int page, int size, Messages messages) {
    long total = notices.count(viewer.accountId());
    return new Paged<>(
        notices.ofAccount(viewer.accountId(), (page - 1) * size, size).stream()
            .map(n -> view(n, messages))
            .toList(),
        page,
        size,
        total);
  }

  /** Marks one of the viewer's notices read and says where it points. */
  @Transactional
  public NoticeView read(long id, Viewer viewer, Messages messages) {
    Notice notice =
        notices
            .findById(id)
            .filter(n -> n.getAccountId() == viewer.accountId())
            .orElseThrow(() -> new NotFoundException("There is no notice " + id + "."));
    notice.markRead();
    return view(notice, messages);
  }

  @Transactional
  public int readAll(Viewer viewer) {
    return notices.markAllRead(viewer.accountId(), Instant.now());
  }

  static NoticeView view(Notice notice, Messages messages) {
    return new NoticeView(
        notice.getId(),
        messages.t(
            notice.messageKey(),
            notice.getSubject(),
            notice.getActorName() == null ? "" : notice.getActorName()),
        notice.getLink(),
        notice.isRead(),
        notice.getCreatedAt().atOffset(ZoneOffset.UTC));
  }
}
