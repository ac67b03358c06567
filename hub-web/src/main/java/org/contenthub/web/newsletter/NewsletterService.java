package org.contenthub.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.mail.EmailAddress;
import org.contenthub.mail.ListId;
import org.contenthub.mail.ListUnsubscribe;
import org.contenthub.mail.OutgoingMail;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Mailer;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.platform.TimeAgo;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;

/** The rules of newsletters: lists, composing, sending, pausing, unsubscribing, progress. */
@ApplicationScoped
public class NewsletterService {

  @Inject NewsletterRepository repository;
  @Inject NewsletterRenderer renderer;
  @Inject MailSigningKey signingKey;
  @Inject RelayStatus relay;
  @Inject Mailer mailer;
  @Inject HubSettings settings;
  @Inject AccountService accounts;
  @Inject org.contenthub.web.analytics.AnalyticsService analytics;
  @Inject DeliverySettings deliverySettings;
  @Inject DeliveryQueue queue;

  public record ListView(
      long id, String name, String description, String kind, String criterion, long members) {}

  public record ImportResult(int added, int alreadyOnList, List<MemberImport.Rejected> rejected) {}

  public record MemberView(String email, String name, boolean unsubscribed) {}

  public record NewsletterView(
      long id,
      String subject,
      String preheader,
      String language,
      String template,
      String status,
      List<Long> listIds,
      List<Block> blocks,
      OffsetDateTime sendAt,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      int recipients,
      long version) {}

  /** Where a send stands; {@code eta} is null when nothing remains or nothing is moving. */
  public record Progress(
      long id,
      String status,
      int recipients,
      long queued,
      long sending,
      long sent,
      long failed,
      long invalid,
      long bounced,
      long skipped,
      long remaining,
      long clicks,
      double ratePerMinute,
      OffsetDateTime eta,
      boolean relayUnreachable,
      String relayDetail,
      OffsetDateTime dailyLimitUntil) {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LATER = DateTimeFormatter.ofPattern("d-M HH:mm");

    /** A moment of this send in Dutch time: the time of day, with the date when not today. */
    public static String when(OffsetDateTime at) {
      if (at == null) {
        return "–";
      }
      ZonedDateTime here = at.atZoneSameInstant(TimeAgo.ZONE);
      boolean today = here.toLocalDate().equals(LocalDate.now(TimeAgo.ZONE));
      return (today ? TODAY : LATER).format(here);
    }

    public int percentDone() {
      long total = queued + sending + sent + failed + invalid + bounced + skipped;
      return total == 0 ? 0 : (int) ((total - remaining) * 100 / total);
    }
  }

  /**
   * One recipient's delivery; {@code readerClicks} only for a reader who consents to measurement
   * (null for everyone else, whose clicks are anonymous).
   */
  public record DeliveryView(
      long id,
      String email,
      String status,
      int attempts,
      OffsetDateTime sentAt,
      String error,
      Integer readerClicks) {}

  /** A newsletter a consenting reader clicked in, for their own export. */
  public record ReaderClicks(
      String subject, OffsetDateTime sentAt, int clicks, OffsetDateTime firstClickedAt) {}

  /** What the unsubscribe page shows: whose address (partly hidden), which lists, the state. */
  public record Unsubscription(
      String token, String maskedEmail, String subject, List<String> lists, boolean unsubscribed) {}

  // --- lists

  @Transactional
  public ListView createList(ListInput input) {
    ListKind kind = ListKind.valueOf(input.kind);
    String criterion = Texts.blankToNull(input.criterion);
    if ((kind == ListKind.DEPARTMENT || kind == ListKind.ROLE) && criterion == null) {
      throw new FieldProblem("criterion", "name the department or role of this list");
    }
    if (kind == ListKind.ROLE && !Roles.isKnown(criterion)) {
      throw new FieldProblem("criterion", "must be one of " + String.join(", ", Roles.ALL));
    }
    if (kind == ListKind.CHALLENGE_PARTICIPANTS
        && (criterion == null
            || !criterion.matches("[1-9][0-9]{0,17}")
            || !repository.challengeExists(Long.parseLong(criterion)))) {
      throw new FieldProblem("criterion", "name the number of an existing challenge");
    }
    if (kind == ListKind.EVERYONE || kind == ListKind.CUSTOM) {
      criterion = null;
    }
    MailingList list =
        repository.save(
            new MailingList(
                input.name.strip(), Texts.blankToNull(input.description), kind, criterion));
    return view(list);
  }

