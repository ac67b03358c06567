package org.contenthub.web.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contenthub.web.analytics.AnalyticsRepository.Scope;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.security.Viewer;

/**
 * The figures of measurement and who may see them. Items and the whole hub: anonymous totals for
 * editors and communication staff. A person: only with their consent, for themselves and the roles
 * in {@code hub.analytics.person-roles}. A department: only when at least {@code
 * hub.analytics.min-group-size} of its people consent, so its figures are never a few people's.
 */
@ApplicationScoped
public class AnalyticsService {

  static final int TOP = 10;

  @Inject AnalyticsRepository repository;
  @Inject AnalyticsSettings settings;
  @Inject ItemService items;
  @Inject org.contenthub.web.security.AccountService accounts;

  /** The whole hub in a period. People only for viewers with a granted role. */
  public record Overview(
      LocalDate from,
      LocalDate to,
      Figures total,
      List<Row> overTime,
      List<Row> networks,
      List<Row> items,
      boolean peopleShown,
      List<Row> people,
      int minimumGroupSize,
      List<Row> departments,
      Valuation.Info valuation) {}

  public record ItemReport(
      long itemId,
      String title,
      LocalDate from,
      LocalDate to,
      Figures total,
      List<Row> overTime,
      List<Row> networks,
      Valuation.Info valuation) {}

  public record PersonReport(
      long personId,
      String name,
      String department,
      LocalDate from,
      LocalDate to,
      Figures total,
      List<Row> overTime,
      List<Row> networks,
      List<Row> items,
      Valuation.Info valuation) {}

  /** A department's figures, or only {@code tooFewPeople} and why. */
  public record DepartmentReport(
      String department,
      LocalDate from,
      LocalDate to,
      boolean tooFewPeople,
      int minimumGroupSize,
      String message,
      Figures total,
      List<Row> overTime,
      List<Row> networks,
      List<Row> items,
      Valuation.Info valuation) {}

  @Transactional
  public Overview overview(Period period, Viewer viewer) {
    List<Fact> facts = repository.facts(Scope.ALL, period.from(), period.to());
    Aggregation rollup = aggregation();
    boolean peopleShown = seesOthers(viewer);
    return new Overview(
        period.from(),
        period.to(),
        rollup.total(facts),
        rollup.overTime(facts, period.from(), period.to()),
        rollup.networks(facts),
        rollup.items(facts, TOP),
        peopleShown,
        peopleShown ? rollup.people(facts, TOP) : List.of(),
        settings.minGroupSize(),
        rollup.departments(facts, repository.consentingPeople(), settings.minGroupSize()),
        settings.valuation().info());
  }

  /** An item's anonymous totals; 404 when the viewer may not see the item. */
  @Transactional
  public ItemReport item(long itemId, Period period, Viewer viewer) {
    Item item = items.get(itemId, viewer);
    List<Fact> facts = repository.facts(Scope.item(itemId), period.from(), period.to());
    Aggregation rollup = aggregation();
    return new ItemReport(
        itemId,
        item.getTitle(),
        period.from(),
        period.to(),
        rollup.total(facts),
        rollup.overTime(facts, period.from(), period.to()),
        rollup.networks(facts),
        settings.valuation().info());
  }

