package org.contenthub.web.feeds;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the picture for an entry where feeds put it: an image enclosure (podcasts, WordPress),
 * Media RSS {@code media:content} or {@code media:thumbnail} (YouTube, news sites; Rome's core
 * leaves these in the entry's foreign markup), or else the first real image in the text.
 */
final class EntryImages {

  private static final String MEDIA_RSS = "http://search.yahoo.com/mrss";
  private static final Pattern IMAGE_FILE =
      Pattern.compile(".*\\.(jpe?g|png|gif|webp|avif)([?#].*)?$", Pattern.CASE_INSENSITIVE);

  private EntryImages() {}

  static String find(SyndEntry entry, URI base, List<String> htmlBodies) {
    List<String> candidates = new ArrayList<>();
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      if (isImage(enclosure.getType(), enclosure.getUrl())) {
        candidates.add(enclosure.getUrl());
      }
    }
    List<String> thumbnails = new ArrayList<>();
    for (Element element : entry.getForeignMarkup()) {
      media(element, candidates, thumbnails);
    }
    candidates.addAll(thumbnails);
    for (String html : htmlBodies) {
      if (html != null) {
        candidates.add(firstImage(html));
      }
    }
    for (String candidate : candidates) {
      String url = FeedEntries.webUrl(base, candidate);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  private static void media(Element element, List<String> contents, List<String> thumbnails) {
    if (!element.getNamespaceURI().startsWith(MEDIA_RSS)) {
      return;
    }
    switch (element.getName()) {
      case "content" -> {
        String medium = element.getAttributeValue("medium");
        String url = element.getAttributeValue("url");
        if ("image".equalsIgnoreCase(medium)
            || (medium == null && isImage(element.getAttributeValue("type"), url))) {
          contents.add(url);
        }
        for (Element child : element.getChildren()) {
          media(child, contents, thumbnails);
        }
      }
      case "thumbnail" -> thumbnails.add(element.getAttributeValue("url"));
      case "group" -> element.getChildren().forEach(child -> media(child, contents, thumbnails));
      default -> {}
    }
  }

  private static boolean isImage(String type, String url) {
    if (type != null && !type.isBlank()) {
      return type.toLowerCase(Locale.ROOT).startsWith("image/");
    }
    return url != null && IMAGE_FILE.matcher(url).matches();
  }

  private static String firstImage(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    for (org.jsoup.nodes.Element img : doc.select("img[src]")) {
      // Tracking pixels (1×1) are images too, but not the entry's picture.
      if ("1".equals(img.attr("width").strip()) || "1".equals(img.attr("height").strip())) {
        continue;
      }
      String src = img.attr("src").strip();
      if (!src.isEmpty() && !src.startsWith("data:")) {
        return src;
      }
    }
    return null;
  }
}
