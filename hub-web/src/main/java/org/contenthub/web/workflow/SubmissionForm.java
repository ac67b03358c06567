package org.contenthub.web.workflow;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The submission form of the pages, read from its multipart parts: text fields, and the photo with
 * its name (at most {@code maxBytes + 1} bytes read, enough to tell it is too large). People type
 * plain text; blank lines make paragraphs.
 */
final class SubmissionForm {

  final Map<String, String> fields = new HashMap<>();
  String imageName;
  byte[] image;

  static SubmissionForm read(List<EntityPart> parts, long maxBytes) {
    SubmissionForm form = new SubmissionForm();
    if (parts == null) {
      return form;
    }
    for (EntityPart part : parts) {
      try (InputStream in = part.getContent()) {
        if (part.getFileName().isPresent()) {
          byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (content.length > 0) {
            form.imageName = part.getFileName().get();
            form.image = content;
          }
        } else {
          // text fields are small; a field beyond 1 MB is cut, and Bean Validation refuses it
          form.fields.put(
              part.getName(), new String(in.readNBytes(1_048_576), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return form;
  }

  String get(String name) {
    return fields.get(name);
  }

  SubmissionInput input() {
    SubmissionInput input = new SubmissionInput();
    input.title = Texts.blankToNull(get("title"));
    input.type = Texts.blankToNull(get("type"));
    input.channel = Texts.blankToNull(get("channel"));
    input.body = HtmlSanitizer.fromPlainText(get("body"));
    input.links = lines(get("links"));
    String version = Texts.blankToNull(get("version"));
    input.version =
        version == null || !version.strip().matches("\\d{1,18}")
            ? null
            : Long.valueOf(version.strip());
    return input;
  }

  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * Rich text as the plain text of the form: paragraphs apart by a blank line, line breaks kept.
   */
  static String editableText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Element block : Jsoup.parseBodyFragment(html).body().children()) {
      block.select("br").after("\\n");
      String paragraph = block.text().replace("\\n", "\n").replaceAll("[ \\t]*\\n[ \\t]*", "\n");
      if (!paragraph.isBlank()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(paragraph.strip());
      }
    }
    return text.toString();
  }
}