  public List<ListView> lists() {
    return repository.lists().stream().map(this::view).toList();
  }

  public ListView list(long id) {
    return view(findList(id));
  }

  public Paged<MemberView> members(long listId, int page, int size) {
    MailingList list = findList(listId);
    List<MemberView> members =
        repository.members(list, (page - 1) * size, size).stream()
            .map(r -> new MemberView((String) r[0], (String) r[1], ((Number) r[2]).intValue() == 1))
            .toList();
    return new Paged<>(members, page, size, repository.memberCount(list));
  }

  @Transactional
  public ImportResult addMembers(long listId, List<MemberInput> inputs) {
    return add(listId, MemberImport.fromJson(inputs));
  }

  @Transactional
  public ImportResult addMembersCsv(long listId, String csv) {
    return add(listId, MemberImport.fromCsv(csv == null ? "" : csv));
  }

  private ImportResult add(long listId, MemberImport.Result parsed) {
    MailingList list = findList(listId);
    if (list.getKind() != ListKind.CUSTOM) {
      throw new ClientErrorException(
          "Only custom lists take members; this list follows the accounts ("
              + list.getKind().name().toLowerCase(Locale.ROOT)
              + ").",
          Response.Status.CONFLICT);
    }
    int added = 0;
    int already = 0;
    for (MemberImport.Member m : parsed.members()) {
      if (repository.addMember(listId, m.email(), m.name(), m.language())) {
        added++;
      } else {
        already++;
      }
    }
    return new ImportResult(added, already, parsed.rejected());
  }

  @Transactional
  public boolean removeMember(long listId, String email) {
    findList(listId);
    return repository.removeMember(listId, email.strip().toLowerCase(Locale.ROOT));
  }

  private MailingList findList(long id) {
    return repository
        .findList(id)
        .orElseThrow(() -> new NotFoundException("There is no list " + id + "."));
  }

  private ListView view(MailingList l) {
    return new ListView(
        l.getId(),
        l.getName(),
        l.getDescription(),
        l.getKind().name(),
        l.getCriterion(),
        repository.memberCount(l));
  }

  // --- newsletters

  @Transactional
  public NewsletterView create(NewsletterInput input, Viewer author) {
    Newsletter n = new Newsletter(author.accountId());
    apply(n, input, author);
    return view(repository.save(n));
  }

  /** A weekly digest draft, marked with its week so that there is one per week. */
  @Transactional
  public long createDigest(NewsletterInput input, String week) {
    Newsletter n = new Newsletter(null);
    n.setDigestWeek(week);
    apply(n, input, NewsletterRenderer.READER);
    return repository.save(n).getId();
  }

  /**
   * The weekly mail of a social media challenge in one language, sent at once to the participants
   * who read that language through the challenge's list, with a line for each of them alone ({@code
   * notes} by address). Once per challenge, week and language: a second one is refused (409), by
   * the unique key if two instances compose it at once.
   */
  @Transactional
  public long sendChallengeMail(
      long challengeId,
      int week,
      long listId,
      Letter letter,
      String language,
      Map<String, String> notes) {
    if (repository.hasChallengeMail(challengeId, week, language)) {
      throw conflict("This week's challenge mail has been sent already.");
    }
    Newsletter n = new Newsletter(null);
    n.setChallengeWeek(challengeId, week);
    n.setLanguage(language);
    n.setSubject(letter.subject());
    n.setPreheader(letter.preheader());
    n.setBlocks(Blocks.toJson(letter.blocks()));
    n.setListIds(Set.of(listId));
    repository.save(n);
    notes.forEach(
        (email, note) -> repository.saveNote(n.getId(), email.toLowerCase(Locale.ROOT), note));
    startNow(n.getId(), NewsletterStatus.DRAFT);
    return n.getId();
  }

