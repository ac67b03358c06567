package org.contenthub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts in the database. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected AccountRepository() {}

  /** For tests outside the container. */
  public AccountRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Account> findByUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The active account with this address (addresses compared without case). */
  public Optional<Account> findActiveByEmail(String email) {
    return em
        .createQuery(
            "select a from Account a where a.active = true and lower(a.email) = :email",
            Account.class)
        .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public boolean hasRole(String role) {
    return em.createQuery(
                "select count(a) from Account a join a.roles r where r = :role and a.active = true",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  public java.util.List<Account> withRole(String role) {
    return em.createQuery(
            "select distinct a from Account a join a.roles r where r = :role and a.active = true order by a.id",
            Account.class)
        .setParameter("role", role)
        .getResultList();
  }

  public java.util.List<Account> all() {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  public Account save(Account account) {
    em.persist(account);
    return account;
  }
}
