package org.contenthub.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet ordinals state of its reader. Facets are
 * SortedSetDocValues facets rather than a taxonomy index: the index stays one directory, so a
 * rebuild swaps one thing atomically and there is no second index to keep in step; the price, a
 * global ordinal map built once per reader refresh, is small for the hub's flat dimensions.
 */
final class HubSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  HubSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  /** Null while the index holds no document. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        SortedSetDocValuesReaderState state = null;
        if (reader.numDocs() > 0) {
          try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
          } catch (IllegalArgumentException noFacetsYet) {
            state = null;
          }
        }
        return new HubSearcher(reader, state);
      }
    };
  }
}
