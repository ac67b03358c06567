package org.contenthub.web.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.contenthub.web.challenge.ChallengeRepository.Participant;
import org.contenthub.web.challenge.ChallengeRules.Phase;
import org.contenthub.web.challenge.ChallengeRules.Report;
import org.contenthub.web.challenge.ChallengeRules.Standing;
import org.contenthub.web.challenge.ChallengeRules.Totals;
import org.contenthub.web.items.ItemInput;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.newsletter.ListInput;
import org.contenthub.web.newsletter.NewsletterService;
import org.contenthub.web.notices.NoticeService;
import org.contenthub.web.people.MeasurementErased;
import org.contenthub.web.people.PeopleService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.platform.TimeAgo;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;
import org.contenthub.web.sharing.Network;
import org.contenthub.web.sharing.SharingService;

/**
 * The rules of challenges and the transaction: who may set one up, enrol, report and see whose
 * figures; the leaderboard; announcing the winner. What a challenge is worth in points and badges
 * is {@link ChallengeRules}; the weekly mail is composed by {@link ChallengeMails}.
 */
@ApplicationScoped
public class ChallengeService {

  /** The networks a challenge counts unless the communicator chooses. */
  public static final List<String> DEFAULT_NETWORKS = List.of("linkedin", "x", "facebook");

  @Inject ChallengeRepository repository;
  @Inject NewsletterService newsletters;
  @Inject NoticeService notices;
  @Inject ItemService items;
  @Inject SharingService sharing;
  @Inject PeopleService people;

  Clock clock = Clock.systemUTC();

  /** A challenge as everyone who may see it sees it (no one's personal figures). */
  public record ChallengeView(
      long id,
      String title,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      int weeks,
      List<String> networks,
      String phase,
      int currentWeek,
      long participants,
      boolean enrolled,
      Long listId,
      Long resultsItemId,
      String winners,
      OffsetDateTime announcedAt,
      long version) {}

  /** One line of the leaderboard; {@code you} marks the reader's own. */
  public record Row(
      Integer rank,
      String name,
      long growth,
      Double growthPercent,
      int weeksReported,
      int shares,
      int points,
      List<String> badges,
      boolean you) {}

  /** The leaderboard with its totals, and the reader's own line (null if they take no part). */
  public record Leaderboard(
      long challengeId, int weeksSoFar, Totals totals, List<Row> rows, Row mine) {}

  /** What a participant reported, week by week, and what the form may offer. */
  public record MyReports(
      int currentWeek,
      List<WeekReport> weeks,
      Map<String, Integer> prefill,
      boolean prefillFromProfile) {}

  public record WeekReport(int week, Map<String, Integer> contacts) {}

  // --- reading

  @Transactional
  public List<ChallengeView> list(Viewer viewer) {
    return repository.all().stream().map(c -> view(c, viewer)).toList();
  }

  @Transactional
  public ChallengeView get(long id, Viewer viewer) {
    return view(find(id), viewer);
  }

  /**
   * The leaderboard, for the participants (who agreed to show their growth to each other) and for
   * the communicators who run the challenge; anyone else learns the totals only ({@link #totals}).
   */
  @Transactional
  public Leaderboard leaderboard(long id, Viewer viewer) {
    Challenge c = find(id);
    boolean participant = repository.isParticipant(id, viewer.accountId());
    if (!participant && !runs(viewer)) {
      throw new ForbiddenException(
          "The leaderboard is shown to the challenge's participants; enrol to see it.");
    }
    return leaderboard(c, viewer.accountId());
  }

  /** How the challenge as a whole is doing: participants, who reported, total growth. */
  @Transactional
  public Totals totals(long id) {
    return ChallengeRules.totals(standings(find(id)));
  }

