package org.contenthub.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.Locale;

/**
 * A single, syntactically valid mailbox with an optional display name, e.g. {@code "Jeroen van der
 * Plaats" <jeroen@example.nl>}. Validation happens here, once: an instance can always be put into a
 * header safely.
 *
 * @param address the bare address ({@code local@domain}), checked strictly (RFC 822)
 * @param name the display name in plain Unicode, or {@code null}; encoded for the header later
 */
public record EmailAddress(String address, String name) {

  public EmailAddress {
    HeaderText.requireSafe("address", address);
    HeaderText.requireSafeOrNull("name", name);
    address = address.strip();
    if (name != null) {
      name = name.strip();
      if (name.isEmpty()) {
        name = null;
      }
    }
    InternetAddress parsed;
    try {
      parsed = new InternetAddress(address, true);
      parsed.validate();
    } catch (AddressException e) {
      throw new IllegalArgumentException("not a valid e-mail address: " + address, e);
    }
    // InternetAddress also accepts "Name <a@b>" and groups; only a bare address is allowed here,
    // so that the display name can only come in through the name component.
    if (parsed.getPersonal() != null
        || !address.equals(parsed.getAddress())
        || parsed.isGroup()
        || address.indexOf('@') < 1
        || address.endsWith("@")) {
      throw new IllegalArgumentException("not a bare e-mail address: " + address);
    }
  }

  public static EmailAddress of(String address) {
    return new EmailAddress(address, null);
  }

  public static EmailAddress of(String address, String name) {
    return new EmailAddress(address, name);
  }

  /**
   * Parses one address in header form, such as a configured sender {@code Content Hub
   * <hub@example.nl>} or a bare {@code hub@example.nl}.
   */
  public static EmailAddress parse(String text) {
    HeaderText.requireSafe("address", text);
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(text, true);
      if (parsed.length != 1) {
        throw new IllegalArgumentException("expected exactly one address: " + text);
      }
      return new EmailAddress(parsed[0].getAddress(), parsed[0].getPersonal());
    } catch (AddressException e) {
      throw new IllegalArgumentException("not a valid e-mail address: " + text, e);
    }
  }

  /** The domain part, lower case, e.g. for choosing a relay or for grouping bounces. */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  /** The Jakarta Mail form; a non-ASCII name becomes an RFC 2047 UTF-8 encoded-word. */
  public InternetAddress toInternetAddress() {
    try {
      InternetAddress ia = new InternetAddress(address, name, "UTF-8");
      return ia;
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  @Override
  public String toString() {
    return name == null ? address : "\"" + name + "\" <" + address + ">";
  }
}
