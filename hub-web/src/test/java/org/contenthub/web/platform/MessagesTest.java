package org.contenthub.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every text a template asks for exists. */
class MessagesTest {

  @Test
  void dutchAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("nl")).isEqualTo(keys("en"));
  }

  @Test
  void everyLiteralKeyInTheTemplatesExists() throws IOException {
    Pattern literal = Pattern.compile("page\\.t\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
        Matcher m = literal.matcher(Files.readString(template));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys("nl")).containsAll(used);
  }

  @Test
  void formatsArgumentsAndChoosesTheLanguage() {
    Messages nl = Messages.of(Locale.forLanguageTag("nl-BE"));
    Messages en = Messages.of(Locale.UK);
    Messages other = Messages.of(Locale.GERMAN);
    assertThat(nl.t("feed.count", 1)).isEqualTo("1 bericht");
    assertThat(nl.t("feed.count", 1200)).isEqualTo("1.200 berichten");
    assertThat(en.t("feed.count", 0)).isEqualTo("No posts");
    assertThat(other.language()).as("Dutch for languages the hub does not speak").isEqualTo("nl");
    assertThat(nl.t("no.such.key")).isEqualTo("no.such.key");
  }

  private static Set<String> keys(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
