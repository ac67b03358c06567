package org.contenthub.web.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemChanged;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Problem;
import org.contenthub.web.security.Viewer;

/** The rules of sharing: preparing items, making tracked links, following and counting them. */
@ApplicationScoped
public class SharingService {

  private static final int MAX_SUGGESTIONS = 10;
  private static final int TARGET_CACHE_SIZE = 10_000;

  @Inject ShareRepository shares;
  @Inject ItemService items;
  @Inject HubSettings settings;
  @Inject Event<ItemChanged> changed;
  @Inject org.contenthub.web.security.AccountService accounts;
  @Inject org.contenthub.web.people.PeopleService people;
  @Inject ShareRequests requests;
  @Inject org.contenthub.web.newsletter.NewsletterService newsletters;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hub.sharing.blocked-words")
  Optional<String> blockedWords;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hub.sharing.hours")
  Optional<String> hours;

  private ShareGuardrails guardrails;

  @jakarta.annotation.PostConstruct
  void guardrails() {
    Map<Network, String> signatures = new java.util.EnumMap<>(Network.class);
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    for (Network network : Network.values()) {
      config
          .getOptionalValue("hub.sharing.signature." + network.id(), String.class)
          .ifPresent(signature -> signatures.put(network, signature));
    }
    // Comma-separated: Payara's MicroProfile Config cannot inject Optional<List<String>>.
    guardrails =
        new ShareGuardrails(
            org.contenthub.web.platform.FormValidation.commaSeparated(blockedWords.orElse("")),
            signatures,
            hours.orElse(""));
  }

  /**
   * Tracked links by code: a share never changes, so the redirect rarely needs the database. Kept
   * for a minute, so a link whose item was deleted stops working soon on every instance.
   */
  private final Map<String, Cached> targets = new ConcurrentHashMap<>();

  private static final long TARGET_CACHE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

  private record Cached(Target target, long loadedAt) {}

  /** Where a tracked link leads, and the share it counts for. */
  public record Target(long shareId, String url) {}

  /** The answer to a share: the tracked link and the network's share address with it. */
  public record CreatedShare(
      long id,
      long itemId,
      String network,
      String code,
      String trackedUrl,
      String shareUrl,
      String text) {}

  /**
   * What an item's sharers see: may it be shared, whom it is meant for, the suggestions, and
   * whether its audience has been asked to share it.
   */
  public record ShareSettings(
      long itemId,
      boolean shareable,
      String audience,
      List<String> departments,
      Map<String, List<String>> suggestions,
      boolean requested) {}

  public record NetworkStats(String network, long shares, long humanClicks, long botClicks) {}

  /** Anonymous totals of an item: no person's figures here. */
  public record ShareStats(
      long itemId, long shares, long humanClicks, long botClicks, List<NetworkStats> networks) {}

