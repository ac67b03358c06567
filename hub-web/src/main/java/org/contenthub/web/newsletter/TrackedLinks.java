package org.contenthub.web.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links of a newsletter's mail and their tracked form {@code <base>/n/<newsletter>/<n>}: the
 * same address twice gets one number, and only the item, button and image-free links a reader can
 * follow are counted (the unsubscribe and "view online" links are not).
 */
final class TrackedLinks {

  private TrackedLinks() {}

  /** The distinct addresses a reader can follow, in the order they appear. */
  static List<String> of(MailContent content) {
    List<String> urls = new ArrayList<>();
    for (MailBlock b : content.blocks()) {
      if ((b.is("item") || b.is("button")) && b.url() != null && !urls.contains(b.url())) {
        urls.add(b.url());
      }
    }
    return urls;
  }

  /** The content with each followable address replaced by its tracked form. */
  static MailContent tracked(MailContent content, List<String> urls, String baseUrl) {
    Map<String, String> tracked = new LinkedHashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      tracked.put(urls.get(i), baseUrl + "/n/" + content.newsletterId() + "/" + i);
    }
    List<MailBlock> blocks = new ArrayList<>();
    for (MailBlock b : content.blocks()) {
      String url = b.url() == null ? null : tracked.getOrDefault(b.url(), b.url());
      blocks.add(
          new MailBlock(
              b.type(),
              b.title(),
              b.text(),
              url,
              b.label(),
              b.imageUrl(),
              b.alt(),
              b.commentary()));
    }
    return content.withBlocks(blocks);
  }
}
