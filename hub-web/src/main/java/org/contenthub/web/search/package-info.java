/**
 * Search of curated knowledge. So far this package watches the local index directory; the bridge
 * from the hub's content to the Lucene-based hub-search library is still to come.
 */
package org.contenthub.web.search;