  @Transactional
  public ShareSettings saveSettings(long itemId, ShareSettingsInput input, Viewer editor) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<Network, List<String>> suggestions = new EnumMap<>(Network.class);
    if (input.suggestions != null) {
      input.suggestions.forEach(
          (name, texts) -> {
            Optional<Network> network = Network.parse(name);
            if (network.isEmpty()) {
              errors.add(
                  new Problem.FieldError("suggestions." + name, "must be " + Network.CHOICES));
              return;
            }
            List<String> list = texts == null ? List.of() : texts;
            if (list.size() > MAX_SUGGESTIONS) {
              errors.add(
                  new Problem.FieldError(
                      "suggestions." + name, "at most " + MAX_SUGGESTIONS + " suggestions"));
            }
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
              String text = list.get(i) == null ? "" : list.get(i).strip();
              String field = "suggestions." + name + "[" + i + "]";
              if (text.isEmpty()) {
                errors.add(new Problem.FieldError(field, "must not be blank"));
              } else if (length(text) > network.get().textLimit()) {
                errors.add(new Problem.FieldError(field, network.get().limitMessage()));
              }
              kept.add(text);
            }
            suggestions.merge(
                network.get(),
                kept,
                (a, b) -> {
                  List<String> both = new ArrayList<>(a);
                  both.addAll(b);
                  return both;
                });
          });
    }
    String audience = input.audience == null ? "everyone" : input.audience;
    List<String> departments =
        input.departments == null
            ? List.of()
            : input.departments.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
    if (audience.equals("departments") && departments.isEmpty()) {
      errors.add(new Problem.FieldError("departments", "name at least one department"));
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    Item item = items.get(itemId, editor);
    if (item.isShareable() != input.shareable) {
      item.setShareable(input.shareable);
      // who may see it changes for invited ambassadors: the index follows
      changed.fire(new ItemChanged(itemId));
    }
    shares.saveSettings(
        itemId,
        audience,
        departments.isEmpty() ? null : String.join("\n", departments),
        suggestions);
    // the first time an item is shareable, its audience is asked to share it
    requests.ask(item, audience, departments, shares.suggestions(itemId), editor);
    return settingsOf(item);
  }

  @Transactional
  public ShareSettings settings(long itemId, Viewer viewer) {
    return settingsOf(items.get(itemId, viewer));
  }

  private ShareSettings settingsOf(Item item) {
    Optional<String[]> stored = shares.settings(item.getId());
    return new ShareSettings(
        item.getId(),
        item.isShareable(),
        stored.map(s -> s[0]).orElse("everyone"),
        stored.map(s -> s[1]).map(d -> List.of(d.split("\n"))).orElse(List.of()),
        shares.suggestions(item.getId()),
        newsletters.shareRequested(item.getId()));
  }

  /** A tracked link for the person and the network's share address with their own text. */
  @Transactional
  public CreatedShare share(long itemId, ShareInput input, Viewer sharer) {
    Network network =
        Network.parse(input.network)
            .orElseThrow(() -> new FieldProblem("network", "must be " + Network.CHOICES));
    String text;
    try {
      text =
          guardrails.apply(
              network, input.text == null ? "" : input.text.strip(), java.time.ZonedDateTime.now());
    } catch (ShareGuardrails.Closed closed) {
      throw new ClientErrorException(closed.getMessage(), Response.Status.CONFLICT);
    }
    if (length(text) > network.textLimit()) {
      throw new FieldProblem("text", network.limitMessage());
    }
    Item item = items.get(itemId, sharer);
    if (!item.isShareable()) {
      throw new ClientErrorException(
          "This item is not prepared for sharing. Ask the editors if you would like to share it.",
          Response.Status.CONFLICT);
    }
    String code = ShareLinks.newCode();
    while (shares.codeExists(code)) {
      code = ShareLinks.newCode();
    }
    String base = settings.baseUrl();
    String destination =
        item.getSourceUrl() != null && !item.getSourceUrl().isBlank()
            ? item.getSourceUrl().strip()
            : base + "/items/" + item.getId();
    boolean measured = accounts.measures(sharer.accountId());
    Share share =
        shares.save(
            new Share(
                itemId,
                // Who shared is kept only for people who opted in to measurement.
                measured ? sharer.accountId() : null,
                network,
                code,
                ShareLinks.withUtm(destination, network.id(), code),
                // the reach: the contacts the person gave for this network (kept with consent only)
                measured ? people.contactsOf(sharer.accountId(), network.id()) : 0));
    String tracked = base + "/s/" + code;
    return new CreatedShare(
        share.getId(),
        itemId,
        network.id(),
        code,
        tracked,
        network.shareUrl(tracked, text, item.getTitle()),
        text);
  }

  /**
   * The person's own shares with the clicks they brought, newest first: shown only to themselves,
   * and only kept for people who opted in to measurement.
   */
  @Transactional
  public List<MyShare> mine(Viewer viewer) {
    if (!accounts.measures(viewer.accountId())) {
      return List.of();
    }
    return shares.ofAccount(viewer.accountId()).stream()
        .map(
            row ->
                new MyShare(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    instant(row[3]).atOffset(java.time.ZoneOffset.UTC),
                    ((Number) row[4]).longValue()))
        .toList();
  }

  /** H2 answers timestamps with time zone as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  private static java.time.Instant instant(Object value) {
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (java.time.Instant) value;
  }

  /** One of the person's shares: which item, where, when, and how many people clicked. */
  public record MyShare(
      long itemId,
      String itemTitle,
      String network,
      java.time.OffsetDateTime sharedAt,
      long humanClicks) {}

  /** A tracked link as measurement sees it: the share, its item and network. */
  public record ShareRef(long id, long itemId, String network) {}

  /** The share of a tracked link's code, only if the hub made it. */
  @Transactional
  public Optional<ShareRef> byCode(String code) {
    if (!ShareLinks.isWellFormed(code)) {
      return Optional.empty();
    }
    return shares.findByCode(code).map(s -> new ShareRef(s.getId(), s.getItemId(), s.getNetwork()));
  }

  /** The share of an id, if it still exists. */
  @Transactional
  public Optional<ShareRef> byId(long id) {
    return shares.find(id).map(s -> new ShareRef(s.getId(), s.getItemId(), s.getNetwork()));
  }

  /**
   * Everything kept about a person's shares, for their data export: item, network, code, time,
   * reach, clicks by people and by bots, conversions.
   */
  @Transactional
  public List<Map<String, Object>> exportOf(long accountId) {
    return shares.exportOf(accountId);
  }

  /**
   * Removes the person from their shares: the shares, clicks and conversions stay in the anonymous
   * totals, nothing links them to the person any more. The number of shares changed.
   */
  @Transactional
  public int forget(long accountId) {
    return shares.forgetAccount(accountId);
  }

  /**
   * How many shares each person made in {@code [from, to)} (a social media challenge's points);
   * only shares still linked to a person count, i.e. made while they consented to measurement.
   */
  @Transactional
  public Map<Long, Integer> sharesPerPerson(Instant from, Instant to) {
    return shares.countsPerAccount(from, to);
  }

  /** Where a code leads, only if the hub made it. */
  public Optional<Target> target(String code) {
    if (!ShareLinks.isWellFormed(code)) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Cached known = targets.get(code);
    if (known != null && now - known.loadedAt() < TARGET_CACHE_NANOS) {
      return Optional.of(known.target());
    }
    Optional<Target> found =
        shares.findByCode(code).map(s -> new Target(s.getId(), s.getTargetUrl()));
    if (found.isEmpty()) {
      targets.remove(code);
    }
    found.ifPresent(
        t -> {
          if (targets.size() >= TARGET_CACHE_SIZE) {
            targets.clear();
          }
          targets.put(code, new Cached(t, now));
        });
    return found;
  }

  /** Writes a batch of buffered clicks in one transaction. */
  @Transactional
  public void flush(ClickBuffer.Batch batch) {
    Set<Long> ids = new java.util.HashSet<>();
    batch.visits().forEach(v -> ids.add(v.shareId()));
    batch.botClicks().keySet().forEach(k -> ids.add(k.shareId()));
    Set<Long> existing = shares.existing(ids);
    Map<ClickBuffer.BotKey, Long> humans = new HashMap<>();
    for (ClickBuffer.Visit visit : batch.visits()) {
      if (existing.contains(visit.shareId())
          && shares.countVisitor(
              visit.shareId(),
              visit.visitorHash(),
              visit.at(),
              visit.at().minus(ClickBuffer.REPEAT_WINDOW))) {
        humans.merge(new ClickBuffer.BotKey(visit.shareId(), visit.day()), 1L, Long::sum);
      }
    }
    humans.forEach((key, n) -> shares.addClicks(key.shareId(), key.day(), false, n));
    batch.botClicks().entrySet().stream()
        .filter(e -> existing.contains(e.getKey().shareId()))
        .forEach(e -> shares.addClicks(e.getKey().shareId(), e.getKey().day(), true, e.getValue()));
  }

  @Transactional
  public void forgetVisitors() {
    shares.forgetVisitorsBefore(Instant.now().minus(ClickBuffer.REPEAT_WINDOW));
  }

  /** The day's salt of visitor hashes, the same on every instance. */
  @Transactional
  public byte[] saltOf(LocalDate day) {
    byte[] proposal = new byte[32];
    new SecureRandom().nextBytes(proposal);
    return HexFormat.of().parseHex(shares.saltOf(day, HexFormat.of().formatHex(proposal)));
  }

  /** Totals per network of an item, for its editors (item must be visible to them). */
  @Transactional
  public ShareStats stats(long itemId, Viewer viewer) {
    items.get(itemId, viewer);
    List<NetworkStats> networks =
        shares.statsOf(itemId).stream()
            .map(
                row ->
                    new NetworkStats(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
            .collect(Collectors.toList());
    return new ShareStats(
        itemId,
        networks.stream().mapToLong(NetworkStats::shares).sum(),
        networks.stream().mapToLong(NetworkStats::humanClicks).sum(),
        networks.stream().mapToLong(NetworkStats::botClicks).sum(),
        networks);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
