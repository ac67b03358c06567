package org.contenthub.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Viewer;
import org.contenthub.web.workflow.SubmissionInput;
import org.contenthub.web.workflow.SubmissionService;
import org.contenthub.web.workflow.SubmissionView;

/**
 * The rules of the content calendar: every colleague reads it and proposes ideas into open slots;
 * editors plan, assign and move; each person may subscribe with a secret address of their own.
 */
@ApplicationScoped
public class CalendarService {

  /** The longest period one request may ask for. */
  static final Duration MAX_RANGE = Duration.ofDays(400);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CalendarRepository calendar;
  @Inject SubmissionService submissions;
  @Inject AccountService accounts;
  @Inject HubSettings settings;
  @Inject org.contenthub.web.notices.NoticeService notices;
  @Inject jakarta.enterprise.event.Event<AssignmentMail> assignmentMails;
  @Inject jakarta.enterprise.event.Event<AssignmentReminderMail> reminderMails;

  /** A new subscription address, shown once: only its hash is kept. */
  public record Subscription(String url) {}

  @Transactional
  public List<SlotView> between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw new FieldProblem("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new FieldProblem("to", "at most 400 days after from");
    }
    List<CalendarSlot> slots = calendar.between(from, to, 1000);
    Map<Long, SubmissionService.Status> status =
        submissions.statuses(
            slots.stream().map(CalendarSlot::getSubmissionId).filter(id -> id != null).toList());
    return slots.stream().map(s -> view(s, status)).toList();
  }

  /** An editor plans a post (with a title) or keeps a slot open for ideas (without). */
  @Transactional
  public SlotView create(SlotInput input, Viewer editor) {
    CalendarSlot slot =
        new CalendarSlot(
            input.startsAt.toInstant(),
            Channel.parse(input.channel),
            Texts.blankToNull(input.title) == null ? null : input.title.strip(),
            note(input.note));
    slot.setOwner(owner(input.owner));
    if (input.state != null) {
      slot.setState(SlotState.parse(input.state));
    }
    calendar.save(slot);
    return view(slot, Map.of());
  }

  /** An editor moves, reassigns or renames a slot; a stale version gets 409, nothing lost. */
  @Transactional
  public SlotView update(long id, SlotInput input, Viewer editor) {
    CalendarSlot slot = find(id);
    if (input.version != null && input.version != slot.getVersion()) {
      throw new ClientErrorException(
          "Someone else changed this slot (you sent version "
              + input.version
              + ", it is now at "
              + slot.getVersion()
              + "). Reload the calendar and try again.",
          Response.Status.CONFLICT);
    }
    slot.setStartsAt(input.startsAt.toInstant());
    slot.setChannel(Channel.parse(input.channel));
    slot.setTitle(Texts.blankToNull(input.title) == null ? null : input.title.strip());
    slot.setNote(note(input.note));
    slot.setOwner(owner(input.owner));
    if (input.state != null) {
      slot.setState(SlotState.parse(input.state));
    } else if (slot.getTitle() == null && slot.getSubmissionId() == null) {
      slot.setState(SlotState.OPEN);
    } else if (slot.getState() == SlotState.OPEN && slot.getTitle() != null) {
      slot.setState(SlotState.PLANNED);
    }
    slot.touch();
    calendar.flush();
    return view(slot, statusOf(slot));
  }

  @Transactional
  public void delete(long id) {
    calendar.delete(find(id));
  }

  /**
   * A colleague proposes an idea for an open slot: it becomes their submission (an idea, handed in
   * to the editors) and the slot shows it as proposed. 409 when the slot is not open (any more).
   */
  @Transactional
  public SlotView propose(long id, ProposalInput input, Viewer colleague) {
    CalendarSlot slot = find(id);
    if (slot.getState() != SlotState.OPEN) {
      throw new ClientErrorException(
          "This slot is not open for ideas any more.", Response.Status.CONFLICT);
    }
    SubmissionInput idea =
        new SubmissionInput(
            input.title.strip(),
            HtmlSanitizer.fromPlainText(input.note),
            "idea",
            slot.getChannel().name().toLowerCase(java.util.Locale.ROOT));
    SubmissionView submission = submissions.createReceived(idea, "the content calendar", colleague);
    slot.setTitle(input.title.strip());
    slot.setProposedBy(colleague.username());
    slot.setSubmissionId(submission.id());
    slot.setState(SlotState.PROPOSED);
    slot.touch();
    calendar.flush();
    return view(slot, statusOf(slot));
  }

  /**
   * Level-2 advocacy: an editor asks a colleague to write within a frame (topic, angle, channel,
   * length, deadline). The writer gets a draft of their own in the workflow, a planned slot in the
   * calendar at the deadline, a notice, and a mail after the commit.
   */
  @Transactional
  public SlotView assign(AssignmentInput input, Viewer editor) {
    if (!input.deadline.toInstant().isAfter(Instant.now())) {
      throw new FieldProblem("deadline", "must be in the future");
    }
    Account writer =
        accounts
            .findActive(input.writer.strip())
            .orElseThrow(() -> new FieldProblem("writer", "no active colleague has this name"));
    Messages t =
        Messages.of(
            java.util.Locale.forLanguageTag(
                writer.getLanguage() == null ? "nl" : writer.getLanguage()));
    Channel channel = Channel.parse(input.channel);
    String topic = input.topic.strip();
    String angle = Texts.blankToNull(input.angle) == null ? null : input.angle.strip();
    StringBuilder frame = new StringBuilder(t.t("assignment.frame.topic", topic));
    if (angle != null) {
      frame.append("\n").append(t.t("assignment.frame.angle", angle));
    }
    frame.append("\n").append(t.t("assignment.frame.channel", t.t(channel.messageKey())));
    if (input.words != null) {
      frame.append("\n").append(t.t("assignment.frame.words", input.words));
    }
    frame
        .append("\n")
        .append(
            t.t(
                "assignment.frame.deadline",
                org.contenthub.web.platform.TimeAgo.date(input.deadline.toInstant(), t),
                input
                    .deadline
                    .atZoneSameInstant(org.contenthub.web.platform.TimeAgo.ZONE)
                    .toLocalTime()
                    .toString()));
    SubmissionInput draft =
        new SubmissionInput(
            topic, null, "story", channel.name().toLowerCase(java.util.Locale.ROOT));
    SubmissionView submission =
        submissions.createAssigned(draft, frame.toString(), writer.getUsername(), editor);
    CalendarSlot slot =
        new CalendarSlot(input.deadline.toInstant(), channel, topic, frame.toString());
    slot.setOwner(writer.getUsername());
    slot.setSubmissionId(submission.id());
    slot.setAssignedBy(editor.username());
    calendar.save(slot);
    String link = "/submissions/" + submission.id();
    notices.notify(List.of(writer.getId()), "assignment", topic, editor.displayName(), link);
    if (writer.getEmail() != null && !writer.getEmail().isBlank()) {
      assignmentMails.fire(
          new AssignmentMail(
              writer.getEmail(),
              writer.getDisplayName(),
              t.language(),
              editor.displayName(),
              topic,
              frame.toString(),
              settings.baseUrl() + link));
    }
    return view(slot, statusOf(slot));
  }

  /** Assignments whose writer's reminder or missed deadline needs attention now. */
  @Transactional
  public List<Long> assignmentsDue(Duration remindBefore) {
    Instant now = Instant.now();
    return calendar.assignmentsDue(now, now.plus(remindBefore), 200);
  }

  /**
   * The reminders of one assignment, each exactly once across the cluster (a conditional update
   * takes it, in the transaction that also writes the notice): the writer, {@code remindBefore} the
   * deadline, when their draft has not been submitted; the editor who asked, once the deadline
   * passed without a submission. A reminder found unnecessary (submitted, or the deadline already
   * past) is marked dealt with all the same, so it is never sent late.
   */
  @Transactional
  public void remind(long slotId, Duration remindBefore) {
    Optional<CalendarRepository.Assignment> found = calendar.assignment(slotId);
    if (found.isEmpty()) {
      return;
    }
    CalendarRepository.Assignment assignment = found.get();
    Instant now = Instant.now();
    SubmissionService.Status status =
        submissions.statuses(List.of(assignment.submissionId())).get(assignment.submissionId());
    boolean unsubmitted = status != null && "draft".equals(status.state());
    Optional<Account> writer =
        assignment.writer() == null ? Optional.empty() : accounts.findActive(assignment.writer());
    if (!assignment.deadline().isAfter(now)) {
      if (!assignment.reminded()) {
        calendar.takeReminder(slotId, now);
      }
      if (!assignment.overdueHandled() && calendar.takeOverdue(slotId, now) && unsubmitted) {
        accounts
            .findActive(assignment.editor())
            .ifPresent(
                editor ->
                    tell(
                        editor,
                        "assignment-overdue",
                        assignment,
                        writer.map(Account::getDisplayName).orElse(assignment.writer()),
                        "/calendar"));
      }
    } else if (!assignment.reminded()
        && !assignment.deadline().isAfter(now.plus(remindBefore))
        && calendar.takeReminder(slotId, now)
        && unsubmitted
        && writer.isPresent()) {
      String editorName =
          accounts
              .findActive(assignment.editor())
              .map(Account::getDisplayName)
              .orElse(assignment.editor());
      tell(
          writer.get(),
          "assignment-reminder",
          assignment,
          editorName,
          "/submissions/" + assignment.submissionId());
    }
  }

  /** A notice now and a mail after the commit, both in the recipient's language. */
  private void tell(
      Account to,
      String kind,
      CalendarRepository.Assignment assignment,
      String other,
      String link) {
    String topic = assignment.topic() == null ? "" : assignment.topic();
    notices.notify(List.of(to.getId()), kind, topic, other, link);
    if (to.getEmail() == null || to.getEmail().isBlank()) {
      return;
    }
    Messages t =
        Messages.of(
            java.util.Locale.forLanguageTag(to.getLanguage() == null ? "nl" : to.getLanguage()));
    String date = org.contenthub.web.platform.TimeAgo.date(assignment.deadline(), t);
    String time =
        assignment
            .deadline()
            .atZone(org.contenthub.web.platform.TimeAgo.ZONE)
            .toLocalTime()
            .withNano(0)
            .toString();
    reminderMails.fire(
        new AssignmentReminderMail(
            to.getEmail(),
            to.getDisplayName(),
            t.language(),
            t.t(kind + ".subject", topic),
            t.t(kind + ".text", topic, date, time, other),
            settings.baseUrl() + link));
  }

  /** A new secret subscription address for the viewer; the previous one stops working. */
  @Transactional
  public Subscription subscribe(Viewer viewer) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    calendar.saveToken(viewer.username(), hash(token));
    return new Subscription(settings.baseUrl() + "/calendar.ics?token=" + token);
  }

  @Transactional
  public boolean unsubscribe(Viewer viewer) {
    return calendar.deleteToken(viewer.username());
  }

  @Transactional
  public boolean subscribed(Viewer viewer) {
    return calendar.hasToken(viewer.username());
  }

  /**
   * The iCalendar feed for a subscription address: from 30 days ago to a year ahead, in the
   * subscriber's language. Empty when the token is unknown, revoked, or its owner left.
   */
  @Transactional
  public Optional<String> ics(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    Optional<Account> owner = calendar.usernameOfToken(hash(token)).flatMap(accounts::findActive);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    List<SlotView> slots = between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    Messages t =
        Messages.of(
            java.util.Locale.forLanguageTag(
                owner.get().getLanguage() == null ? "nl" : owner.get().getLanguage()));
    return Optional.of(
        CalendarIcs.of(
            slots, settings.baseUrl(), t.t("calendar.ics-name", settings.branding().name()), t));
  }

  private CalendarSlot find(long id) {
    return calendar
        .findById(id)
        .orElseThrow(() -> new NotFoundException("There is no calendar slot " + id + "."));
  }

  private String owner(String username) {
    String name = Texts.blankToNull(username);
    if (name == null) {
      return null;
    }
    if (accounts.findActive(name.strip()).isEmpty()) {
      throw new FieldProblem("owner", "no active colleague has this name");
    }
    return name.strip();
  }

  private static String note(String note) {
    String text = Texts.blankToNull(note);
    return text == null ? null : text.strip();
  }

  private Map<Long, SubmissionService.Status> statusOf(CalendarSlot slot) {
    return slot.getSubmissionId() == null
        ? Map.of()
        : submissions.statuses(List.of(slot.getSubmissionId()));
  }

  private SlotView view(CalendarSlot slot, Map<Long, SubmissionService.Status> status) {
    SubmissionService.Status s =
        slot.getSubmissionId() == null ? null : status.get(slot.getSubmissionId());
    return new SlotView(
        slot.getId(),
        slot.getStartsAt().atOffset(java.time.ZoneOffset.UTC),
        slot.getChannel().name().toLowerCase(java.util.Locale.ROOT),
        slot.getTitle(),
        slot.getNote(),
        s != null && "published".equals(s.state()) ? SlotState.DONE.id() : slot.getState().id(),
        slot.getOwner(),
        nameOf(slot.getOwner()),
        slot.getProposedBy(),
        nameOf(slot.getProposedBy()),
        slot.getSubmissionId(),
        s == null ? null : s.state(),
        s == null ? null : s.itemId(),
        slot.getVersion());
  }

  private String nameOf(String username) {
    return username == null
        ? null
        : accounts.findActive(username).map(Account::getDisplayName).orElse(username);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
