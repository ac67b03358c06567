package org.contenthub.web.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.tika.Tika;
import org.contenthub.web.attachments.Attachment;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.items.Channel;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemInput;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.notices.NoticeService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.platform.Problem;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;

/**
 * The rules of the editorial workflow and its transactions: who sees a submission, who may change
 * it, every transition with its audit line, every text as a version, notices and mails to the
 * people concerned, and publishing as a hub item.
 */
@ApplicationScoped
public class SubmissionService {

  private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

  /** Photo types shown inline in the hub: safe to render, checked by their bytes. */
  static final Set<String> IMAGE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  @Inject SubmissionRepository submissions;
  @Inject AccountService accounts;
  @Inject ItemService items;
  @Inject AttachmentService attachments;
  @Inject NoticeService notices;
  @Inject WorkflowSettings settings;
  @Inject HubSettings hub;
  @Inject Event<WorkflowMail> mails;

  private final Tika tika = new Tika();

  /** Two texts of a submission side by side, with what changed between them. */
  public record Comparison(
      SubmissionView.Version from,
      SubmissionView.Version to,
      List<TextDiff.Segment> title,
      List<TextDiff.Segment> body) {}

  // --- reading

  @Transactional
  public SubmissionView get(long id, Viewer viewer) {
    return view(visible(id, viewer), viewer, true);
  }

  /**
   * A page of submissions: colleagues see their own; editors and supervisors the whole queue
   * (everything but others' drafts), or their own with {@code mine}.
   */
  @Transactional
  public Paged<SubmissionView> list(SubmissionQuery query, Viewer viewer) {
    boolean queue = !query.mine && overseesQueue(viewer);
    SubmissionRepository.Slice slice =
        submissions.find(
            new SubmissionRepository.Filter(
                query.state == null ? null : SubmissionState.parse(query.state),
                query.channel == null ? null : Channel.parse(query.channel),
                queue ? null : viewer.accountId(),
                viewer.accountId(),
                query.page,
                query.size));
    return new Paged<>(
        slice.submissions().stream().map(s -> view(s, viewer, false)).toList(),
        query.page,
        query.size,
        slice.total());
  }

  @Transactional
  public SubmissionRepository.Image image(long id, Viewer viewer) {
    visible(id, viewer);
    return submissions
        .image(id)
        .orElseThrow(() -> new NotFoundException("This submission has no photo."));
  }

  /** Where a submission stands and the item it became, for features that link to it. */
  public record Status(String state, Long itemId) {}

  /** The state and item of these submissions (no text, so no visibility to check). */
  @Transactional
  public Map<Long, Status> statuses(java.util.Collection<Long> ids) {
    Map<Long, Status> statuses = new LinkedHashMap<>();
    for (Long id : new java.util.LinkedHashSet<>(ids)) {
      submissions
          .findById(id)
          .ifPresent(s -> statuses.put(id, new Status(s.getState().id(), s.getItemId())));
    }
    return statuses;
  }

  /** The text of one version. */
  @Transactional
  public SubmissionVersion version(long id, int number, Viewer viewer) {
    visible(id, viewer);
    return submissions
        .version(id, number)
        .orElseThrow(() -> new NotFoundException("There is no version " + number + "."));
  }

  /** What changed from version {@code from} to version {@code to}. */
  @Transactional
  public Comparison compare(long id, int from, int to, Viewer viewer) {
    SubmissionVersion a = version(id, from, viewer);
    SubmissionVersion b = version(id, to, viewer);
    return new Comparison(
        SubmissionView.Version.of(a),
        SubmissionView.Version.of(b),
        TextDiff.of(a.getTitle(), b.getTitle()),
        TextDiff.of(TextDiff.plainText(a.getBody()), TextDiff.plainText(b.getBody())));
  }

  // --- writing

  /** A new draft of the viewer's, with its first text version. */
  @Transactional
  public SubmissionView create(SubmissionInput input, Viewer author) {
    return doCreate(input, author);
  }

