package org.contenthub.web.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemVisibility;
import org.contenthub.web.newsletter.Block;
import org.contenthub.web.newsletter.NewsletterService;
import org.contenthub.web.notices.NoticeService;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;

/**
 * Asks an item's audience to share it, once, when it is both prepared for sharing and published: a
 * notice in the hub for each of them, and a mail in their language through the newsletter pipeline
 * (so the relay's rate, retries, bounces and each person's preferences apply). Only people who may
 * see the item are asked, whatever audience was chosen. The mail names no one else and nobody is
 * told who did not share.
 */
@ApplicationScoped
class ShareRequests {

  static final String NOTICE = "share-request";

  @Inject AccountService accounts;
  @Inject NewsletterService newsletters;
  @Inject NoticeService notices;
  @Inject HubSettings settings;
  @Inject org.contenthub.web.people.PeopleService people;

  /**
   * In the caller's transaction: the request exists exactly when the share settings were saved. An
   * item published in the future is asked for at its publication time.
   *
   * @return how many people were asked (0: asked before, not published, or nobody in the audience)
   */
  int ask(
      Item item,
      String audience,
      List<String> departments,
      Map<String, List<String>> suggestions,
      Viewer editor) {
    if (!item.isShareable() || item.getPublishedAt() == null) {
      return 0;
    }
    java.util.Set<Long> ambassadors =
        audience.equals("ambassadors") ? people.ambassadors() : java.util.Set.of();
    List<Account> asked =
        accounts.all().stream()
            .filter(Account::isActive)
            .filter(a -> inAudience(a, audience, departments, ambassadors))
            .filter(a -> ItemVisibility.canSee(Viewer.of(a), item))
            .filter(a -> !a.getId().equals(editor.accountId()))
            .toList();
    if (asked.isEmpty()) {
      return 0;
    }
    Map<String, NewsletterService.Letter> letters = new TreeMap<>();
    for (Account a : asked) {
      if (a.getEmail() != null && !a.getEmail().isBlank()) {
        String language = Messages.supported(a.getLanguage()).getLanguage();
        letters.computeIfAbsent(language, l -> letter(l, item, suggestions, editor));
      }
    }
    Instant at = item.getPublishedAt().isAfter(Instant.now()) ? item.getPublishedAt() : null;
    List<Long> ids = asked.stream().map(Account::getId).toList();
    if (!newsletters.requestShares(item.getId(), ids, letters, at)) {
      return 0;
    }
    notices.notify(
        ids, NOTICE, item.getTitle(), editor.displayName(), "/items/" + item.getId() + "#share");
    return ids.size();
  }

  /**
   * Who an audience is. "ambassadors" are the colleagues who told the hub their network sizes on
   * their own page (the pioneers of seed 002); invited guests are asked only when they are named.
   */
  private static boolean inAudience(
      Account a, String audience, List<String> departments, java.util.Set<Long> ambassadors) {
    boolean employee = a.getRoles().contains(Roles.EMPLOYEE);
    return switch (audience) {
      case "everyone" -> employee || a.getRoles().contains(Roles.EXTERNAL_AMBASSADOR);
      case "departments" ->
          employee
              && a.getDepartment() != null
              && departments.stream().anyMatch(d -> d.equalsIgnoreCase(a.getDepartment()));
      case "ambassadors" -> employee && ambassadors.contains(a.getId());
      case "external_ambassadors" -> a.getRoles().contains(Roles.EXTERNAL_AMBASSADOR);
      default -> employee; // "employees"
    };
  }

  private NewsletterService.Letter letter(
      String language, Item item, Map<String, List<String>> suggestions, Viewer editor) {
    Messages t = Messages.of(Locale.forLanguageTag(language));
    List<Block> blocks = new ArrayList<>(); // the subject, the mail's heading, names the item
    String summary =
        item.getSummary() != null
            ? item.getSummary()
            : item.getBody() == null ? null : abbreviate(HtmlSanitizer.toText(item.getBody()));
    if (summary != null && !summary.isBlank()) {
      blocks.add(Block.text(summary));
    }
    blocks.add(Block.text(t.t("share.request.ask", editor.displayName())));
    suggestions.values().stream()
        .flatMap(List::stream)
        .findFirst()
        .ifPresent(
            s -> blocks.add(Block.text(t.t("share.request.suggestion") + "\n\n“" + s + "”")));
    blocks.add(
        Block.button(
            t.t("share.request.button"), settings.baseUrl() + "/items/" + item.getId() + "#share"));
    blocks.add(Block.text(t.t("share.request.free")));
    return new NewsletterService.Letter(
        t.t("share.request.subject", item.getTitle()),
        t.t("share.request.preheader", editor.displayName()),
        blocks);
  }

  private static String abbreviate(String text) {
    String flat = text.strip();
    return flat.length() <= 280 ? flat : flat.substring(0, 279).strip() + "…";
  }
}
