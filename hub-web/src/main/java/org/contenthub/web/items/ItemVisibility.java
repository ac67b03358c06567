package org.contenthub.web.items;

import java.util.Map;
import org.contenthub.web.security.Viewer;

/**
 * Who may see which item, in one place: as a check on a single item and as the JPQL condition every
 * list uses, so the two can never disagree.
 *
 * <ul>
 *   <li>anonymous readers: public items;
 *   <li>invited guests (external ambassadors): public items and items prepared for sharing;
 *   <li>colleagues: public, internal, and their own department's items;
 *   <li>editorial staff: everything, drafts included.
 * </ul>
 */
public final class ItemVisibility {

  private ItemVisibility() {}

  public static boolean canSee(Viewer viewer, Item item) {
    if (viewer.isEditorial()) {
      return true;
    }
    return switch (item.getVisibility()) {
      case PUBLIC -> true;
      case INTERNAL -> viewer.isInternal() || (!viewer.isAnonymous() && item.isShareable());
      case DEPARTMENT ->
          viewer.isInternal()
              && viewer.department() != null
              && viewer.department().equalsIgnoreCase(item.getDepartment());
      case EDITORIAL -> false;
    };
  }

  /** A JPQL condition on alias {@code i} with its parameters. */
  static Condition condition(Viewer viewer) {
    if (viewer.isEditorial()) {
      return new Condition("1 = 1", Map.of());
    }
    if (viewer.isInternal()) {
      return new Condition(
          "(i.visibility in (org.contenthub.web.items.Visibility.PUBLIC,"
              + " org.contenthub.web.items.Visibility.INTERNAL)"
              + " or (i.visibility = org.contenthub.web.items.Visibility.DEPARTMENT"
              + " and lower(i.department) = :viewerDepartment))",
          Map.of(
              "viewerDepartment",
              viewer.department() == null ? "" : viewer.department().toLowerCase()));
    }
    if (!viewer.isAnonymous()) {
      return new Condition(
          "(i.visibility = org.contenthub.web.items.Visibility.PUBLIC"
              + " or (i.visibility = org.contenthub.web.items.Visibility.INTERNAL and i.shareable = true))",
          Map.of());
    }
    return new Condition("i.visibility = org.contenthub.web.items.Visibility.PUBLIC", Map.of());
  }

  record Condition(String jpql, Map<String, Object> parameters) {}
}