  /**
   * The submission form of the pages: the draft, its photo and, when asked, handing it in, all or
   * nothing (a refused photo leaves no draft behind).
   */
  @Transactional
  public SubmissionView createFromForm(
      SubmissionInput input, String imageName, byte[] image, boolean submitNow, Viewer author) {
    SubmissionRepository.Image checked = image == null ? null : checkedImage(imageName, image);
    SubmissionView created = doCreate(input, author);
    if (checked != null) {
      submissions.saveImage(created.id(), checked);
    }
    return submitNow
        ? doTransition(created.id(), new TransitionInput("submit", null, null), author)
        : get(created.id(), author);
  }

  /**
   * A submission that arrived by chat or mail from a known colleague: created and handed in at
   * once, the way it came in noted in the audit trail.
   */
  @Transactional
  public SubmissionView createReceived(SubmissionInput input, String via, Viewer author) {
    SubmissionView created = doCreate(input, author);
    return doTransition(created.id(), new TransitionInput("submit", "via " + via, null), author);
  }

  /** A file that came with a received submission: its name as sent and its bytes. */
  public record ReceivedFile(String filename, byte[] content) {}

  /** The audit-trail action of a file that came along but was not kept (the comment says why). */
  public static final String FILE_SKIPPED = "file-skipped";

  /**
   * As {@link #createReceived(SubmissionInput, String, Viewer)}, with the files that came along:
   * the first photo (PNG, JPEG, GIF, WebP by its bytes) becomes its photo, every other file the hub
   * accepts (the attachments' rules: size limit, type by content) one of its attachments. A refused
   * file is left out with a line in the audit trail saying which and why, as is each of {@code
   * notes} (what the intake itself could not unpack); the text always arrives.
   */
  @Transactional
  public SubmissionView createReceived(
      SubmissionInput input,
      String via,
      Viewer author,
      List<ReceivedFile> files,
      List<String> notes) {
    SubmissionView created = doCreate(input, author);
    List<String> skipped = new ArrayList<>(notes);
    boolean photo = false;
    for (ReceivedFile file : files) {
      AttachmentService.CheckedFile checked;
      try {
        checked = attachments.check(file.filename(), file.content());
      } catch (ClientErrorException refused) {
        skipped.add(displayName(file.filename()) + ": " + refused.getMessage());
        continue;
      }
      if (!photo && IMAGE_TYPES.contains(checked.mediaType())) {
        submissions.saveImage(
            created.id(),
            new SubmissionRepository.Image(
                checked.filename(), checked.mediaType(), checked.content()));
        photo = true;
      } else {
        submissions.saveAttachment(
            created.id(),
            checked.filename(),
            checked.mediaType(),
            checked.sha256(),
            checked.content());
      }
    }
    SubmissionView submitted =
        doTransition(created.id(), new TransitionInput("submit", "via " + via, null), author);
    if (skipped.isEmpty()) {
      return submitted;
    }
    for (String line : skipped) {
      submissions.saveEvent(
          new SubmissionEvent(
              created.id(),
              null,
              "Content Hub",
              FILE_SKIPPED,
              SubmissionState.SUBMITTED,
              SubmissionState.SUBMITTED,
              line.length() > 4000 ? line.substring(0, 3999) + "…" : line));
    }
    return get(created.id(), author);
  }

  private static String displayName(String filename) {
    return filename == null || filename.isBlank() ? "(no name)" : filename;
  }

  /** A file that came with the submission, for whoever may see the submission. */
  @Transactional
  public SubmissionRepository.File attachment(long id, long attachmentId, Viewer viewer) {
    visible(id, viewer);
    return submissions
        .attachment(id, attachmentId)
        .orElseThrow(() -> new NotFoundException("There is no such file on this submission."));
  }

  /**
   * Level-2 advocacy: an editor asks a colleague to write within a frame. The draft is the writer's
   * (they edit and submit it like their own); its history says who asked and the frame.
   */
  @Transactional
  public SubmissionView createAssigned(
      SubmissionInput input, String frame, String writerUsername, Viewer editor) {
    Account writer =
        accounts
            .findActive(writerUsername)
            .orElseThrow(() -> new FieldProblem("writer", "no active colleague has this name"));
    Cleaned clean = clean(input);
    Submission submission =
        submissions.save(
            new Submission(
                clean.title, clean.body, clean.kind, clean.channel, clean.links, writer));
    submissions.saveVersion(
        new SubmissionVersion(
            submission.getId(),
            1,
            clean.title,
            clean.body,
            editor.accountId(),
            editor.displayName(),
            false));
    submissions.saveEvent(
        new SubmissionEvent(
            submission.getId(),
            editor.accountId(),
            editor.displayName(),
            "assign",
            null,
            SubmissionState.DRAFT,
            frame));
    return view(submission, editor, false);
  }

