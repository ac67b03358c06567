package org.contenthub.web.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.Viewer;

/** Marking and unmarking favourites; only on items the person may see. */
@ApplicationScoped
public class FavouriteService {

  @Inject FavouriteRepository favourites;
  @Inject ItemService items;
  @Inject Event<ItemChanged> changed;

  /** Marks the item; answers the state afterwards (count included), idempotently. */
  @Transactional
  public FavouriteState add(long itemId, Viewer viewer) {
    items.get(itemId, viewer);
    if (favourites.add(viewer.accountId(), itemId)) {
      // popularity feeds the search ranking
      changed.fire(new ItemChanged(itemId));
    }
    return new FavouriteState(itemId, true, favourites.countFor(itemId));
  }

  @Transactional
  public FavouriteState remove(long itemId, Viewer viewer) {
    items.get(itemId, viewer);
    if (favourites.remove(viewer.accountId(), itemId)) {
      changed.fire(new ItemChanged(itemId));
    }
    return new FavouriteState(itemId, false, favourites.countFor(itemId));
  }

  @Transactional
  public Paged<Item> of(Viewer viewer, int page, int size) {
    List<Item> mine = favourites.of(viewer.accountId(), (page - 1) * size, size);
    // Visibility can change after marking: what the person may no longer see is not shown.
    List<Item> visible = mine.stream().filter(i -> ItemVisibility.canSee(viewer, i)).toList();
    return new Paged<>(visible, page, size, favourites.countOf(viewer.accountId()));
  }

  /** Which of these items the person marked. */
  @Transactional
  public Set<Long> marked(Viewer viewer, List<Long> itemIds) {
    if (viewer.accountId() == null) {
      return Set.of();
    }
    return Set.copyOf(favourites.favouritesAmong(viewer.accountId(), itemIds));
  }

  /** A favourite as the API and the heart button show it. */
  public record FavouriteState(long itemId, boolean favourite, int count) {}
}