  /** The reader's own reports, with the counts the form starts from. */
  @Transactional
  public MyReports myReports(long id, Viewer viewer) {
    Challenge c = find(id);
    if (!repository.isParticipant(id, viewer.accountId())) {
      throw new ClientErrorException(
          "You do not take part in this challenge; enrol first.", Response.Status.CONFLICT);
    }
    Map<Integer, Map<String, Integer>> byWeek = new java.util.TreeMap<>();
    for (Object[] row : repository.reports(id)) {
      if (((Number) row[0]).longValue() == viewer.accountId()) {
        byWeek
            .computeIfAbsent(((Number) row[1]).intValue(), w -> new LinkedHashMap<>())
            .put((String) row[2], ((Number) row[3]).intValue());
      }
    }
    List<WeekReport> weeks =
        byWeek.entrySet().stream().map(e -> new WeekReport(e.getKey(), e.getValue())).toList();
    // The form starts from the latest count per network; for a first report, from the network
    // sizes the person keeps on their own page, if any.
    Map<String, Integer> prefill = new LinkedHashMap<>();
    weeks.forEach(w -> prefill.putAll(w.contacts()));
    boolean fromProfile = false;
    if (prefill.isEmpty()) {
      Map<String, Integer> sizes = people.networkSizes(viewer);
      for (String network : c.getNetworks()) {
        if (sizes.containsKey(network)) {
          prefill.put(network, sizes.get(network));
          fromProfile = true;
        }
      }
    }
    return new MyReports(currentWeek(c), weeks, prefill, fromProfile);
  }

  // --- setting up

  @Transactional
  public ChallengeView create(ChallengeInput input, Viewer communicator) {
    Challenge c = new Challenge(communicator.accountId());
    apply(c, input);
    if (ChallengeRules.lastDay(c.getStartDate(), c.getWeeks()).isBefore(today())) {
      throw new FieldProblem(
          "startDate", "the challenge would be over already; choose a later start");
    }
    repository.save(c);
    // Its own list, so communicators can write to the participants (and the weekly mail goes
    // there).
    ListInput list = new ListInput();
    String name = "Challenge: " + c.getTitle();
    list.name = name.length() > 200 ? name.substring(0, 199) + "…" : name;
    list.description = "De deelnemers aan de social media challenge “" + c.getTitle() + "”.";
    list.kind = "CHALLENGE_PARTICIPANTS";
    list.criterion = Long.toString(c.getId());
    c.setListId(newsletters.createList(list).id());
    repository.flush();
    return view(c, communicator);
  }

  /** Changes a challenge that has not started yet. */
  @Transactional
  public ChallengeView update(long id, ChallengeInput input, Viewer communicator) {
    Challenge c = find(id);
    if (phase(c) != Phase.UPCOMING) {
      throw conflict("The challenge has started; it can no longer be changed.");
    }
    if (input.version != null && input.version != c.getVersion()) {
      throw conflict(
          "Someone else changed this challenge meanwhile; reload it and make your change again.");
    }
    apply(c, input);
    if (c.getStartDate().isBefore(today())) {
      throw new FieldProblem("startDate", "must be today or later");
    }
    repository.flush();
    return view(c, communicator);
  }

  private void apply(Challenge c, ChallengeInput input) {
    List<FieldError> errors = new ArrayList<>();
    int weeks = input.weeks == null ? ChallengeRules.DEFAULT_WEEKS : input.weeks;
    if (input.endDate != null && input.startDate != null) {
      if (!input.endDate.isAfter(input.startDate)) {
        errors.add(new FieldError("endDate", "must be after the start date"));
      } else {
        int through = ChallengeRules.weeksThrough(input.startDate, input.endDate);
        if (input.weeks != null && input.weeks != through) {
          errors.add(
              new FieldError(
                  "endDate", "gives " + through + " weeks, but weeks says " + input.weeks));
        }
        weeks = through;
      }
    }
    if (weeks < ChallengeRules.MIN_WEEKS || weeks > ChallengeRules.MAX_WEEKS) {
      errors.add(
          new FieldError(
              input.endDate != null && input.weeks == null ? "endDate" : "weeks",
              "a challenge lasts "
                  + ChallengeRules.MIN_WEEKS
                  + " to "
                  + ChallengeRules.MAX_WEEKS
                  + " weeks"));
    }
    List<String> networks = new ArrayList<>();
    List<String> wanted = input.networks == null ? DEFAULT_NETWORKS : input.networks;
    for (int i = 0; i < wanted.size(); i++) {
      Optional<String> network = countable(wanted.get(i));
      if (network.isEmpty()) {
        errors.add(
            new FieldError(
                "networks[" + i + "]",
                "must be one of " + String.join(", ", PeopleService.NETWORKS)));
      } else if (!networks.contains(network.get())) {
        networks.add(network.get());
      }
    }
    if (networks.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("networks"))) {
      errors.add(new FieldError("networks", "choose at least one network"));
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    c.setTitle(input.title.strip());
    c.setDescription(Texts.blankToNull(input.description));
    c.setStartDate(input.startDate);
    c.setWeeks(weeks);
    c.setNetworks(networks);
  }

