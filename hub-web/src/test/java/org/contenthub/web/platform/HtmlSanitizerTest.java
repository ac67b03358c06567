package org.contenthub.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

  @Test
  void keepsFormattingAndRemovesWhatCouldRunInTheReadersBrowser() {
    String dirty =
        "<p onclick=\"steal()\">Hallo <strong>team</strong><script>alert(1)</script>"
            + "<a href=\"javascript:alert(2)\">klik</a> <a href=\"https://polderlicht.example/x\">site</a>"
            + "<img src=\"x\" onerror=\"alert(3)\"><iframe src=\"https://evil.example\"></iframe>"
            + "<style>body{display:none}</style></p>";
    String clean = HtmlSanitizer.sanitize(dirty);
    assertThat(clean)
        .contains("<strong>team</strong>", "https://polderlicht.example/x")
        .doesNotContain(
            "script", "javascript:", "onclick", "onerror", "iframe", "<style", "display:none");
    assertThat(clean)
        .containsPattern("rel=\"[^\"]*noopener[^\"]*\"")
        .containsPattern("rel=\"[^\"]*noreferrer");
  }

  @Test
  void plainTextHasNoMarkup() {
    assertThat(HtmlSanitizer.toText("<p>Één &amp; <em>twee</em></p>")).isEqualTo("Één & twee");
    assertThat(HtmlSanitizer.toText(null)).isEmpty();
    assertThat(HtmlSanitizer.sanitize(null)).isNull();
  }

  @Test
  void onlyAbsoluteWebAddressesAreUrls() {
    assertThat(WebUrl.Validator.isWebUrl("https://www.polderlicht.example/blog?id=1")).isTrue();
    assertThat(WebUrl.Validator.isWebUrl("HTTP://intranet.local/")).isTrue();
    assertThat(WebUrl.Validator.isWebUrl("javascript:alert(1)")).isFalse();
    assertThat(WebUrl.Validator.isWebUrl("data:text/html,<script>")).isFalse();
    assertThat(WebUrl.Validator.isWebUrl("/relative/path")).isFalse();
    assertThat(WebUrl.Validator.isWebUrl("https://")).isFalse();
    assertThat(WebUrl.Validator.isWebUrl("https://exa mple.com")).isFalse();
  }
}
