package org.contenthub.search;

/**
 * A completion while typing.
 *
 * @param text what to show (a title, a tag or a person's name)
 * @param kind {@code title}, {@code tag} or {@code person}
 * @param id the item or person key, or null for a tag
 * @param url where it leads, or null for a tag
 */
public record Suggestion(String text, String kind, String id, String url) {}
