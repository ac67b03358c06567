package org.contenthub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

  @Test
  void afterLoginOnlyPathsOnThisHubAreFollowed() {
    assertThat(LoginPage.safeNext("/items/12?x=1")).isEqualTo("/items/12?x=1");
    assertThat(LoginPage.safeNext(null)).isEqualTo("/");
    assertThat(LoginPage.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(LoginPage.safeNext("//evil.example/")).isEqualTo("/");
    assertThat(LoginPage.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(LoginPage.safeNext("javascript:alert(1)")).isEqualTo("/");
  }

  @Test
  void csrfTokensAreReadFromUrlEncodedForms() {
    assertThat(CsrfFilter.formField("a=1&_csrf=abc%2Bdef&b=2", "_csrf")).isEqualTo("abc+def");
    assertThat(CsrfFilter.formField("a=1&b=2", "_csrf")).isNull();
    assertThat(CsrfFilter.formField("", "_csrf")).isNull();
  }
}
