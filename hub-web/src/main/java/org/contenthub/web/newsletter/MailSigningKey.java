package org.contenthub.web.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.contenthub.web.platform.HubDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the unsubscribe links: {@code hub.mail.signing-secret} when configured, otherwise a
 * random key made once and kept in the database, so every instance signs and checks alike and links
 * in mails sent last year still work.
 */
@ApplicationScoped
public class MailSigningKey {

  @Inject
  @ConfigProperty(name = "hub.mail.signing-secret")
  Optional<String> configured;

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  private volatile DeliveryTokens tokens;

  DeliveryTokens tokens() {
    DeliveryTokens current = tokens;
    if (current == null) {
      synchronized (this) {
        if (tokens == null) {
          tokens = new DeliveryTokens(key());
        }
        current = tokens;
      }
    }
    return current;
  }

  private byte[] key() {
    Optional<String> secret = configured.filter(s -> s.length() >= 16);
    if (secret.isPresent()) {
      return secret.get().getBytes(StandardCharsets.UTF_8);
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into mail_signing_key (id, secret) select 1, ?"
                  + " where not exists (select 1 from mail_signing_key where id = 1)")) {
        insert.setString(1, HexFormat.of().formatHex(fresh));
        insert.executeUpdate();
      } catch (SQLException raceLost) {
        // Another instance stored its key first; read that one below.
      }
      try (PreparedStatement select =
              c.prepareStatement("select secret from mail_signing_key where id = 1");
          ResultSet rs = select.executeQuery()) {
        rs.next();
        return HexFormat.of().parseHex(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the mail signing key: " + e.getMessage(), e);
    }
  }
}
