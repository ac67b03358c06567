package org.contenthub.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user name and password were right and whose account they
 * open, so an API client sending HTTP Basic on every call pays neither the deliberate cost of
 * PBKDF2 nor a database query per request. Only a salted SHA-256 of the password is kept, with a
 * salt that lives and dies with this process. A deactivated account or changed roles reach API
 * clients when the entry expires (its lifetime is the bound); sessions re-read the account on every
 * request.
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

  /** The account these credentials opened recently, if they are the same and not expired. */
  Optional<Account> lookup(String username, String password) {
    Entry entry = entries.get(username);
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.digest(), digest(password))
        ? Optional.of(entry.account())
        : Optional.empty();
  }

  void remember(String username, String password, Account account) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // a crude bound: forgetting only costs one PBKDF2 per user
    }
    entries.put(username, new Entry(digest(password), account, clock.instant().plus(lifetime)));
  }

  /** Forgets a user at once, e.g. after their password changed. */
  void forget(String username) {
    entries.remove(username);
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

  private record Entry(byte[] digest, Account account, Instant expires) {}
}
