package org.contenthub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.contenthub.web.platform.HubSettings;

/**
 * Makes sure someone can administer a fresh hub: without any administrator, one named {@code admin}
 * is created with the configured password, or with a generated one that is shown once and stored
 * only as a hash.
 */
@ApplicationScoped
public class FirstAdministrator {

  public static final String USERNAME = "admin";
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject AccountService accounts;
  @Inject HubSettings settings;

  /** The generated password when one was created just now, to be shown once. */
  public Optional<String> ensure() {
    if (accounts.anyoneHas(Roles.ADMIN)) {
      return Optional.empty();
    }
    Optional<String> configured = settings.adminPassword();
    String password = configured.orElseGet(FirstAdministrator::generatePassword);
    accounts.create(
        new AccountService.NewAccount(
            USERNAME, "Administrator", null, password, Set.of(Roles.ADMIN), null, "nl"));
    return configured.isPresent() ? Optional.empty() : Optional.of(password);
  }

  static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