  /** Whether this week's challenge mail in this language exists (sent or being sent). */
  @Transactional
  public boolean challengeMailSent(long challengeId, int week, String language) {
    return repository.hasChallengeMail(challengeId, week, language);
  }

  /**
   * Asks these colleagues to share an item, once per item: one mail per language (subject and
   * blocks given per language), through the same queue, throttle, preferences and bounce handling
   * as every newsletter, sent now or at {@code at}. The hub's share request list is the only list:
   * who unsubscribes from it gets no share request mails, and nothing else changes for them.
   *
   * @return whether a request was made (false: the item was asked for before)
   */
  @Transactional
  public boolean requestShares(
      long itemId, Collection<Long> accountIds, Map<String, Letter> byLanguage, Instant at) {
    if (repository.hasShareRequest(itemId)) {
      return false;
    }
    repository.saveShareRecipients(itemId, accountIds);
    long list = repository.shareRequestList().getId();
    byLanguage.forEach(
        (language, letter) -> {
          Newsletter n = new Newsletter(null);
          n.setShareItemId(itemId);
          n.setLanguage(language);
          n.setSubject(letter.subject());
          n.setPreheader(letter.preheader());
          n.setBlocks(Blocks.toJson(letter.blocks()));
          n.setListIds(Set.of(list));
          repository.save(n);
          if (at != null && at.isAfter(Instant.now().plusSeconds(30))) {
            n.setStatus(NewsletterStatus.SCHEDULED);
            n.setSendAt(at);
          } else {
            startNow(n.getId(), NewsletterStatus.DRAFT);
          }
        });
    return true;
  }

  /** Whether the item's audience has been asked to share it (now or at its publication). */
  public boolean shareRequested(long itemId) {
    return repository.hasShareRequest(itemId);
  }

  /** What a share request mail says in one language. */
  public record Letter(String subject, String preheader, List<Block> blocks) {}

  @Transactional
  public NewsletterView update(long id, NewsletterInput input, Viewer editor) {
    Newsletter n = find(id);
    if (!n.getStatus().isEditable()) {
      throw conflict("This newsletter is " + status(n) + " and can no longer be changed.");
    }
    if (input.version != null && input.version != n.getVersion()) {
      throw conflict(
          "Someone else changed this newsletter meanwhile (version "
              + n.getVersion()
              + "); reload it and make your change again.");
    }
    apply(n, input, editor);
    return view(n);
  }

