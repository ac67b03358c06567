package org.contenthub.web.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.contenthub.search.IndexOperation;
import org.contenthub.search.IndexStorage;
import org.contenthub.search.SearchIndex;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;

/**
 * This instance's local search index, kept up to date from the database. Every instance of a
 * cluster runs its own: it follows the {@code index_change} outbox a few times a second, and
 * rebuilds from the items when its index is missing (a disposable cache) or an administrator asks,
 * while searches keep answering from the old index.
 *
 * <p>Outbox ids come from a sequence, but transactions commit in any order, so a row with a lower
 * id can appear after a higher one. The follower therefore re-reads rows younger than {@link
 * #SETTLE} and only moves its persisted position past rows older than that; applying a row twice is
 * harmless because indexing replaces the document by id.
 */
@ApplicationScoped
public class HubSearch {

  static final Duration SETTLE = Duration.ofSeconds(60);
  private static final Duration KEEP_CHANGES = Duration.ofDays(7);
  private static final long POLL_MILLIS = 250;
  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(HubSearch.class.getName());

  @Inject HubSettings settings;
  @Inject ItemService items;
  @Inject IndexChangeRepository changes;
  @Inject AccountService accounts;
  @Inject AttachmentService attachments;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  private volatile SearchIndex index;
  private volatile long position;
  private final Set<Long> appliedAbovePosition = new HashSet<>();
  private final AtomicLong rebuildProgress = new AtomicLong(-1);
  private volatile Instant lastPrune = Instant.EPOCH;
  private ScheduledFuture<?> follower;

