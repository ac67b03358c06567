/**
 * Search of the Content Hub: a plain Java library on Apache Lucene 9.12, used by hub-web through
 * {@link org.contenthub.search.SearchIndex}.
 *
 * <p>hub-web hands in small records ({@link org.contenthub.search.SearchDocument}, {@link
 * org.contenthub.search.PersonDocument}), never entities; every change is an {@link
 * org.contenthub.search.IndexOperation} applied by the outbox worker. Every query, count, facet,
 * suggestion, correction and "more like this" runs with the reader's {@link
 * org.contenthub.search.Viewer} turned into a Lucene FILTER clause ({@link
 * org.contenthub.search.AccessFilter}), so nothing the reader may not see leaks out. Text is
 * analysed for Dutch and English and language-neutrally ({@link
 * org.contenthub.search.HubAnalyzers}); field names live in {@link
 * org.contenthub.search.SearchFields}. The index is a disposable cache: {@link
 * org.contenthub.search.SearchIndex#rebuild} builds a fresh generation aside and swaps it in.
 */
package org.contenthub.search;
