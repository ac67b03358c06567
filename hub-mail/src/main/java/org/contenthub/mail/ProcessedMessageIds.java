package org.contenthub.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which Message-IDs were handled, so the {@link MailboxReader} can tell its handler about
 * a duplicate: the same mail delivered twice, or handled but not yet moved when the hub stopped.
 * hub-web backs this with a database table (a unique key on the id) so it survives restarts; {@link
 * #inMemory(int)} serves tests and single runs.
 */
public interface ProcessedMessageIds {

  boolean contains(String messageId);

  /** Called after the handler succeeded, before the message is moved away. */
  void add(String messageId);

  /** Keeps the last {@code capacity} ids in memory. */
  static ProcessedMessageIds inMemory(int capacity) {
    Set<String> ids =
        Collections.synchronizedSet(
            Collections.newSetFromMap(
                new LinkedHashMap<String, Boolean>() {
                  @Override
                  protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                  }
                }));
    return new ProcessedMessageIds() {
      @Override
      public boolean contains(String messageId) {
        return ids.contains(messageId);
      }

      @Override
      public void add(String messageId) {
        ids.add(messageId);
      }
    };
  }
}
