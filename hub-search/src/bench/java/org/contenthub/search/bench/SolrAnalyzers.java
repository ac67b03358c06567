package org.contenthub.search.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.contenthub.search.HubAnalyzers;

/** The hub's analyzers with no-argument constructors, so Solr's schema can name them. */
public final class SolrAnalyzers {
  static final HubAnalyzers HUB = new HubAnalyzers();

  private SolrAnalyzers() {}

  private abstract static class Wrapped extends AnalyzerWrapper {
    private final Analyzer delegate;

    Wrapped(Analyzer delegate) {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
      this.delegate = delegate;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return delegate;
    }
  }

  public static final class Neutral extends Wrapped {
    public Neutral() {
      super(HUB.neutral());
    }
  }

  public static final class DutchIndex extends Wrapped {
    public DutchIndex() {
      super(HUB.dutchIndex());
    }
  }

  public static final class DutchQuery extends Wrapped {
    public DutchQuery() {
      super(HUB.dutchQuery());
    }
  }

  public static final class English extends Wrapped {
    public English() {
      super(HUB.english());
    }
  }
}
