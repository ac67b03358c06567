package org.contenthub.web.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A person who can log in: a colleague or an invited external ambassador. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 320)
  private String email;

  /** Only the PBKDF2 hash, never the password. */
  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(length = 100)
  private String department;

  @Column(nullable = false, length = 8)
  private String language = "nl";

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", length = 32)
  private Set<String> roles = new TreeSet<>();

  /** Whether the person agreed that figures about them (shares, clicks) are kept and shown. */
  @Column(name = "measurement_consent", nullable = false)
  private boolean measurementConsent;

  @Column(name = "consent_changed_at")
  private Instant consentChangedAt;

  @Version private long version;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, Set<String> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new TreeSet<>(roles);
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean hasMeasurementConsent() {
    return measurementConsent;
  }

  public Instant getConsentChangedAt() {
    return consentChangedAt;
  }

  public void setMeasurementConsent(boolean consent) {
    if (consent != measurementConsent) {
      this.measurementConsent = consent;
      this.consentChangedAt = Instant.now();
    }
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }
}
