/**
 * Curation: an expert pastes a URL and the hub proposes what the page says about itself.
 *
 * <p>The building blocks here are plain Java, built with their settings, so that services can wrap
 * them: {@link org.contenthub.web.curation.SafeFetcher} fetches a URL without letting it reach into
 * the company network (policy in {@link org.contenthub.web.curation.FetchPolicy}, failures as
 * {@link org.contenthub.web.curation.FetchException} with a reason and a readable sentence); {@link
 * org.contenthub.web.curation.PageMetadataExtractor} turns the page into a {@link
 * org.contenthub.web.curation.PageMetadata} proposal; {@link
 * org.contenthub.web.curation.UrlCanonicalizer} gives each page one spelling, so the same article
 * curated twice leads to the existing item.
 */
package org.contenthub.web.curation;
