package org.contenthub.web.curation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}), as far
 * as a curation preview needs it. Pages carry several blocks, {@code @graph} lists and {@code @id}
 * references (WordPress' Yoast writes all three), and now and then a block that is not valid JSON:
 * such a block is repaired when the damage is the usual kind (HTML comment wrappers, trailing
 * commas, raw line breaks in strings) and otherwise skipped.
 */
record JsonLdSummary(
    String headline,
    String description,
    List<String> images,
    String language,
    String publisherName,
    String url) {

  static final JsonLdSummary NONE = new JsonLdSummary(null, null, List.of(), null, null, null);

  private static final List<Set<String>> PREFERENCE =
      List.of(
          Set.of(
              "NewsArticle",
              "ReportageNewsArticle",
              "AnalysisNewsArticle",
              "OpinionNewsArticle",
              "BackgroundNewsArticle",
              "BlogPosting",
              "LiveBlogPosting",
              "Article",
              "TechArticle",
              "ScholarlyArticle",
              "Report",
              "SocialMediaPosting"),
          Set.of("WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage"));

  static JsonLdSummary of(Document document) {
    List<JsonObject> nodes = new ArrayList<>();
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      JsonValue value = parseLeniently(script.data());
      if (value != null) {
        collect(value, nodes);
      }
    }
    Map<String, JsonObject> byId = new HashMap<>();
    for (JsonObject node : nodes) {
      String id = string(node.get("@id"));
      if (id != null) {
        byId.putIfAbsent(id, node);
      }
    }
    for (Set<String> types : PREFERENCE) {
      for (JsonObject node : nodes) {
        if (hasType(node, types)) {
          return summarise(node, byId);
        }
      }
    }
    return NONE;
  }

  private static JsonLdSummary summarise(JsonObject node, Map<String, JsonObject> byId) {
    String headline = string(node.get("headline"));
    if (headline == null) {
      headline = string(node.get("name"));
    }
    List<String> images = new ArrayList<>();
    images(node.get("image"), byId, images, 0);
    if (images.isEmpty()) {
      images(node.get("thumbnailUrl"), byId, images, 0);
    }
    String language = string(node.get("inLanguage"));
    if (language == null && node.get("inLanguage") instanceof JsonObject lang) {
      language = string(lang.get("alternateName"));
    }
    JsonObject publisher = deref(node.get("publisher"), byId);
    String publisherName =
        publisher == null ? string(node.get("publisher")) : string(publisher.get("name"));
    if (publisherName == null) {
      JsonObject site = deref(node.get("isPartOf"), byId);
      publisherName = site == null ? null : string(site.get("name"));
    }
    String url = string(node.get("url"));
    if (url == null) {
      JsonObject main = deref(node.get("mainEntityOfPage"), byId);
      url = main == null ? string(node.get("mainEntityOfPage")) : string(main.get("@id"));
    }
    return new JsonLdSummary(
        headline,
        string(node.get("description")),
        List.copyOf(images),
        language,
        publisherName,
        url);
  }

  private static void images(
      JsonValue value, Map<String, JsonObject> byId, List<String> out, int depth) {
    if (value == null || depth > 3) {
      return;
    }
    switch (value.getValueType()) {
      case STRING -> out.add(((JsonString) value).getString());
      case ARRAY -> value.asJsonArray().forEach(v -> images(v, byId, out, depth + 1));
      case OBJECT -> {
        JsonObject image = value.asJsonObject();
        String url = string(image.get("url"));
        if (url == null) {
          url = string(image.get("contentUrl"));
        }
        if (url != null) {
          out.add(url);
        } else {
          JsonObject target = deref(image, byId);
          if (target != null && target != image) {
            images(target, byId, out, depth + 1);
          }
        }
      }
      default -> {}
    }
  }

  /** The object itself, or the graph node an {@code {"@id": ...}} reference points to. */
  private static JsonObject deref(JsonValue value, Map<String, JsonObject> byId) {
    if (!(value instanceof JsonObject object)) {
      return null;
    }
    String id = string(object.get("@id"));
    if (id != null && object.size() == 1 && byId.containsKey(id)) {
      return byId.get(id);
    }
    return object;
  }

  private static void collect(JsonValue value, List<JsonObject> out) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, out));
    } else if (value instanceof JsonObject object) {
      out.add(object);
      JsonValue graph = object.get("@graph");
      if (graph != null) {
        collect(graph, out);
      }
    }
  }

  private static boolean hasType(JsonObject node, Set<String> types) {
    JsonValue type = node.get("@type");
    if (type instanceof JsonString s) {
      return types.contains(localName(s.getString()));
    }
    if (type instanceof JsonArray array) {
      return array.stream()
          .anyMatch(t -> t instanceof JsonString s && types.contains(localName(s.getString())));
    }
    return false;
  }

  private static String localName(String type) {
    // "http://schema.org/NewsArticle" and "schema:NewsArticle" occur besides "NewsArticle".
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return cut < 0 ? type : type.substring(cut + 1);
  }

  private static String string(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonArray array
        && !array.isEmpty()
        && array.get(0) instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  static JsonValue parseLeniently(String text) {
    String cleaned =
        text.strip()
            .replaceAll(
                "^(?:<!--|/\\*\\s*<!\\[CDATA\\[\\s*\\*/|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)", "")
            .replaceAll("(?:-->|/\\*\\s*]]>\\s*\\*/|//\\s*]]>|]]>)$", "")
            .strip();
    if (cleaned.isEmpty()) {
      return null;
    }
    JsonValue value = parse(cleaned);
    if (value == null) {
      // Trailing commas and raw line breaks inside strings: the common hand-written damage.
      String repaired = cleaned.replaceAll(",\\s*([}\\]])", "$1").replaceAll("[\\r\\n\\t]+", " ");
      value = parse(repaired);
    }
    return value;
  }

  private static JsonValue parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }
}
