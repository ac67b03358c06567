package org.contenthub.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user name and password were right, so an API client sending
 * HTTP Basic on every call pays the deliberate cost of PBKDF2 once rather than per request. Only a
 * salted SHA-256 of the password is kept, with a salt that lives and dies with this process, and
 * the entry is checked against the stored password hash so a changed password ends it.
 */
final class VerifiedCredentials {

  private static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[32];
  private final Duration lifetime;
  private final Clock clock;

  VerifiedCredentials(Duration lifetime, Clock clock) {
    new SecureRandom().nextBytes(salt);
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** Whether these credentials were verified recently against this very password hash. */
  boolean known(String username, String password, String storedHash) {
    Entry entry = entries.get(username);
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return false;
    }
    return entry.storedHash().equals(storedHash)
        && MessageDigest.isEqual(entry.digest(), digest(password));
  }

  void remember(String username, String password, String storedHash) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // a crude bound: forgetting only costs one PBKDF2 per user
    }
    entries.put(username, new Entry(digest(password), storedHash, clock.instant().plus(lifetime)));
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Entry(byte[] digest, String storedHash, Instant expires) {}
}