  private SubmissionView doCreate(SubmissionInput input, Viewer author) {
    Cleaned clean = clean(input);
    Submission submission =
        submissions.save(
            new Submission(
                clean.title, clean.body, clean.kind, clean.channel, clean.links, account(author)));
    submissions.saveVersion(
        new SubmissionVersion(
            submission.getId(),
            1,
            clean.title,
            clean.body,
            author.accountId(),
            author.displayName(),
            false));
    submissions.saveEvent(
        new SubmissionEvent(
            submission.getId(),
            author.accountId(),
            author.displayName(),
            SubmissionEvent.CREATE,
            null,
            SubmissionState.DRAFT,
            null));
    return view(submission, author, true);
  }

  /**
   * Saves a new text. Edits queue up behind a row lock; one made on top of a version the saver had
   * not seen is refused with 409 and its text kept as a version marked conflict (committed: the
   * refusal does not roll it back), so both texts survive.
   */
  @Transactional(dontRollbackOn = WorkflowConflict.class)
  public SubmissionView update(long id, SubmissionInput input, Viewer editor) {
    return doUpdate(id, input, editor);
  }

  /**
   * The edit form of the pages, which shows rich text as plain text: when the text comes back as it
   * was shown, the stored rich text stays as it is. A new photo is checked before anything is
   * saved.
   */
  @Transactional(dontRollbackOn = WorkflowConflict.class)
  public SubmissionView updateFromForm(
      long id,
      SubmissionInput input,
      String typedBody,
      String imageName,
      byte[] image,
      Viewer editor) {
    SubmissionRepository.Image checked = image == null ? null : checkedImage(imageName, image);
    Submission current = visible(id, editor);
    String shown = SubmissionForm.editableText(current.getBody());
    String typed = typedBody == null ? "" : typedBody.replace("\r\n", "\n").strip();
    if (shown.equals(typed)) {
      input.body = current.getBody();
    }
    SubmissionView updated = doUpdate(id, input, editor);
    if (checked != null) {
      submissions.saveImage(id, checked);
    }
    return updated;
  }

  /** What waits for a supervisor, oldest first, with the text to review. */
  @Transactional
  public List<SubmissionView> reviewQueue(Viewer viewer) {
    return submissions
        .find(
            new SubmissionRepository.Filter(
                SubmissionState.IN_REVIEW, null, null, viewer.accountId(), 1, 50))
        .submissions()
        .stream()
        .map(s -> view(s, viewer, true))
        .toList();
  }

  private SubmissionView doUpdate(long id, SubmissionInput input, Viewer editor) {
    if (input.version == null) {
      throw new FieldProblem("version", "send the version you read, so no one's change is lost");
    }
    Submission submission = locked(id, editor);
    Workflow.Actor actor = actorOf(submission, editor);
    if (!Workflow.mayEdit(submission.getState(), actor)) {
      if (Workflow.mayEdit(submission.getState(), Workflow.Actor.ANYONE)) {
        throw new ForbiddenException(
            submission.getState() == SubmissionState.IN_EDITING
                ? "Only editors change a submission in editing."
                : "Only its author changes a submission while it is "
                    + submission.getState().id()
                    + ".");
      }
      throw new WorkflowConflict(
          "A submission that is "
              + submission.getState().id()
              + " cannot be changed."
              + (submission.getState() == SubmissionState.SUBMITTED
                  ? " An editor claims it first."
                  : ""),
          Map.of("state", submission.getState().id()));
    }
    Cleaned clean = clean(input);
    int next = submissions.lastVersionNumber(id) + 1;
    if (input.version != submission.getVersion()) {
      submissions.saveVersion(
          new SubmissionVersion(
              id, next, clean.title, clean.body, editor.accountId(), editor.displayName(), true));
      submissions.saveEvent(
          new SubmissionEvent(
              id,
              editor.accountId(),
              editor.displayName(),
              "edit-conflict",
              submission.getState(),
              submission.getState(),
              "text version " + next));
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("currentVersion", submission.getVersion());
      facts.put("currentTextVersion", submission.getTextVersion());
      facts.put("yourTextVersion", next);
      throw new WorkflowConflict(
          "Someone else saved this submission first (you edited version "
              + input.version
              + ", it is now at "
              + submission.getVersion()
              + "). Your text is kept as text version "
              + next
              + " beside the current text "
              + submission.getTextVersion()
              + ": compare them and save again.",
          facts);
    }
    boolean textChanged =
        !clean.title.equals(submission.getTitle())
            || !Objects.equals(clean.body, submission.getBody());
    submission.setTitle(clean.title);
    submission.setBody(clean.body);
    submission.setKind(clean.kind);
    submission.setChannel(clean.channel);
    submission.setLinks(clean.links);
    submission.touch();
    if (textChanged) {
      submissions.saveVersion(
          new SubmissionVersion(
              id, next, clean.title, clean.body, editor.accountId(), editor.displayName(), false));
      submission.setTextVersion(next);
    }
    submissions.saveEvent(
        new SubmissionEvent(
            id,
            editor.accountId(),
            editor.displayName(),
            SubmissionEvent.EDIT,
            submission.getState(),
            submission.getState(),
            textChanged ? "text version " + next : null));
    submissions.flush(); // the answer carries the version the next save must send
    return view(submission, editor, true);
  }

