package org.contenthub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The rules for accounts: creating them with hashed passwords and checking credentials. */
@ApplicationScoped
public class AccountService {

  /** A real PBKDF2 check on an unknown user, so timing does not reveal which names exist. */
  private String dummyHash;

  private final VerifiedCredentials verified =
      new VerifiedCredentials(java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());

  @Inject AccountRepository accounts;
  @Inject Pbkdf2PasswordHash passwordHash;

  @Transactional
  public Account create(NewAccount request) {
    if (accounts.findByUsername(request.username()).isPresent()) {
      throw new IllegalStateException("username already taken: " + request.username());
    }
    Set<String> roles = new HashSet<>(request.roles());
    if (!roles.contains(Roles.EXTERNAL_AMBASSADOR) || roles.size() > 1) {
      // Every colleague is an employee first; only a pure guest account lacks the role.
      roles.add(Roles.EMPLOYEE);
    }
    Account account =
        new Account(
            request.username(),
            request.displayName(),
            passwordHash.generate(request.password().toCharArray()),
            roles);
    account.setEmail(request.email());
    account.setDepartment(request.department());
    account.setLanguage(request.language());
    return accounts.save(account);
  }

  /** The active account with these credentials, if they are right. */
  public Optional<Account> authenticate(String username, String password) {
    if (username == null || password == null || username.length() > 64 || password.length() > 512) {
      return Optional.empty();
    }
    Optional<Account> remembered = verified.lookup(username, password);
    if (remembered.isPresent()) {
      return remembered;
    }
    Optional<Account> account = accounts.findByUsername(username).filter(Account::isActive);
    String hash = account.map(Account::getPasswordHash).orElseGet(this::dummyHash);
    boolean valid = passwordHash.verify(password.toCharArray(), hash);
    if (valid && account.isPresent()) {
      verified.remember(username, password, account.get());
    }
    return valid ? account : Optional.empty();
  }

  @Transactional
  public java.util.List<Account> all() {
    return accounts.all();
  }

  /** The person's choice about measurement, and when they made it. */
  @Transactional
  public Consent consentOf(Viewer viewer) {
    Account account = own(viewer);
    return new Consent(account.hasMeasurementConsent(), account.getConsentChangedAt());
  }

  /**
   * Records the person's choice; it applies from now on (earlier anonymous data stays anonymous).
   */
  @Transactional
  public Consent setConsent(Viewer viewer, boolean measurement) {
    Account account = own(viewer);
    account.setMeasurementConsent(measurement);
    verified.forget(account.getUsername());
    return new Consent(account.hasMeasurementConsent(), account.getConsentChangedAt());
  }

  /** Whether figures about this account may be kept. */
  @Transactional
  public boolean measures(Long accountId) {
    return accountId != null
        && accounts.findById(accountId).map(Account::hasMeasurementConsent).orElse(false);
  }

  private Account own(Viewer viewer) {
    return accounts
        .findById(viewer.accountId())
        .orElseThrow(
            () -> new jakarta.ws.rs.NotAuthorizedException("Log in to continue.", "Basic"));
  }

  /** A person's consent to measurement. */
  public record Consent(boolean measurement, java.time.Instant changedAt) {}

  public boolean exists(String username) {
    return accounts.findByUsername(username).isPresent();
  }

  public Optional<Account> findActive(String username) {
    return accounts.findByUsername(username).filter(Account::isActive);
  }

  public Optional<Account> findActiveByEmail(String email) {
    return email == null || email.isBlank() ? Optional.empty() : accounts.findActiveByEmail(email);
  }

  /** Active accounts holding a role, e.g. the experts for the expert finder. */
  @Transactional
  public java.util.List<Account> withRole(String role) {
    return accounts.withRole(role);
  }

  public boolean anyoneHas(String role) {
    return accounts.hasRole(role);
  }

  private synchronized String dummyHash() {
    if (dummyHash == null) {
      dummyHash = passwordHash.generate("not-a-password".toCharArray());
    }
    return dummyHash;
  }

  /** What it takes to create an account. */
  public record NewAccount(
      String username,
      String displayName,
      String email,
      String password,
      Set<String> roles,
      String department,
      String language) {}
}
