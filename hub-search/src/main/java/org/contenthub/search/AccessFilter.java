package org.contenthub.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns visibility into access tokens on the document and a reader into the set of tokens they
 * hold. A document is visible when it shares at least one token with the reader; the resulting
 * query is added as a FILTER clause to every search, count, facet count, suggestion, correction and
 * "more like this", so Lucene itself never looks at what the reader may not see.
 *
 * <p>Tokens: {@code all} (every employee), {@code dept:<d>}, {@code role:<r>}, {@code ext}
 * (external ambassadors), {@code draft} (editors), {@code user:<id>} (the author).
 */
public final class AccessFilter {

  static final String ALL = "all";
  static final String EXTERNAL = "ext";
  static final String DRAFT = "draft";

  private AccessFilter() {}

  /** The tokens indexed on a document. */
  static List<String> documentTokens(Visibility visibility, String authorId) {
    List<String> tokens = new ArrayList<>();
    if (visibility.draft()) {
      tokens.add(DRAFT);
    } else {
      if (visibility.everyone()) {
        tokens.add(ALL);
      }
      visibility.departments().forEach(d -> tokens.add(department(d)));
      visibility.roles().forEach(r -> tokens.add(role(r)));
      if (visibility.shareableExternally()) {
        tokens.add(EXTERNAL);
      }
    }
    if (authorId != null && !authorId.isBlank()) {
      tokens.add(user(authorId));
    }
    return tokens;
  }

  /** The tokens a reader holds. */
  static Set<String> viewerTokens(Viewer viewer) {
    Set<String> tokens = new LinkedHashSet<>();
    tokens.add(user(viewer.userId()));
    if (viewer.external()) {
      tokens.add(EXTERNAL);
      return tokens;
    }
    tokens.add(ALL);
    if (viewer.department() != null && !viewer.department().isBlank()) {
      tokens.add(department(viewer.department()));
    }
    for (String role : viewer.roles()) {
      tokens.add(role(role));
      if (Viewer.EDITOR.equalsIgnoreCase(role)) {
        tokens.add(DRAFT);
      }
    }
    return tokens;
  }

  /** The FILTER clause for a reader. */
  public static Query query(Viewer viewer) {
    List<BytesRef> terms = viewerTokens(viewer).stream().map(BytesRef::new).toList();
    return new TermInSetQuery(SearchFields.ACL, terms);
  }

  private static String department(String d) {
    return "dept:" + normalise(d);
  }

  private static String role(String r) {
    return "role:" + normalise(r);
  }

  private static String user(String id) {
    return "user:" + id.strip();
  }

  private static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
