package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void acceptsABareAddressWithADutchName() {
    EmailAddress a = EmailAddress.of(" jeroen@example.nl ", "Jeroen van der Plaats");
    assertThat(a.address()).isEqualTo("jeroen@example.nl");
    assertThat(a.name()).isEqualTo("Jeroen van der Plaats");
    assertThat(a.domain()).isEqualTo("example.nl");
    assertThat(a.toInternetAddress().getPersonal()).isEqualTo("Jeroen van der Plaats");
  }

  @Test
  void blankNameMeansNoName() {
    assertThat(EmailAddress.of("a@example.nl", "  ").name()).isNull();
  }

  @Test
  void parsesTheConfiguredHeaderForm() {
    EmailAddress a = EmailAddress.parse("Content Hub <hub@example.nl>");
    assertThat(a).isEqualTo(EmailAddress.of("hub@example.nl", "Content Hub"));
    assertThat(EmailAddress.parse("hub@example.nl").name()).isNull();
  }

  @Test
  void encodesNonAsciiNamesAsEncodedWords() {
    String header =
        EmailAddress.of("anais@example.nl", "Anaïs Bën’s").toInternetAddress().toString();
    assertThat(header).startsWith("=?UTF-8?").endsWith("<anais@example.nl>");
  }

  @Test
  void refusesLineBreaksInAddressAndName() {
    assertThatThrownBy(() -> EmailAddress.of("a@example.nl\r\nBcc: victim@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmailAddress.of("a@example.nl", "Eve\nBcc: victim@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmailAddress.of("a@example.nl", "Eve\rX"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmailAddress.parse("Eve <a@example.nl>\nBcc: v@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesInvalidOrCompositeAddresses() {
    for (String bad :
        new String[] {
          "",
          "no-at-sign",
          "a@",
          "@example.nl",
          "two@@example.nl",
          "Name <a@example.nl>",
          "a@example.nl, b@example.nl",
          "group: a@example.nl;",
          "a b@example.nl"
        }) {
      assertThatThrownBy(() -> EmailAddress.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> EmailAddress.parse("a@example.nl, b@example.nl"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
