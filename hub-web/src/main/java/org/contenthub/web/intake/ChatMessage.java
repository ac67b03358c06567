package org.contenthub.web.intake;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One message from a WhatsApp Business Cloud API webhook call ({@code entry[].changes[].value
 * .messages[]}): its id, sender, kind, text (or caption) and, for media, the media id and type. The
 * media itself needs a call to the gateway's API with an access token and is not fetched here.
 */
public record ChatMessage(
    String id,
    String from,
    String senderName,
    String kind,
    String text,
    String mediaId,
    String mediaType) {

  /** The kinds of media messages that carry a media id. */
  private static final List<String> MEDIA =
      List.of("image", "video", "document", "audio", "sticker");

  /** The messages in a webhook body; status updates and other changes are left out. */
  public static List<ChatMessage> parse(byte[] body) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("The body is not a JSON object.", e);
    }
    List<ChatMessage> messages = new ArrayList<>();
    for (JsonObject entry : objects(root, "entry")) {
      for (JsonObject change : objects(entry, "changes")) {
        JsonObject value = object(change, "value");
        if (value == null) {
          continue;
        }
        List<JsonObject> contacts = objects(value, "contacts");
        for (JsonObject message : objects(value, "messages")) {
          String id = string(message, "id");
          String from = string(message, "from");
          if (id == null || from == null) {
            continue;
          }
          String kind = string(message, "type") == null ? "unknown" : string(message, "type");
          String text = null;
          String mediaId = null;
          String mediaType = null;
          if ("text".equals(kind)) {
            text = string(object(message, "text"), "body");
          } else if (MEDIA.contains(kind)) {
            JsonObject media = object(message, kind);
            text = string(media, "caption");
            mediaId = string(media, "id");
            mediaType = string(media, "mime_type");
          }
          messages.add(
              new ChatMessage(
                  id,
                  digits(from),
                  nameOf(contacts, from),
                  kind.toLowerCase(Locale.ROOT),
                  text,
                  mediaId,
                  mediaType));
        }
      }
    }
    return messages;
  }

  /** A phone number as the hub keeps it: its digits, international, without {@code +} or 00. */
  public static String digits(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    return digits.startsWith("00") ? digits.substring(2) : digits;
  }

  private static String nameOf(List<JsonObject> contacts, String from) {
    for (JsonObject contact : contacts) {
      if (from.equals(string(contact, "wa_id"))) {
        return string(object(contact, "profile"), "name");
      }
    }
    return null;
  }

  private static List<JsonObject> objects(JsonObject parent, String name) {
    if (parent == null || !(parent.get(name) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static JsonObject object(JsonObject parent, String name) {
    return parent != null && parent.get(name) instanceof JsonObject child ? child : null;
  }

  private static String string(JsonObject parent, String name) {
    return parent != null && parent.get(name) instanceof jakarta.json.JsonString s
        ? s.getString()
        : null;
  }
}
