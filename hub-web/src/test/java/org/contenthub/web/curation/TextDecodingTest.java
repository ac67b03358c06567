package org.contenthub.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final String TEXT = "Één café, “aanhalingstekens” en € 5";

  @Test
  void trustsACorrectDeclaration() {
    assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(TEXT);
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(TextDecoding.decode(TEXT.getBytes(cp1252), cp1252)).isEqualTo(TEXT);
  }

  @Test
  void correctsWindows1252LabelledUtf8AndTheReverse() {
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(TextDecoding.decode(TEXT.getBytes(cp1252), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    assertThat(
            TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .isEqualTo(TEXT);
  }

  @Test
  void guessesWhenNothingIsDeclared() {
    assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("windows-1252")), null))
        .isEqualTo(TEXT);
  }

  @Test
  void byteOrderMarksWin() {
    byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoding.decode(utf16, StandardCharsets.UTF_8)).isEqualTo(TEXT);
  }

  @Test
  void readsTheCharsetOfHtmlAndXml() {
    byte[] html =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>"
                + TEXT
                + "</title>")
            .getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoding.decodeHtml(html, null)).contains(TEXT);
    assertThat(TextDecoding.decodeHtml(html, "bogus-charset")).contains(TEXT);
    byte[] xml =
        ("<?xml version='1.0' encoding='ISO-8859-15'?><a>café</a>")
            .getBytes(Charset.forName("ISO-8859-15"));
    assertThat(TextDecoding.decodeXml(xml, "UTF-8")).contains("café");
    assertThat(TextDecoding.charsetParameter("text/html; Charset=\"UTF-8\"")).isEqualTo("UTF-8");
  }
}
