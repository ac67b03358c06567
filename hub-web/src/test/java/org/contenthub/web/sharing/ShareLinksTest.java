package org.contenthub.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareLinksTest {

  private static final String TRACKED = "https://hub.example/s/AbC-12_xyZ09";
  private static final String DUTCH = "Café & co: 40% minder #energie 💡 — lees dit?";

  @Test
  void codesAreUrlSafeLongEnoughAndDifferent() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = ShareLinks.newCode();
      assertThat(code).matches("[A-Za-z0-9_-]{12}");
      assertThat(ShareLinks.isWellFormed(code)).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
    assertThat(ShareLinks.isWellFormed("kort")).isFalse();
    assertThat(ShareLinks.isWellFormed("https://evil.example")).isFalse();
    assertThat(ShareLinks.isWellFormed("abc%2Fdef12")).isFalse();
    assertThat(ShareLinks.isWellFormed(null)).isFalse();
  }

  @Test
  void encodingKeepsEveryCharacterAndUsesPercentTwentyForSpaces() {
    String encoded = ShareLinks.encode(DUTCH);
    assertThat(encoded)
        .doesNotContain(" ", "+", "&", "#", "?", "é", "💡")
        .contains("Caf%C3%A9%20%26%20co", "%23energie", "%F0%9F%92%A1", "40%25");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(DUTCH);
    assertThat(ShareLinks.encode("a~b-c_d.e*")).isEqualTo("a~b-c_d.e%2A");
  }

  @Test
  void xCarriesTextAndLinkSeparately() {
    String url = Network.X.shareUrl(TRACKED, DUTCH, "titel");
    assertThat(url)
        .startsWith("https://twitter.com/intent/tweet?text=")
        .isEqualTo(
            "https://twitter.com/intent/tweet?text="
                + ShareLinks.encode(DUTCH)
                + "&url=https%3A%2F%2Fhub.example%2Fs%2FAbC-12_xyZ09");
    assertThat(URI.create(url).getQuery()).isEqualTo("text=" + DUTCH + "&url=" + TRACKED);
  }

  @Test
  void everyNetworkGetsItsOfficialShareAddress() {
    String link = ShareLinks.encode(TRACKED);
    assertThat(Network.LINKEDIN.shareUrl(TRACKED, DUTCH, "t"))
        .isEqualTo("https://www.linkedin.com/sharing/share-offsite/?url=" + link);
    assertThat(Network.FACEBOOK.shareUrl(TRACKED, DUTCH, "t"))
        .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + link);
    assertThat(Network.WHATSAPP.shareUrl(TRACKED, DUTCH, "t"))
        .isEqualTo("https://wa.me/?text=" + ShareLinks.encode(DUTCH + " " + TRACKED));
    assertThat(Network.WHATSAPP.shareUrl(TRACKED, "  ", "t"))
        .isEqualTo("https://wa.me/?text=" + link);
    assertThat(Network.EMAIL.shareUrl(TRACKED, DUTCH, "Zo bespaart Houten 40%"))
        .isEqualTo(
            "mailto:?subject=Zo%20bespaart%20Houten%2040%25&body="
                + ShareLinks.encode(DUTCH + "\n\n" + TRACKED));
    assertThat(Network.COPY.shareUrl(TRACKED, DUTCH, "t")).isEqualTo(TRACKED);
  }

  @Test
  void networksAreParsedAndHaveTheirLimits() {
    assertThat(Network.parse("LinkedIn")).contains(Network.LINKEDIN);
    assertThat(Network.parse("twitter")).contains(Network.X);
    assertThat(Network.parse("myspace")).isEmpty();
    assertThat(Network.parse(null)).isEmpty();
    assertThat(Network.X.maxLength()).isEqualTo(280);
    assertThat(Network.X.textLimit()).isLessThan(280);
    assertThat(Network.LINKEDIN.textLimit()).isEqualTo(3000);
  }

  @Test
  void utmParametersAreAppendedKeepingQueryAndFragment() {
    String utm = "utm_source=x&utm_medium=employee-advocacy&utm_campaign=hub&utm_content=c0de1234";
    assertThat(ShareLinks.withUtm("https://polderlicht.example/houten", "x", "c0de1234"))
        .isEqualTo("https://polderlicht.example/houten?" + utm);
    assertThat(ShareLinks.withUtm("https://polderlicht.example/p?id=7&lang=nl", "x", "c0de1234"))
        .isEqualTo("https://polderlicht.example/p?id=7&lang=nl&" + utm);
    assertThat(ShareLinks.withUtm("https://polderlicht.example/p?id=7#reacties", "x", "c0de1234"))
        .isEqualTo("https://polderlicht.example/p?id=7&" + utm + "#reacties");
    assertThat(ShareLinks.withUtm("https://polderlicht.example/p?", "x", "c0de1234"))
        .isEqualTo("https://polderlicht.example/p?" + utm);
    assertThat(
            ShareLinks.withUtm(
                "https://polderlicht.example/p?utm_source=rss&a=1&UTM_CONTENT=old",
                "x",
                "c0de1234"))
        .as("earlier campaign parameters replaced, others kept")
        .isEqualTo("https://polderlicht.example/p?a=1&" + utm);
  }
}
