/**
 * Content items: the publications, curated articles and internal stories of the feed, who may see
 * them ({@link org.contenthub.web.items.ItemVisibility}), the items API and the feed pages.
 */
package org.contenthub.web.items;