  /** Opens the index and starts following; rebuilds in the background when needed. */
  public synchronized void start() {
    Path root = directory();
    try {
      index = SearchIndex.open(IndexStorage.onDisk(root));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index in " + root, e);
    }
    long stored = readPosition();
    boolean missedChanges = stored >= 0 && stored + 1 < changes.minId();
    if (index.needsRebuild() || stored < 0 || missedChanges) {
      rebuildInBackground();
    } else {
      position = stored;
    }
    follower =
        scheduler.scheduleWithFixedDelay(
            this::followSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  synchronized void stop() {
    if (follower != null) {
      follower.cancel(false);
    }
    if (index != null) {
      index.close();
    }
  }

  public SearchIndex index() {
    SearchIndex open = index;
    if (open == null) {
      throw new IllegalStateException("The search index is not open yet.");
    }
    return open;
  }

  /** Documents (items and people) in the live index, whoever may see them. */
  public long documentCount() {
    return index()
        .count(
            new org.contenthub.search.Viewer(
                "admin", java.util.Set.of(org.contenthub.search.Viewer.EDITOR), null, false));
  }

  /** Items indexed so far by a running rebuild, or -1 when none runs. */
  public long rebuildProgress() {
    return rebuildProgress.get();
  }

  public boolean isRebuilding() {
    return rebuildProgress.get() >= 0;
  }

  /** Starts a rebuild beside the live index; false if one is already running. */
  public boolean rebuildInBackground() {
    if (!rebuildProgress.compareAndSet(-1, 0)) {
      return false;
    }
    executor.submit(this::rebuild);
    return true;
  }

  private void rebuild() {
    long started = System.nanoTime();
    try {
      // Changes from here on are followed (and replayed into the new index by hub-search).
      long from = changes.maxId();
      LOG.info("Search index: rebuilding from the database…");
      long count =
          index.rebuild(
              java.util.stream.Stream.concat(
                  allItemDocuments(), accounts.withRole(Roles.EXPERT).stream().map(this::expert)),
              n -> {
                rebuildProgress.set(n);
                LOG.info(() -> "Search index: " + n + " items indexed");
              });
      synchronized (appliedAbovePosition) {
        position = Math.max(position, from);
        writePosition(position);
      }
      LOG.info(
          String.format(
              "Search index: rebuilt with %d items in %.1f s",
              count, (System.nanoTime() - started) / 1e9));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Search index rebuild failed; the previous index stays in use", e);
    } finally {
      rebuildProgress.set(-1);
    }
  }

  /** Every item as a document, read a batch at a time, each batch in a transaction of its own. */
  private java.util.stream.Stream<IndexOperation> allItemDocuments() {
    return java.util.stream.Stream.iterate(
            items.batchAfter(0, BATCH),
            batch -> !batch.isEmpty(),
            batch -> items.batchAfter(batch.get(batch.size() - 1).getId(), BATCH))
        .flatMap(
            batch -> {
              Map<Long, String> texts =
                  attachments.textsOf(batch.stream().map(Item::getId).toList());
              return batch.stream()
                  .map(
                      item ->
                          new IndexOperation.Upsert(
                              SearchDocuments.of(item, texts.get(item.getId()))));
            });
  }

  private void followSafely() {
    try {
      follow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index: following changes failed, retrying", e);
    }
  }

  /** One round of following the outbox; public for tests that want to wait for it. */
  void follow() {
    synchronized (appliedAbovePosition) {
      List<IndexChange> rows = changes.after(position, BATCH);
      List<IndexChange> fresh =
          rows.stream().filter(r -> !appliedAbovePosition.contains(r.getId())).toList();
      if (!fresh.isEmpty()) {
        apply(
            fresh.stream()
                .map(IndexChange::getItemId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        fresh.forEach(r -> appliedAbovePosition.add(r.getId()));
      }
      Instant settled = Instant.now().minus(SETTLE);
      long newPosition = position;
      for (IndexChange row : rows) {
        if (row.getChangedAt().isAfter(settled)) {
          break;
        }
        newPosition = row.getId();
      }
      if (newPosition != position) {
        long moved = newPosition;
        position = moved;
        appliedAbovePosition.removeIf(id -> id <= moved);
        writePosition(moved);
      }
    }
    pruneNowAndThen();
  }

  private void apply(Set<Long> itemIds) {
    Map<Long, Item> current =
        items.currentVersions(itemIds).stream()
            .collect(Collectors.toMap(Item::getId, Function.identity()));
    Map<Long, String> texts = attachments.textsOf(current.keySet());
    List<IndexOperation> batch = new ArrayList<>();
    Map<Long, Account> experts = new java.util.LinkedHashMap<>();
    for (long id : itemIds) {
      Item item = current.get(id);
      batch.add(
          item == null
              ? new IndexOperation.Delete(SearchDocuments.key(id))
              : new IndexOperation.Upsert(SearchDocuments.of(item, texts.get(id))));
      if (item != null
          && item.getAuthor() != null
          && item.getAuthor().getRoles().contains(Roles.EXPERT)) {
        experts.put(item.getAuthor().getId(), item.getAuthor());
      }
    }
    // What an expert knows is derived from what they write, so their profile follows their items.
    experts.values().forEach(account -> batch.add(expert(account)));
    index.apply(batch);
  }

  private IndexOperation expert(Account account) {
    return new IndexOperation.UpsertPerson(
        SearchDocuments.person(account, items.topTagsOf(account.getId(), 8)));
  }

  private void pruneNowAndThen() {
    if (Instant.now().isAfter(lastPrune.plus(Duration.ofHours(1)))) {
      lastPrune = Instant.now();
      int removed = changes.deleteOlderThan(Instant.now().minus(KEEP_CHANGES));
      if (removed > 0) {
        LOG.fine(() -> "Search index: pruned " + removed + " old change rows");
      }
    }
  }

  private Path directory() {
    return settings.dataDirectory().resolve("index");
  }

  private Path positionFile() {
    return directory().resolve("outbox-position");
  }

  private long readPosition() {
    try {
      return Files.exists(positionFile())
          ? Long.parseLong(Files.readString(positionFile()).strip())
          : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private void writePosition(long value) {
    try {
      Path tmp = positionFile().resolveSibling("outbox-position.tmp");
      Files.writeString(tmp, Long.toString(value), StandardCharsets.UTF_8);
      Files.move(
          tmp, positionFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Search index: cannot store the outbox position", e);
    }
  }
}