  /** A network with contacts of its own ("copy" has none). */
  private static Optional<String> countable(String value) {
    return Network.parse(value).map(Network::id).filter(PeopleService.NETWORKS::contains);
  }

  // --- taking part

  /**
   * Enrols the reader, who must agree that their growth is shown to the other participants (and,
   * for the top of the leaderboard, in the results on the hub).
   */
  @Transactional
  public ChallengeView enrol(long id, boolean consent, Viewer viewer) {
    Challenge c = find(id);
    if (!viewer.isInternal()) {
      throw new ForbiddenException("Challenges are for colleagues.");
    }
    if (!consent) {
      throw new FieldProblem(
          "consent", "agree that your growth is shown to the other participants to take part");
    }
    Phase phase = phase(c);
    if (phase != Phase.UPCOMING && phase != Phase.RUNNING) {
      throw conflict("This challenge is over; you can no longer enrol.");
    }
    if (!repository.enrol(id, viewer.accountId())) {
      throw conflict("You take part in this challenge already.");
    }
    return view(c, viewer);
  }

  /** Leaves the challenge; everything the reader reported in it is deleted. */
  @Transactional
  public ChallengeView leave(long id, Viewer viewer) {
    Challenge c = find(id);
    if (!repository.leave(id, viewer.accountId())) {
      throw conflict("You do not take part in this challenge.");
    }
    return view(c, viewer);
  }

