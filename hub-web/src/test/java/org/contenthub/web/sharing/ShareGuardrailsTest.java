package org.contenthub.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.contenthub.web.platform.FieldProblem;
import org.junit.jupiter.api.Test;

class ShareGuardrailsTest {

  private static final ZonedDateTime NOON =
      ZonedDateTime.parse("2026-11-23T12:00:00+01:00[Europe/Amsterdam]");

  private final ShareGuardrails rules =
      new ShareGuardrails(
          List.of("vertrouwelijk", " Project Zwaluw "),
          Map.of(Network.X, "#polderlicht", Network.LINKEDIN, "— via Polderlicht"),
          "07:00-22:00");

  @Test
  void blockedWordsStopAShareButNotWordsThatMerelyContainThem() {
    assertThatThrownBy(() -> rules.apply(Network.LINKEDIN, "Dit is VERTROUWELIJK!", NOON))
        .isInstanceOf(FieldProblem.class)
        .hasMessageContaining("vertrouwelijk");
    assertThatThrownBy(() -> rules.apply(Network.X, "Nieuws over project zwaluw.", NOON))
        .isInstanceOf(FieldProblem.class);
    assertThat(rules.apply(Network.WHATSAPP, "Onvertrouwelijke tip", NOON))
        .isEqualTo("Onvertrouwelijke tip");
  }

  @Test
  void theNetworksSignatureIsAddedOnce() {
    assertThat(rules.apply(Network.X, "Mooi werk", NOON)).isEqualTo("Mooi werk #polderlicht");
    assertThat(rules.apply(Network.X, "Mooi werk #polderlicht", NOON))
        .isEqualTo("Mooi werk #polderlicht");
    assertThat(rules.apply(Network.X, "", NOON)).isEqualTo("#polderlicht");
    assertThat(rules.apply(Network.FACEBOOK, "Mooi werk", NOON)).isEqualTo("Mooi werk");
  }

  @Test
  void sharingHoursAreDutchTime() {
    assertThatThrownBy(
            () ->
                rules.apply(
                    Network.X,
                    "laat",
                    ZonedDateTime.parse("2026-11-23T22:30:00+01:00[Europe/Amsterdam]")))
        .isInstanceOf(ShareGuardrails.Closed.class)
        .hasMessageContaining("07:00 and 22:00");
    // 06:30 UTC is 07:30 in Amsterdam in winter
    assertThat(rules.apply(Network.FACEBOOK, "vroeg", ZonedDateTime.parse("2026-11-23T06:30:00Z")))
        .isEqualTo("vroeg");
    assertThat(
            new ShareGuardrails(List.of(), Map.of(), "")
                .apply(Network.X, "altijd", NOON.withHour(3)))
        .isEqualTo("altijd");
  }
}
