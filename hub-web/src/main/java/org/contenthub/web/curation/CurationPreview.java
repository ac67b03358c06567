package org.contenthub.web.curation;

/**
 * What the hub proposes for a pasted URL: the page's own title, description, image and language,
 * and the item already on the hub for the same article, if any.
 */
public record CurationPreview(
    String url,
    String canonicalUrl,
    String title,
    String summary,
    String imageUrl,
    String siteName,
    String language,
    Long existingItemId) {}