  /** Adds or replaces the photo: an image (PNG, JPEG, GIF, WebP by its bytes) within the limit. */
  @Transactional
  public void setImage(long id, String filename, byte[] content, Viewer viewer) {
    Submission submission = locked(id, viewer);
    if (!Workflow.mayEdit(submission.getState(), actorOf(submission, viewer))) {
      throw new ForbiddenException("You cannot change this submission now.");
    }
    submissions.saveImage(id, checkedImage(filename, content));
    submission.touch();
  }

  /**
   * A file that arrived after its submission (a chat message's media, fetched after the webhook
   * answered), by the attachments' rules: a photo becomes the submission's photo unless it has one,
   * anything else one of its files; in whatever state it is now, and noted in its history. No
   * viewer: the author sent it; the intake checked the sender.
   */
  @Transactional
  public void addReceivedFile(long id, String filename, byte[] content, String via) {
    Submission submission =
        submissions
            .lockById(id)
            .orElseThrow(() -> new NotFoundException("There is no submission " + id + "."));
    AttachmentService.CheckedFile checked = attachments.check(filename, content);
    boolean photo = IMAGE_TYPES.contains(checked.mediaType()) && submissions.image(id).isEmpty();
    if (photo) {
      submissions.saveImage(
          id,
          new SubmissionRepository.Image(
              checked.filename(), checked.mediaType(), checked.content()));
    } else {
      submissions.saveAttachment(
          id, checked.filename(), checked.mediaType(), checked.sha256(), checked.content());
    }
    submission.touch();
    submissions.saveEvent(
        new SubmissionEvent(
            id,
            null,
            via,
            photo ? "photo-received" : "file-received",
            submission.getState(),
            submission.getState(),
            photo ? null : checked.filename()));
  }

  /**
   * Notes in a submission's history that something sent with it could not be taken in (e.g. a chat
   * photo the gateway did not deliver), so the editor knows why it is missing.
   */
  @Transactional
  public void noteNotReceived(long id, String via, String reason) {
    submissions
        .findById(id)
        .ifPresent(
            submission ->
                submissions.saveEvent(
                    new SubmissionEvent(
                        id,
                        null,
                        via,
                        "media-not-received",
                        submission.getState(),
                        submission.getState(),
                        reason.length() > 4000 ? reason.substring(0, 4000) : reason)));
  }