  /**
   * The reader's contacts per network for a week of the challenge (default: this week), replacing
   * their whole report of that week if they made one. Weeks that have begun may be reported late,
   * until the winner is announced.
   */
  @Transactional
  public MyReports report(long id, Integer week, Map<String, BigDecimal> contacts, Viewer viewer) {
    Challenge c = find(id);
    Phase phase = phase(c);
    if (phase == Phase.UPCOMING) {
      throw conflict("The challenge starts on " + c.getStartDate() + "; report from then on.");
    }
    if (phase == Phase.ANNOUNCED) {
      throw conflict("The winner has been announced; the challenge takes no more reports.");
    }
    if (!repository.lockParticipant(id, viewer.accountId())) {
      throw conflict("You do not take part in this challenge; enrol first.");
    }
    int begun = ChallengeRules.weeksSoFar(c.getStartDate(), c.getWeeks(), today());
    int reported = week == null ? begun : week;
    List<FieldError> errors = new ArrayList<>();
    if (reported < 1 || reported > begun) {
      errors.add(
          new FieldError(
              "week",
              begun == 1
                  ? "only week 1 has begun"
                  : "must be a week of the challenge that has begun: 1 to " + begun));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (contacts == null || contacts.values().stream().allMatch(v -> v == null)) {
      errors.add(new FieldError("contacts", "report the contacts of at least one network"));
    } else {
      contacts.forEach(
          (network, value) -> {
            String field = "contacts." + network;
            if (!c.getNetworks().contains(network)) {
              errors.add(
                  new FieldError(
                      field,
                      "not a network of this challenge; it counts "
                          + String.join(", ", c.getNetworks())));
            } else if (value != null) {
              if (value.signum() < 0
                  || value.stripTrailingZeros().scale() > 0
                  || value.compareTo(BigDecimal.valueOf(ChallengeRules.MAX_CONTACTS)) > 0) {
                errors.add(
                    new FieldError(
                        field, "must be a whole number from 0 to " + ChallengeRules.MAX_CONTACTS));
              } else {
                counts.put(network, value.intValueExact());
              }
            }
          });
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    repository.report(id, viewer.accountId(), reported, counts);
    return myReports(id, viewer);
  }

  // --- the end

  /**
   * Ends the challenge (if still running, after this moment no more reports count) and announces
   * the winner: every participant gets a notice, and the results (the top of the leaderboard and
   * the totals) become an item on the hub that every colleague may see.
   */
  @Transactional
  public ChallengeView announce(long id, Viewer communicator) {
    Challenge c = find(id);
    switch (phase(c)) {
      case UPCOMING ->
          throw conflict("The challenge has not started; there is nothing to announce.");
      case ANNOUNCED -> throw conflict("The winner has been announced already.");
      default -> {}
    }
    List<Standing> standings = standings(c);
    List<Standing> winners =
        standings.stream().filter(s -> s.rank() != null && s.rank() == 1).toList();
    if (winners.isEmpty()) {
      throw conflict("Nobody has reported yet; there is no winner to announce.");
    }
    String names = String.join(" & ", winners.stream().map(Standing::name).toList());
    Messages t = Messages.of(Messages.supported(communicator.language()));
    ItemInput results =
        new ItemInput(t.t("challenge.results.title", c.getTitle()), "internal", t.language());
    results.summary = t.t("challenge.results.summary", names, c.getTitle());
    results.body = resultsBody(c, standings, t);
    results.visibility = "internal";
    results.tags = List.of("challenge");
    long item = items.create(results, communicator).getId();
    // the item's row first: nothing in the mapping tells EclipseLink the challenge refers to it
    repository.flush();
    c.announce(Instant.now(clock), names, item);
    notices.notify(
        standings.stream().map(Standing::accountId).toList(),
        "challenge-winner",
        c.getTitle(),
        names,
        "/challenges/" + c.getId());
    return view(c, communicator);
  }

  private String resultsBody(Challenge c, List<Standing> standings, Messages t) {
    Totals totals = ChallengeRules.totals(standings);
    StringBuilder html = new StringBuilder();
    html.append("<p>")
        .append(
            escape(
                t.t(
                    "challenge.results.totals",
                    totals.participants(),
                    totals.reporting(),
                    signed(totals.growth()),
                    percent(totals.percent(), t))))
        .append("</p>");
    for (Standing s : standings) {
      if (s.rank() == null || s.rank() > ChallengeMails.TOP) {
        continue;
      }
      html.append("<p>")
          .append(
              escape(
                  t.t(
                      "challenge.results.line",
                      s.rank(),
                      s.name(),
                      signed(s.growth().absolute()),
                      percent(s.growth().percent(), t))))
          .append("</p>");
    }
    html.append("<p>").append(escape(t.t("challenge.results.thanks"))).append("</p>");
    return html.toString();
  }

  // --- the weekly mail's facts

  /** A running challenge's standings for its weekly mail. */
  public record MailFacts(
      Challenge challenge, int week, List<Standing> standings, List<Participant> participants) {}

  @Transactional
  public Optional<MailFacts> mailFacts(long id) {
    Challenge c = find(id);
    if (phase(c) != Phase.RUNNING) {
      return Optional.empty();
    }
    return Optional.of(new MailFacts(c, currentWeek(c), standings(c), repository.participants(id)));
  }

  /** Challenges that may be running, for the weekly mail. */
  @Transactional
  public List<Long> runningIds() {
    LocalDate today = today();
    return repository.unannouncedStartedBy(today).stream()
        .filter(c -> phase(c) == Phase.RUNNING)
        .map(Challenge::getId)
        .toList();
  }

  // --- privacy

  /** A person deleted their measurement data: their challenges go with it, reports and all. */
  void forget(@Observes MeasurementErased erased) {
    repository.forget(erased.accountId());
  }

  // --- helpers

  private Leaderboard leaderboard(Challenge c, Long readerId) {
    List<Standing> standings = standings(c);
    List<Row> rows = new ArrayList<>();
    Row mine = null;
    for (Standing s : standings) {
      Row row =
          new Row(
              s.rank(),
              s.name(),
              s.growth().absolute(),
              s.growth().percent(),
              s.weeksReported(),
              s.shares(),
              s.points(),
              s.badges().stream().map(b -> b.name().toLowerCase(Locale.ROOT)).toList(),
              readerId != null && s.accountId() == readerId);
      rows.add(row);
      if (row.you()) {
        mine = row;
      }
    }
    return new Leaderboard(
        c.getId(),
        ChallengeRules.weeksSoFar(c.getStartDate(), c.getWeeks(), today()),
        ChallengeRules.totals(standings),
        rows,
        mine);
  }

  List<Standing> standings(Challenge c) {
    Map<Long, List<Report>> reports = new LinkedHashMap<>();
    for (Object[] row : repository.reports(c.getId())) {
      reports
          .computeIfAbsent(((Number) row[0]).longValue(), a -> new ArrayList<>())
          .add(
              new Report(
                  ((Number) row[1]).intValue(), (String) row[2], ((Number) row[3]).intValue()));
    }
    Instant from = c.getStartDate().atStartOfDay(TimeAgo.ZONE).toInstant();
    Instant to =
        ChallengeRules.lastDay(c.getStartDate(), c.getWeeks())
            .plusDays(1)
            .atStartOfDay(TimeAgo.ZONE)
            .toInstant();
    if (c.getAnnouncedAt() != null && c.getAnnouncedAt().isBefore(to)) {
      to = c.getAnnouncedAt();
    }
    Map<Long, Integer> shares = sharing.sharesPerPerson(from, to);
    List<ChallengeRules.Entry> entries = new ArrayList<>();
    for (Participant p : repository.participants(c.getId())) {
      entries.add(
          new ChallengeRules.Entry(
              p.accountId(),
              p.name(),
              reports.getOrDefault(p.accountId(), List.of()),
              shares.getOrDefault(p.accountId(), 0)));
    }
    return ChallengeRules.rank(
        entries,
        ChallengeRules.weeksSoFar(c.getStartDate(), c.getWeeks(), today()),
        c.getAnnouncedAt() != null);
  }

  private ChallengeView view(Challenge c, Viewer viewer) {
    return new ChallengeView(
        c.getId(),
        c.getTitle(),
        c.getDescription(),
        c.getStartDate(),
        ChallengeRules.lastDay(c.getStartDate(), c.getWeeks()),
        c.getWeeks(),
        c.getNetworks(),
        phase(c).name().toLowerCase(Locale.ROOT),
        currentWeek(c),
        repository.participantCount(c.getId()),
        viewer.accountId() != null && repository.isParticipant(c.getId(), viewer.accountId()),
        c.getListId(),
        c.getResultsItemId(),
        c.getWinners(),
        c.getAnnouncedAt() == null ? null : c.getAnnouncedAt().atOffset(ZoneOffset.UTC),
        c.getVersion());
  }

  /** This week of the challenge (0 before it starts; the last week once it is over). */
  private int currentWeek(Challenge c) {
    return ChallengeRules.weeksSoFar(c.getStartDate(), c.getWeeks(), today());
  }

  private Phase phase(Challenge c) {
    return ChallengeRules.phase(
        c.getStartDate(), c.getWeeks(), today(), c.getAnnouncedAt() != null);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(TimeAgo.ZONE));
  }

  /** Communication staff and administrators run challenges. */
  static boolean runs(Viewer viewer) {
    return viewer.has(Roles.COMMUNICATIONS) || viewer.has(Roles.ADMIN);
  }

  private Challenge find(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no challenge " + id + "."));
  }

  static String signed(long value) {
    return (value > 0 ? "+" : "") + String.format(Locale.ROOT, "%d", value);
  }

  static String percent(Double value, Messages t) {
    return value == null
        ? "–"
        : (value > 0 ? "+" : "") + String.format(t.locale(), "%.1f", value) + " %";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static ClientErrorException conflict(String message) {
    return new ClientErrorException(message, Response.Status.CONFLICT);
  }

  /** Distinct languages of the participants, Dutch for those without one. */
  static List<String> languages(List<Participant> participants) {
    LinkedHashSet<String> languages = new LinkedHashSet<>();
    for (Participant p : participants) {
      languages.add(Messages.supported(p.language()).getLanguage());
    }
    return List.copyOf(languages);
  }
}