  private void apply(Newsletter n, NewsletterInput input, Viewer who) {
    List<Block> blocks = input.blocks == null ? List.of() : input.blocks;
    List<FieldError> errors = new ArrayList<>(Blocks.problems(blocks, false));
    List<Long> listIds = input.listIds == null ? List.of() : input.listIds;
    for (int i = 0; i < listIds.size(); i++) {
      if (listIds.get(i) == null
          || repository
              .findList(listIds.get(i))
              .filter(l -> l.getKind() != ListKind.SHARE_REQUESTS)
              .isEmpty()) {
        errors.add(new FieldError("listIds[" + i + "]", "there is no such list"));
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    n.setSubject(input.subject.strip());
    n.setPreheader(Texts.blankToNull(input.preheader));
    n.setLanguage(
        input.language != null ? input.language : who.language() == null ? "nl" : who.language());
    n.setBlocks(Blocks.toJson(blocks));
    if (input.template != null) {
      n.setTemplate(input.template);
    }
    n.setListIds(new LinkedHashSet<>(listIds));
  }

  public NewsletterView get(long id) {
    return view(find(id));
  }

  public Paged<NewsletterView> newsletters(int page, int size) {
    return new Paged<>(
        repository.newsletters((page - 1) * size, size).stream().map(this::view).toList(),
        page,
        size,
        repository.newsletterCount());
  }

  /** Sent newsletters for the archive, newest first. */
  public List<NewsletterView> archive() {
    return repository.sent(100).stream().map(this::view).toList();
  }

  /**
   * Sends now, or schedules for {@code at}. Sending now moves the newsletter to SENDING and writes
   * one delivery per recipient in the same transaction: either every recipient is queued or none.
   */
  @Transactional
  public NewsletterView send(long id, Instant at) {
    Newsletter n = find(id);
    if (!n.getStatus().isEditable()) {
      throw conflict("This newsletter is " + status(n) + "; it can be sent only once.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (n.getListIds().isEmpty()) {
      errors.add(new FieldError("listIds", "choose at least one list to send to"));
    }
    List<Block> blocks = Blocks.fromJson(n.getBlocks());
    if (blocks.isEmpty()) {
      errors.add(new FieldError("blocks", "add at least one block before sending"));
    }
    errors.addAll(Blocks.problems(blocks, true));
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    if (at != null && at.isAfter(Instant.now().plusSeconds(30))) {
      n.setStatus(NewsletterStatus.SCHEDULED);
      n.setSendAt(at);
      return view(n);
    }
    startNow(n.getId(), n.getStatus());
    return view(repository.findNewsletter(id).orElseThrow());
  }

  private void startNow(long id, NewsletterStatus from) {
    if (!repository.startSending(id, from)) {
      throw conflict("This newsletter was just sent or changed by someone else.");
    }
    materialise(repository.findNewsletter(id).orElseThrow());
  }

  /**
   * One delivery per recipient and the numbered links, in the transaction that starts it. A
   * challenge's weekly mail goes to the participants who read its language.
   */
  private void materialise(Newsletter n) {
    repository.materialise(
        n.getId(),
        n.getListIds().stream().map(repository::findList).flatMap(Optional::stream).toList(),
        n.isChallengeMail() ? n.getLanguage() : null);
    repository.saveLinks(n.getId(), TrackedLinks.of(renderer.resolve(n)));
  }

  /** Starts scheduled newsletters whose time has come; of several instances, one starts each. */
  @Transactional
  public int startDue() {
    int started = 0;
    for (long id : repository.due(Instant.now())) {
      if (repository.startSending(id, NewsletterStatus.SCHEDULED)) {
        materialise(repository.findNewsletter(id).orElseThrow());
        started++;
      }
    }
    return started;
  }

  @Transactional
  public NewsletterView pause(long id) {
    return move(id, NewsletterStatus.SENDING, NewsletterStatus.PAUSED, "paused");
  }

  @Transactional
  public NewsletterView resume(long id) {
    return move(id, NewsletterStatus.PAUSED, NewsletterStatus.SENDING, "resumed");
  }

  private NewsletterView move(long id, NewsletterStatus from, NewsletterStatus to, String verb) {
    Newsletter n = find(id);
    if (n.getStatus() != from) {
      throw conflict(
          "Only a "
              + from.name().toLowerCase(Locale.ROOT)
              + " newsletter can be "
              + verb
              + "; this one is "
              + status(n)
              + ".");
    }
    n.setStatus(to);
    return view(n);
  }

  /** Cancels what has not gone out yet; what was sent stays sent. */
  @Transactional
  public NewsletterView cancel(long id) {
    Newsletter n = find(id);
    if (n.getStatus() == NewsletterStatus.SENT || n.getStatus() == NewsletterStatus.CANCELLED) {
      throw conflict("This newsletter is " + status(n) + " already.");
    }
    n.setStatus(NewsletterStatus.CANCELLED);
    repository.skipOpen(id, "cancelled");
    return view(n);
  }

  public Progress progress(long id) {
    Newsletter n = find(id);
    Map<DeliveryStatus, Long> c = repository.countsByStatus(id);
    long remaining =
        c.get(DeliveryStatus.QUEUED) + c.get(DeliveryStatus.SENDING) + c.get(DeliveryStatus.RETRY);
    Instant now = Instant.now();
    // While sending: the pace of the last two minutes; once done: the average of the whole send.
    double perMinute =
        n.getFinishedAt() != null && n.getStartedAt() != null
            ? c.get(DeliveryStatus.SENT)
                * 60_000.0
                / Math.max(1, Duration.between(n.getStartedAt(), n.getFinishedAt()).toMillis())
            : repository.sentSince(id, now.minus(Duration.ofMinutes(2))) / 2.0;
    boolean sending = remaining > 0 && n.getStatus() == NewsletterStatus.SENDING;
    Optional<Instant> dailyLimit =
        sending ? queue.dailyLimitReopensAt(deliverySettings.limits()) : Optional.empty();
    OffsetDateTime eta =
        sending && perMinute > 0
            ? eta(now, remaining, perMinute, dailyLimit, deliverySettings.limits())
            : null;
    Optional<RelayStatus.Outage> outage = relay.outage();
    return new Progress(
        id,
        status(n),
        n.getRecipients(),
        c.get(DeliveryStatus.QUEUED) + c.get(DeliveryStatus.RETRY),
        c.get(DeliveryStatus.SENDING),
        c.get(DeliveryStatus.SENT),
        c.get(DeliveryStatus.FAILED),
        c.get(DeliveryStatus.INVALID),
        c.get(DeliveryStatus.BOUNCED),
        c.get(DeliveryStatus.SKIPPED),
        remaining,
        repository.links(id).stream().mapToLong(r -> ((Number) r[2]).longValue()).sum(),
        perMinute,
        eta,
        outage.isPresent() && remaining > 0,
        outage.map(RelayStatus.Outage::detail).orElse(null),
        dailyLimit.map(DeliveryQueue::at).orElse(null));
  }

  /**
   * When the rest is sent at the current pace, or later when the relay's daily limit holds it: each
   * further day's worth then waits for the next 24 hours.
   */
  static OffsetDateTime eta(
      Instant now,
      long remaining,
      double perMinute,
      Optional<Instant> dailyLimitReopens,
      RelayLimits limits) {
    Instant atPace = now.plusSeconds((long) Math.ceil(remaining * 60 / perMinute));
    if (!limits.limitsDay()) {
      return DeliveryQueue.at(atPace);
    }
    long fullDays = (remaining - 1) / limits.perDay();
    Instant start = dailyLimitReopens.orElse(now);
    Instant lastDay = start.plus(Duration.ofDays(fullDays));
    long onLastDay = remaining - fullDays * limits.perDay();
    Instant byLimit = lastDay.plusSeconds((long) Math.ceil(onLastDay * 60 / perMinute));
    return DeliveryQueue.at(byLimit.isAfter(atPace) ? byLimit : atPace);
  }

  public Paged<DeliveryView> deliveries(long id, String status, int page, int size) {
    find(id);
    DeliveryStatus filter = null;
    if (status != null && !status.isBlank()) {
      try {
        filter = DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new FieldProblem(
            "status", "must be one of " + java.util.Arrays.toString(DeliveryStatus.values()));
      }
    }
    List<DeliveryView> rows =
        repository.deliveries(id, filter, (page - 1) * size, size).stream()
            .map(
                r ->
                    new DeliveryView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        offset(r[4]),
                        (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).intValue()))
            .toList();
    return new Paged<>(rows, page, size, repository.deliveryCount(id, filter));
  }

  /** Sends the newsletter to the person composing it, at once and outside the queue. */
  public DeliveryResult sendTest(long id, Viewer viewer) {
    Newsletter n = find(id);
    String email =
        emailOf(viewer)
            .orElseThrow(
                () ->
                    new FieldProblem(
                        "email", "your account has no e-mail address to send the test to"));
    MailContent content = renderer.resolve(n);
    MailContent test = content.withSubject("[Test] " + content.subject());
    return mailer.send(mail(test, 0, email, viewer.displayName(), "#", null));
  }

  // --- what the workers need

  /**
   * The newsletter's blocks resolved for mail, with the links numbered when it started sending
   * replaced by their tracked form; read in a transaction of its own.
   */
  @Transactional
  public MailContent content(long id) {
    List<String> urls = repository.links(id).stream().map(r -> (String) r[1]).toList();
    Newsletter n = find(id);
    MailContent content = renderer.resolve(n);
    if (n.isChallengeMail()) {
      content = content.withKind(MailContent.Kind.CHALLENGE);
    }
    return TrackedLinks.tracked(content, urls, settings.baseUrl());
  }

  /**
   * Follows a newsletter link: its address, counted anonymously; with a valid reader token (only in
   * the mails of readers who consent to measurement) also counted as that reader's, if they still
   * consent now. A link preview or scanner is counted apart and never as a reader's.
   */
  @Transactional
  public Optional<String> click(long newsletterId, int position, boolean bot, String readerToken) {
    Optional<String> target = repository.click(newsletterId, position, bot);
    if (target.isPresent() && !bot && readerToken != null) {
      signingKey
          .tokens()
          .verify(DeliveryTokens.Purpose.READER, readerToken)
          .ifPresent(delivery -> repository.readerClicked(newsletterId, delivery, Instant.now()));
    }
    return target;
  }

  /** The newsletters the person clicked in while consenting to measurement (their export). */
  @Transactional
  public List<ReaderClicks> readerClicksOf(Viewer viewer) {
    return emailOf(viewer).stream()
        .flatMap(email -> repository.readerClicksOf(email).stream())
        .map(
            r ->
                new ReaderClicks(
                    (String) r[0], offset(r[1]), ((Number) r[2]).intValue(), offset(r[3])))
        .toList();
  }

  /** Forgets which newsletter links the person clicked (their measurement data is erased). */
  @Transactional
  public int forgetReader(Viewer viewer) {
    return emailOf(viewer).map(repository::forgetReaderClicks).orElse(0);
  }

  /** What readers clicked: each link with its human and bot clicks. */
  public record LinkClicks(int position, String url, long clicks, long botClicks) {}

  public List<LinkClicks> clicks(long id) {
    find(id);
    return repository.links(id).stream()
        .map(
            r ->
                new LinkClicks(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** The mail for one delivery, personalised: greeting, unsubscribe link, headers. */
  public OutgoingMail mailFor(MailContent content, ClaimedDelivery d) {
    DeliveryTokens tokens = signingKey.tokens();
    String token = tokens.tokenFor(DeliveryTokens.Purpose.UNSUBSCRIBE, d.id());
    // Only a reader who consents to measurement gets links that say who clicked.
    String reader =
        d.measured() ? "?r=" + tokens.tokenFor(DeliveryTokens.Purpose.READER, d.id()) : null;
    return mail(content, d.id(), d.email(), d.displayName(), token, reader);
  }

  private OutgoingMail mail(
      MailContent content,
      long deliveryId,
      String email,
      String name,
      String token,
      String linkSuffix) {
    String base = settings.baseUrl();
    String unsubscribe = base + "/unsubscribe/" + token;
    Personalisation who =
        new Personalisation(
            name,
            unsubscribe,
            // a share request is not in the archive: nothing to read online
            content.automatic() ? null : base + "/newsletters/" + content.newsletterId() + "/read",
            switch (content.kind()) {
              case DIGEST -> weekLine(email, content.language());
              case CHALLENGE -> repository.note(content.newsletterId(), email).orElse(null);
              default -> null;
            },
            linkSuffix);
    OutgoingMail.Builder mail =
        OutgoingMail.builder()
            .to(EmailAddress.of(email, name))
            .subject(content.subject())
            .html(renderer.html(content, who))
            .text(renderer.text(content, who))
            .listId(new ListId("newsletter." + host(), settings.branding().name()))
            .autoSubmitted(content.automatic())
            .header("X-Hub-Newsletter", Long.toString(content.newsletterId()))
            .header("X-Hub-Delivery", Long.toString(deliveryId));
    if (unsubscribe.startsWith("https://")) {
      // RFC 8058 one-click needs https; on a plain-http test hub the link in the mail remains.
      mail.listUnsubscribe(ListUnsubscribe.oneClick(URI.create(unsubscribe)));
    }
    return mail.build();
  }

  /** The newsletter as a web page (the "view online" link and the archive). */
  @Transactional
  public String webVersion(long id, Viewer viewer) {
    return renderer.html(renderer.resolve(readable(id, viewer)), readerOnTheHub(id));
  }

  /** The newsletter if this reader may read it on the hub (sent, or they compose), else 404. */
  public NewsletterView readableView(long id, Viewer viewer) {
    return view(readable(id, viewer));
  }

  private Newsletter readable(long id, Viewer viewer) {
    Newsletter n = find(id);
    boolean composer = viewer.has(Roles.COMMUNICATIONS) || viewer.has(Roles.ADMIN);
    boolean published =
        (n.getStatus() == NewsletterStatus.SENT || n.getStatus() == NewsletterStatus.SENDING)
            // a share request may be about an item only its audience may see, and a challenge
            // mail shows the participants' growth, which only participants agreed to show
            && !n.isShareRequest()
            && !n.isChallengeMail();
    if (!published && !composer) {
      throw new NotFoundException("There is no newsletter " + id + ".");
    }
    return n;
  }

  /** The plain text part, as a reader without HTML gets it (for the composer's preview). */
  @Transactional
  public String textVersion(long id) {
    return renderer.text(renderer.resolve(find(id)), readerOnTheHub(id));
  }

  /** Nobody in particular, reading on the hub: no greeting, preferences instead of unsubscribe. */
  private Personalisation readerOnTheHub(long id) {
    return new Personalisation(
        null,
        settings.baseUrl() + "/newsletters/preferences",
        settings.baseUrl() + "/newsletters/" + id + "/read",
        null);
  }

  /** The digest's line for one reader on what their contribution yielded this week, or null. */
  private String weekLine(String email, String language) {
    return analytics
        .lastWeekOf(email)
        .map(
            week -> {
              var t = messages(language);
              return week.shares() == null
                  ? t.t("mail.newsletter.week.reads", week.reads())
                  : t.t("mail.newsletter.week.all", week.reads(), week.shares(), week.clicks());
            })
        .orElse(null);
  }

  /**
   * A bounce from the bounce mailbox: the delivery it quotes becomes bounced, and a hard bounce
   * counts against the address ({@code hub.bounce.hard-limit} of them and it is suppressed).
   */
  @Transactional
  public void recordBounce(org.contenthub.mail.Bounce bounce) {
    String detail = bounce.status() + " " + bounce.diagnostic();
    if (bounce.originalMessageId() != null) {
      repository.markBounced(bounce.originalMessageId(), detail.strip());
    }
    if (bounce.isHard()) {
      repository.recordHardBounce(
          bounce.recipient().toLowerCase(Locale.ROOT),
          detail.strip(),
          deliverySettings.hardBounceLimit());
    }
  }

  /** The address was refused as non-existent: suppress it at once. */
  @Transactional
  public void addressInvalid(String email, String reason) {
    repository.recordHardBounce(email.toLowerCase(Locale.ROOT), reason, 1);
  }

  // --- unsubscribing

  @Transactional
  public Unsubscription unsubscription(String token) {
    return unsubscription(token, null);
  }

  /** Unsubscribes ({@code true}) or resubscribes the delivery's address from its lists. */
  @Transactional
  public Unsubscription setUnsubscribed(String token, boolean unsubscribed) {
    return unsubscription(token, unsubscribed);
  }

  private Unsubscription unsubscription(String token, Boolean change) {
    OptionalLong deliveryId = signingKey.tokens().verify(DeliveryTokens.Purpose.UNSUBSCRIBE, token);
    Object[] delivery =
        deliveryId.isPresent() ? repository.delivery(deliveryId.getAsLong()).orElse(null) : null;
    if (delivery == null) {
      throw new NotFoundException(
          "This unsubscribe link is not valid. Use the link in the newsletter itself, or change"
              + " your newsletters on the preferences page of the hub.");
    }
    Newsletter n = find(((Number) delivery[0]).longValue());
    String email = (String) delivery[1];
    List<String> names = new ArrayList<>();
    boolean all = true;
    for (long listId : n.getListIds()) {
      Optional<MailingList> list = repository.findList(listId);
      if (list.isEmpty()) {
        continue;
      }
      names.add(nameOf(list.get(), n.getLanguage()));
      if (Boolean.TRUE.equals(change)) {
        repository.unsubscribe(listId, email);
      } else if (Boolean.FALSE.equals(change)) {
        repository.resubscribe(listId, email);
      }
      all &= repository.isUnsubscribed(listId, email);
    }
    return new Unsubscription(token, mask(email), n.getSubject(), names, all && !names.isEmpty());
  }

  // --- a person's own newsletters

  /** A list the person is on, and whether they receive it. */
  public record Preference(long listId, String name, String description, boolean subscribed) {}

  public List<Preference> preferences(Viewer viewer) {
    return emailOf(viewer).map(email -> preferences(viewer, email)).orElse(List.of());
  }

  private List<Preference> preferences(Viewer viewer, String email) {
    List<Preference> result = new ArrayList<>();
    for (Object[] row : repository.listsOf(email, viewer.department(), viewer.roles())) {
      MailingList list = (MailingList) row[0];
      result.add(
          new Preference(
              list.getId(),
              nameOf(list, viewer.language()),
              list.getKind() == ListKind.SHARE_REQUESTS
                  ? messages(viewer.language()).t("share.request.list.description")
                  : list.getDescription(),
              !(Boolean) row[1]));
    }
    return result;
  }

  /** A list's name; the hub's own share request list in the reader's language. */
  private static String nameOf(MailingList list, String language) {
    return list.getKind() == ListKind.SHARE_REQUESTS
        ? messages(language).t("share.request.list")
        : list.getName();
  }

  private static org.contenthub.web.platform.Messages messages(String language) {
    return org.contenthub.web.platform.Messages.of(
        org.contenthub.web.platform.Messages.supported(language));
  }

  @Transactional
  public void setSubscribed(Viewer viewer, long listId, boolean subscribed) {
    String email =
        emailOf(viewer)
            .orElseThrow(() -> new FieldProblem("email", "your account has no e-mail address"));
    if (preferences(viewer, email).stream().noneMatch(p -> p.listId() == listId)) {
      throw new NotFoundException("You are not on list " + listId + ".");
    }
    if (subscribed) {
      repository.resubscribe(listId, email);
    } else {
      repository.unsubscribe(listId, email);
    }
  }

  private Optional<String> emailOf(Viewer viewer) {
    return accounts
        .findActive(viewer.username())
        .map(a -> a.getEmail())
        .filter(e -> e != null && !e.isBlank())
        .map(e -> e.strip().toLowerCase(Locale.ROOT));
  }

  /** Items a communicator can put in a newsletter: recent ones every employee may see. */
  public record ItemChoice(long id, String title) {}

  public List<ItemChoice> itemChoices() {
    return renderer.recentItems(60).stream()
        .map(i -> new ItemChoice(i.getId(), i.getTitle()))
        .toList();
  }

  // --- helpers

  private Newsletter find(long id) {
    return repository
        .findNewsletter(id)
        .orElseThrow(() -> new NotFoundException("There is no newsletter " + id + "."));
  }

  private NewsletterView view(Newsletter n) {
    return new NewsletterView(
        n.getId(),
        n.getSubject(),
        n.getPreheader(),
        n.getLanguage(),
        n.getTemplate(),
        status(n),
        List.copyOf(n.getListIds()),
        Blocks.fromJson(n.getBlocks()),
        offset(n.getSendAt()),
        offset(n.getStartedAt()),
        offset(n.getFinishedAt()),
        n.getRecipients(),
        n.getVersion());
  }

  private static String status(Newsletter n) {
    return n.getStatus().name().toLowerCase(Locale.ROOT);
  }

  private String host() {
    String host = URI.create(settings.baseUrl()).getHost();
    return host == null || host.isBlank() ? "localhost" : host.toLowerCase(Locale.ROOT);
  }

  static String mask(String email) {
    int at = email.indexOf('@');
    if (at <= 1) {
      return "…" + email.substring(Math.max(at, 0));
    }
    return email.charAt(0) + "…" + email.substring(at - 1);
  }

  private static ClientErrorException conflict(String message) {
    return new ClientErrorException(message, Response.Status.CONFLICT);
  }

  private static OffsetDateTime offset(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.atOffset(ZoneOffset.UTC);
    }
    return OffsetDateTime.parse(value.toString());
  }
}