  /** The photo as the hub will keep it; 413 when too large, 415 when not an image. */
  SubmissionRepository.Image checkedImage(String filename, byte[] content) {
    if (content.length > attachments.maxBytes()) {
      throw new ClientErrorException(
          String.format(
              Locale.ROOT,
              "The photo is %.1f MB; at most %.1f MB is accepted.",
              content.length / 1048576.0,
              attachments.maxBytes() / 1048576.0),
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (content.length == 0) {
      throw new FieldProblem("image", "the file is empty");
    }
    String type = tika.detect(content);
    if (!IMAGE_TYPES.contains(type)) {
      throw new ClientErrorException(
          "A photo must be PNG, JPEG, GIF or WebP; this file is " + type + ".",
          Response.Status.UNSUPPORTED_MEDIA_TYPE);
    }
    String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
    if (name.isEmpty()) {
      name = "photo." + type.substring("image/".length());
    }
    return new SubmissionRepository.Image(
        name.length() > 200 ? name.substring(name.length() - 200) : name, type, content);
  }

  /**
   * Moves a submission on: refused with 403 when the action is possible in this state but not for
   * the viewer, with 409 (and the actions allowed) when the state does not allow it.
   */
  @Transactional
  public SubmissionView transition(long id, TransitionInput input, Viewer viewer) {
    return doTransition(id, input, viewer);
  }

  private SubmissionView doTransition(long id, TransitionInput input, Viewer viewer) {
    Action action =
        Action.parse(input.action).orElseThrow(() -> new FieldProblem("action", Action.CHOICES));
    Submission submission = locked(id, viewer);
    SubmissionState from = submission.getState();
    boolean review = reviewRequired(submission);
    Set<Action> allowed = Workflow.allowed(from, actorOf(submission, viewer), review);
    if (!allowed.contains(action)) {
      if (Workflow.possible(from, action, review)) {
        throw new ForbiddenException(
            "Your role does not allow '" + action.id() + "' on this submission.");
      }
      throw WorkflowConflict.notAllowed(action, from, ids(allowed));
    }
    String comment = Texts.blankToNull(input.comment);
    comment = comment == null ? null : comment.strip();
    if ((action == Action.RETURN || action == Action.REJECT) && comment == null) {
      throw new FieldProblem("comment", "say why, so the next person knows what to do");
    }
    switch (action) {
      case CLAIM -> submission.setEditor(account(viewer));
      case SCHEDULE -> {
        if (input.at == null) {
          throw new FieldProblem("at", "say when to publish");
        }
        if (!input.at.toInstant().isAfter(Instant.now())) {
          throw new FieldProblem("at", "must be in the future");
        }
        submission.setScheduledAt(input.at.toInstant());
      }
      case PUBLISH -> publish(submission);
      default -> {
        // the state change says it all
      }
    }
    SubmissionState to = Workflow.target(from, action);
    submission.setState(to);
    submission.touch();
    submissions.saveEvent(
        new SubmissionEvent(
            id, viewer.accountId(), viewer.displayName(), action.id(), from, to, comment));
    tell(submission, action, from, viewer.accountId(), viewer.displayName(), comment);
    submissions.flush();
    return view(submission, viewer, true);
  }

  /** Ids of scheduled submissions whose time has come (read outside any transaction). */
  @Transactional
  public List<Long> due() {
    return submissions.dueIds(Instant.now());
  }

  /**
   * Publishes one due submission if no other instance got there first: the conditional update
   * decides, and the item, audit line and notices commit with it or not at all.
   */
  @Transactional
  public boolean publishIfDue(long id) {
    if (!submissions.takeDue(id, Instant.now())) {
      return false;
    }
    Submission submission = submissions.findById(id).orElseThrow();
    publish(submission);
    submission.touch();
    String system = "Content Hub";
    submissions.saveEvent(
        new SubmissionEvent(
            id,
            null,
            system,
            Action.PUBLISH.id(),
            SubmissionState.SCHEDULED,
            SubmissionState.PUBLISHED,
            null));
    tell(submission, Action.PUBLISH, SubmissionState.SCHEDULED, null, system, null);
    LOG.info(() -> "Published scheduled submission " + id + " as item " + submission.getItemId());
    return true;
  }

  // --- helpers

  /** Makes the hub item of a submission, with its photo as an attachment of the item. */
  private void publish(Submission submission) {
    Account author = submission.getAuthor();
    Viewer writer = Viewer.of(author);
    ItemInput input =
        new ItemInput(
            submission.getTitle(),
            submission.getChannel().name().toLowerCase(Locale.ROOT),
            "en".equals(author.getLanguage()) ? "en" : "nl");
    input.type = submission.getChannel() == Channel.INTERNAL ? "story" : "publication";
    List<String> links = submission.getLinks();
    input.sourceUrl = links.isEmpty() ? null : links.get(0);
    input.body =
        withLinks(
            submission.getBody(), links.size() > 1 ? links.subList(1, links.size()) : List.of());
    input.department = author.getDepartment();
    input.visibility = "internal";
    Item item = items.create(input, writer);
    submission.setItemId(item.getId());
    submissions
        .image(submission.getId())
        .ifPresent(
            image -> {
              Attachment attachment =
                  attachments.add(item.getId(), image.filename(), image.content(), writer);
              items.setImageUrl(
                  item.getId(), "/api/v1/attachments/" + attachment.getId() + "/thumbnail");
            });
    // The files that came with it go along, through the attachments' rules (text for search).
    for (SubmissionRepository.FileInfo info : submissions.attachments(submission.getId())) {
      SubmissionRepository.File file =
          submissions.attachment(submission.getId(), info.id()).orElseThrow();
      try {
        // checked first without a transaction, so a refusal does not roll the publication back
        attachments.check(file.filename(), file.content());
        attachments.add(item.getId(), file.filename(), file.content(), writer);
      } catch (ClientErrorException refused) {
        // only when the rules became stricter since it arrived; it stays on the submission
        LOG.warning(
            "File "
                + file.filename()
                + " of submission "
                + submission.getId()
                + " not put on item "
                + item.getId()
                + ": "
                + refused.getMessage());
      }
    }
  }

  private static String withLinks(String body, List<String> links) {
    if (links.isEmpty()) {
      return body;
    }
    StringBuilder html = new StringBuilder(body == null ? "" : body).append("<ul>");
    for (String link : links) {
      String escaped = link.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
      html.append("<li><a href=\"")
          .append(escaped)
          .append("\">")
          .append(escaped)
          .append("</a></li>");
    }
    return HtmlSanitizer.sanitize(html.append("</ul>").toString());
  }

  /** Notices now (in this transaction) and mails after it commits, to the people concerned. */
  private void tell(
      Submission submission,
      Action action,
      SubmissionState from,
      Long actorId,
      String actorName,
      String comment) {
    List<Account> concerned = new ArrayList<>();
    switch (action) {
      case SUBMIT -> concerned.addAll(accounts.withRole(Roles.EDITOR));
      case SEND_TO_REVIEW -> concerned.addAll(accounts.withRole(Roles.SUPERVISOR));
      case APPROVE -> concerned.add(submission.getEditor());
      case RETURN ->
          concerned.add(
              from == SubmissionState.IN_REVIEW ? submission.getEditor() : submission.getAuthor());
      case REJECT -> {
        concerned.add(submission.getAuthor());
        if (from == SubmissionState.IN_REVIEW) {
          concerned.add(submission.getEditor());
        }
      }
      case CLAIM, SCHEDULE -> concerned.add(submission.getAuthor());
      case PUBLISH -> {
        concerned.add(submission.getAuthor());
        if (actorId == null) {
          concerned.add(submission.getEditor());
        }
      }
    }
    Map<Long, Account> recipients = new LinkedHashMap<>();
    for (Account account : concerned) {
      if (account != null && account.isActive() && !account.getId().equals(actorId)) {
        recipients.put(account.getId(), account);
      }
    }
    if (recipients.isEmpty()) {
      return;
    }
    String link = "/submissions/" + submission.getId();
    notices.notify(
        recipients.keySet(), "workflow." + action.id(), submission.getTitle(), actorName, link);
    List<WorkflowMail.Recipient> mailTo =
        recipients.values().stream()
            .filter(a -> a.getEmail() != null && !a.getEmail().isBlank())
            .map(
                a ->
                    new WorkflowMail.Recipient(
                        a.getEmail(),
                        a.getDisplayName(),
                        a.getLanguage() == null ? "nl" : a.getLanguage()))
            .toList();
    if (!mailTo.isEmpty()) {
      mails.fire(
          new WorkflowMail(
              mailTo,
              action,
              submission.getState(),
              submission.getTitle(),
              actorName,
              comment,
              URI.create(hub.baseUrl() + link).toString()));
    }
  }

  private record Cleaned(
      String title, String body, SubmissionKind kind, Channel channel, List<String> links) {}

  private static Cleaned clean(SubmissionInput input) {
    List<Problem.FieldError> errors = new ArrayList<>();
    List<String> links = new ArrayList<>();
    if (input.links != null) {
      for (int i = 0; i < input.links.size(); i++) {
        String link = input.links.get(i) == null ? "" : input.links.get(i).strip();
        if (link.isEmpty()) {
          continue;
        }
        if (link.length() > 2048 || !isWebAddress(link)) {
          errors.add(new Problem.FieldError("links[" + i + "]", "must be an http(s) address"));
        }
        links.add(link);
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    String body = HtmlSanitizer.sanitize(Texts.blankToNull(input.body));
    return new Cleaned(
        input.title.strip(),
        body == null || body.isBlank() ? null : body,
        input.type == null ? SubmissionKind.STORY : SubmissionKind.parse(input.type),
        Channel.parse(input.channel),
        links);
  }

  private static boolean isWebAddress(String link) {
    try {
      URI uri = new URI(link);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  boolean reviewRequired(Submission submission) {
    return settings.reviewPolicy().requiresReview(submission.getChannel(), submission.getKind());
  }

  /** Editors and supervisors see the whole queue (but not others' drafts). */
  static boolean overseesQueue(Viewer viewer) {
    return viewer.has(Roles.EDITOR) || viewer.has(Roles.SUPERVISOR) || viewer.has(Roles.ADMIN);
  }

  static boolean canSee(Submission submission, Viewer viewer) {
    return submission.isAuthor(viewer.accountId())
        || (overseesQueue(viewer) && submission.getState() != SubmissionState.DRAFT);
  }

  private Submission visible(long id, Viewer viewer) {
    return submissions
        .findById(id)
        .filter(s -> canSee(s, viewer))
        .orElseThrow(() -> new NotFoundException("There is no submission " + id + "."));
  }

  private Submission locked(long id, Viewer viewer) {
    return submissions
        .lockById(id)
        .filter(s -> canSee(s, viewer))
        .orElseThrow(() -> new NotFoundException("There is no submission " + id + "."));
  }

  static Workflow.Actor actorOf(Submission submission, Viewer viewer) {
    return new Workflow.Actor(
        submission.isAuthor(viewer.accountId()),
        viewer.has(Roles.EDITOR),
        viewer.has(Roles.SUPERVISOR),
        submission.isClaimedBy(viewer.accountId()));
  }

  private Account account(Viewer viewer) {
    return accounts
        .findActive(viewer.username())
        .orElseThrow(
            () -> new jakarta.ws.rs.NotAuthorizedException("Log in to continue.", "Basic"));
  }

  private static List<String> ids(Set<Action> actions) {
    return actions.stream().map(Action::id).toList();
  }

  private SubmissionView view(Submission s, Viewer viewer, boolean detail) {
    boolean review = reviewRequired(s);
    Workflow.Actor actor = actorOf(s, viewer);
    return new SubmissionView(
        s.getId(),
        s.getTitle(),
        s.getBody(),
        s.getKind().id(),
        s.getChannel().name().toLowerCase(Locale.ROOT),
        s.getLinks(),
        s.getState().id(),
        person(s.getAuthor()),
        person(s.getEditor()),
        s.getItemId(),
        SubmissionView.time(s.getScheduledAt()),
        SubmissionView.time(s.getCreatedAt()),
        SubmissionView.time(s.getUpdatedAt()),
        s.getVersion(),
        detail && submissions.hasImage(s.getId()),
        review,
        Workflow.mayEdit(s.getState(), actor),
        ids(Workflow.allowed(s.getState(), actor, review)),
        detail
            ? submissions.events(s.getId()).stream().map(SubmissionView.Event::of).toList()
            : null,
        detail
            ? submissions.versions(s.getId()).stream().map(SubmissionView.Version::of).toList()
            : null,
        detail
            ? submissions.attachments(s.getId()).stream()
                .map(
                    f ->
                        new SubmissionView.File(
                            f.id(),
                            f.filename(),
                            f.mediaType(),
                            f.size(),
                            "/api/v1/submissions/" + s.getId() + "/attachments/" + f.id()))
                .toList()
            : null);
  }

  private static SubmissionView.Person person(Account account) {
    return account == null
        ? null
        : new SubmissionView.Person(account.getId(), account.getDisplayName());
  }
}
