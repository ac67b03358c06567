package org.contenthub.web.newsletter;

/**
 * A block ready for the mail: an item block carries the item's title, summary, image, commentary
 * and address as they were when the newsletter was made; texts are plain (the template escapes).
 */
public record MailBlock(
    String type,
    String title,
    String text,
    String url,
    String label,
    String imageUrl,
    String alt,
    String commentary) {

  public boolean is(String kind) {
    return kind.equals(type);
  }

  /** The text split into paragraphs at blank lines. */
  public java.util.List<String> paragraphs() {
    if (text == null) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(text.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
