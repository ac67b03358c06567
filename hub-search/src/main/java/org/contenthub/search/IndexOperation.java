package org.contenthub.search;

/** One change for the index, as hub-web's outbox worker hands them over in batches. */
public sealed interface IndexOperation {

  /** The index key the operation applies to. */
  String key();

  static IndexOperation index(SearchDocument document) {
    return new Upsert(document);
  }

  static IndexOperation index(PersonDocument person) {
    return new UpsertPerson(person);
  }

  /** Removes an item; for a person pass {@link PersonDocument#indexId()}. */
  static IndexOperation delete(String key) {
    return new Delete(key);
  }

  record Upsert(SearchDocument document) implements IndexOperation {
    @Override
    public String key() {
      return document.id();
    }
  }

  record UpsertPerson(PersonDocument person) implements IndexOperation {
    @Override
    public String key() {
      return person.indexId();
    }
  }

  record Delete(String key) implements IndexOperation {}
}
