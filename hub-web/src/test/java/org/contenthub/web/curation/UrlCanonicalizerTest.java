package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTPS://WWW.Polderlicht.NL/Nieuws/Zon                  | https://www.polderlicht.nl/Nieuws/Zon",
        "https://www.polderlicht.nl:443/nieuws/                 | https://www.polderlicht.nl/nieuws",
        "http://polderlicht.nl:80                               | http://polderlicht.nl/",
        "http://polderlicht.nl:8080/                            | http://polderlicht.nl:8080/",
        "https://polderlicht.nl/nieuws#reacties                 | https://polderlicht.nl/nieuws",
        "https://polderlicht.nl/a?utm_source=nb&utm_medium=mail&id=7 | https://polderlicht.nl/a?id=7",
        "https://polderlicht.nl/a?fbclid=IwAR0x&gclid=Cj0&mc_cid=1&mc_eid=2&ref=tw | https://polderlicht.nl/a",
        "https://polderlicht.nl/a?UTM_Campaign=x&page=2          | https://polderlicht.nl/a?page=2",
        "https://polderlicht.nl/zoek?q=zon&lang=nl&a=1           | https://polderlicht.nl/zoek?a=1&lang=nl&q=zon",
        "https://polderlicht.nl/zoek?tag=b&tag=a                 | https://polderlicht.nl/zoek?tag=b&tag=a",
        "https://polderlicht.nl/zoek?&&q=zon&                    | https://polderlicht.nl/zoek?q=zon",
        "https://polderlicht.nl/a/./b/../c/                      | https://polderlicht.nl/a/c",
        "https://polderlicht.nl/%7Ejan/caf%c3%a9                 | https://polderlicht.nl/~jan/caf%C3%A9",
        "https://polderlicht.nl/nieuws/café                      | https://polderlicht.nl/nieuws/caf%C3%A9",
        "https://bücher.example/                                 | https://xn--bcher-kva.example/",
        "https://user:secret@polderlicht.nl/a                    | https://polderlicht.nl/a",
        "https://polderlicht.nl./a                               | https://polderlicht.nl/a",
        "https://polderlicht.nl/?utm_source=x                    | https://polderlicht.nl/",
        "https://polderlicht.nl/a?referrer=x                     | https://polderlicht.nl/a?referrer=x"
      })
  void canonicalizes(String input, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://polderlicht.nl/nieuws/zon?utm_source=linkedin",
        "https://Polderlicht.nl:443/nieuws/zon/#top",
        "HTTPS://polderlicht.nl/nieuws/./zon?fbclid=abc&utm_medium=social"
      })
  void spellingsOfTheSamePageMeetInOneForm(String spelling) {
    assertThat(UrlCanonicalizer.canonicalize(spelling))
        .isEqualTo("https://polderlicht.nl/nieuws/zon");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://polderlicht.nl/a", "mailto:jan@polderlicht.nl", "polderlicht.nl/a", ""})
  void refusesWhatIsNotAWebUrl(String input) {
    assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(input))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