  /**
   * A person's own figures: for themselves and granted roles, and only while the person consents
   * (otherwise nothing is kept or shown, and the answer is 404 either way).
   */
  @Transactional
  public PersonReport person(long personId, Period period, Viewer viewer) {
    boolean self = viewer.accountId() != null && viewer.accountId() == personId;
    if (!self && !seesOthers(viewer)) {
      throw new ForbiddenException(
          "A person's figures are visible to that person and to the roles the administrator"
              + " grants (hub.analytics.person-roles).");
    }
    Object[] person =
        repository
            .consentingPerson(personId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        self
                            ? "No figures are kept about you: measurement is off. You can turn it"
                                + " on at /me."
                            : "No figures are kept about this person: they have not opted in to"
                                + " measurement."));
    List<Fact> facts = repository.facts(Scope.person(personId), period.from(), period.to());
    Aggregation rollup = aggregation();
    return new PersonReport(
        personId,
        (String) person[0],
        (String) person[1],
        period.from(),
        period.to(),
        rollup.total(facts),
        rollup.overTime(facts, period.from(), period.to()),
        rollup.networks(facts),
        rollup.items(facts, TOP),
        settings.valuation().info());
  }

  /** A person's own all-time figures for "what your contribution yielded", if they consent. */
  @Transactional
  public java.util.Optional<PersonReport> mine(Viewer viewer, Period period) {
    if (viewer.accountId() == null || repository.consentingPerson(viewer.accountId()).isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(person(viewer.accountId(), period, viewer));
  }

  @Transactional
  public DepartmentReport department(String name, Period period, Viewer viewer) {
    int minimum = settings.minGroupSize();
    String department = name == null ? "" : name.strip();
    Map<String, Long> consenting = repository.consentingPeople();
    if (!Aggregation.largeEnough(consenting, minimum).contains(department)) {
      // The same answer for a small and an unknown department: nothing about its size leaks.
      return new DepartmentReport(
          department,
          period.from(),
          period.to(),
          true,
          minimum,
          "Too few people: figures of a department are shown only when at least "
              + minimum
              + " of its people take part in measurement, so they are never a few people's own.",
          null,
          List.of(),
          List.of(),
          List.of(),
          settings.valuation().info());
    }
    List<Fact> facts = repository.facts(Scope.department(department), period.from(), period.to());
    Aggregation rollup = aggregation();
    return new DepartmentReport(
        department,
        period.from(),
        period.to(),
        false,
        minimum,
        null,
        rollup.total(facts),
        rollup.overTime(facts, period.from(), period.to()),
        rollup.networks(facts),
        rollup.items(facts, TOP),
        settings.valuation().info());
  }

  /**
   * "What your contribution yielded" on an item page: the item's totals for its author and the
   * editorial roles, and the viewer's own shares of it while they consent. Empty for others.
   */
  public record Contribution(
      long itemId, Figures item, Long reads, Figures mine, Valuation.Info valuation) {}

  @Transactional
  public java.util.Optional<Contribution> contribution(long itemId, Viewer viewer) {
    Item item = items.get(itemId, viewer);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    LocalDate since = today.minusDays(Period.MAX_DAYS - 1);
    Aggregation rollup = aggregation();
    boolean author =
        item.getAuthor() != null
            && viewer.accountId() != null
            && viewer.accountId().equals(item.getAuthor().getId());
    Figures totals =
        author || viewer.isEditorial()
            ? rollup.total(repository.facts(Scope.item(itemId), since, today))
            : null;
    Figures mine = null;
    if (viewer.accountId() != null && repository.consentingPerson(viewer.accountId()).isPresent()) {
      List<Fact> own =
          repository.facts(Scope.person(viewer.accountId()), since, today).stream()
              .filter(f -> f.itemId() == itemId)
              .toList();
      if (!own.isEmpty()) {
        mine = rollup.total(own);
      }
    }
    if (totals == null && mine == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Contribution(
            itemId,
            totals,
            totals == null ? null : items.reads(itemId, since),
            mine,
            settings.valuation().info()));
  }

  /**
   * What a person's contribution yielded in the last seven days, for their line in the weekly
   * digest: how often colleagues read their items (anonymous counts, theirs to see), and their
   * shares and the clicks these brought only while they consent (otherwise null).
   */
  public record Week(long reads, Long shares, Long clicks) {}

  @Transactional
  public java.util.Optional<Week> lastWeekOf(String email) {
    java.util.Optional<org.contenthub.web.security.Account> account =
        accounts.findActiveByEmail(email);
    if (account.isEmpty()) {
      return java.util.Optional.empty();
    }
    long id = account.get().getId();
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    LocalDate since = today.minusDays(6);
    long reads = items.readsOfItemsBy(id, since);
    Figures figures =
        repository.consentingPerson(id).isPresent()
            ? aggregation().total(repository.facts(Scope.person(id), since, today))
            : null;
    if (reads == 0 && (figures == null || figures.shares() == 0)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Week(
            reads,
            figures == null ? null : figures.shares(),
            figures == null ? null : figures.humanClicks()));
  }

  /** Whether the viewer holds a role that sees consenting people's figures. */
  public boolean seesOthers(Viewer viewer) {
    return settings.personRoles().stream().anyMatch(viewer::has);
  }

  private Aggregation aggregation() {
    return new Aggregation(settings.valuation());
  }
}
