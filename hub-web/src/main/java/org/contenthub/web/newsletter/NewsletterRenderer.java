package org.contenthub.web.newsletter;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contenthub.mail.CssInliner;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemFilter;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;
import org.jsoup.nodes.Entities;

/**
 * Turns a newsletter into mail: the blocks are resolved once (hub items read as any employee sees
 * them, so a newsletter never carries a department's restricted item to everyone), then each
 * recipient gets the HTML (table layout whose style sheet is inlined, which Outlook, Gmail and
 * Apple Mail all render) and a plain text part in the newsletter's language.
 */
@ApplicationScoped
public class NewsletterRenderer {

  /** Makes the placeholders of this process unguessable, so no newsletter text can contain one. */
  private static final String PLACEHOLDER_SALT =
      Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);

  /** Who reads a newsletter: any employee, no department, no editorial rights. */
  static final Viewer READER =
      new Viewer(-1L, "newsletter", "Newsletter", Set.of(Roles.EMPLOYEE), null, null);

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          NewsletterRenderer.class.getClassLoader(),
          "org.contenthub.web.templates");

  @Inject ItemService items;
  @Inject HubSettings settings;

  /** Inlined skeletons of the newsletters being sent or previewed, most recently used kept. */
  private final Map<Shape, String> skeletons =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Shape, String> eldest) {
              return size() > 64;
            }
          });

  /**
   * The newsletter's blocks with their items looked up; items no employee may see, and blocks not
   * filled in yet, are left out.
   */
  public MailContent resolve(Newsletter newsletter) {
    List<MailBlock> blocks = new ArrayList<>();
    for (Block b : Blocks.fromJson(newsletter.getBlocks())) {
      if (!b.problems(0, true).isEmpty()) {
        continue; // a draft's block still being filled in: not in the preview yet
      }
      if (b.type().equals("item")) {
        itemBlock(b.itemId()).ifPresent(blocks::add);
      } else {
        blocks.add(
            new MailBlock(
                b.type(),
                null,
                b.text(),
                b.url(),
                b.label(),
                b.type().equals("image") ? b.url() : null,
                b.alt(),
                null));
      }
    }
    return new MailContent(
        newsletter.getId(),
        newsletter.getSubject(),
        newsletter.getPreheader(),
        newsletter.getLanguage(),
        newsletter.getTemplate(),
        blocks,
        newsletter.isShareRequest()
            ? MailContent.Kind.SHARE_REQUEST
            : newsletter.getDigestWeek() != null
                ? MailContent.Kind.DIGEST
                : MailContent.Kind.NEWSLETTER);
  }

  private java.util.Optional<MailBlock> itemBlock(Long itemId) {
    try {
      Item item = items.get(itemId, READER);
      String summary = item.getSummary();
      if (summary == null && item.getBody() != null) {
        summary = abbreviate(HtmlSanitizer.toText(item.getBody()), 280);
      }
      String commentary =
          item.getCommentary() == null ? null : HtmlSanitizer.toText(item.getCommentary());
      return java.util.Optional.of(
          new MailBlock(
              "item",
              item.getTitle(),
              summary,
              settings.baseUrl() + "/items/" + item.getId(),
              null,
              absolute(item.getImageUrl()),
              null,
              commentary == null ? null : abbreviate(commentary, 400)));
    } catch (jakarta.ws.rs.NotFoundException gone) {
      return java.util.Optional.empty();
    }
  }

  /** The newest items every employee may see. */
  public List<Item> recentItems(int count) {
    return items.list(new ItemFilter(null, null, null, null, null, 1, count), READER).items();
  }

  /** The most liked items every employee may see, published since {@code since}. */
  public List<Item> topItemsSince(java.time.Instant since, int count) {
    return items.mostLikedSince(since, count, READER);
  }

  /** Images the hub serves itself are referred to by path; a mail needs the full address. */
  private String absolute(String url) {
    return url != null && url.startsWith("/") ? settings.baseUrl() + url : url;
  }

  /**
   * The HTML of one recipient's mail. The template is rendered and its style sheet inlined once per
   * newsletter and shape of personalisation (with or without a name, a note, an online address),
   * with placeholders where the recipient's own values go; each recipient costs only putting those
   * in. The placeholders are random letters and digits, which neither the template's escaping nor
   * the inliner alters.
   */
  public String html(MailContent content, Personalisation who) {
    String skeleton = skeletons.computeIfAbsent(Shape.of(content, who), this::skeleton);
    return Placeholder.fill(skeleton, who);
  }

  private String skeleton(Shape shape) {
    StringOutput out = new StringOutput(16_384);
    engine.render(
        "mail/newsletter.jte",
        Map.of(
            "content", shape.content(),
            "who", Placeholder.standIn(shape),
            "t", messages(shape.content()),
            "brand", settings.branding(),
            "baseUrl", settings.baseUrl()),
        out);
    return CssInliner.inline(out.toString());
  }

  /** Which personal parts a recipient's mail has: each combination is its own skeleton. */
  record Shape(
      MailContent content,
      boolean name,
      boolean unsubscribe,
      boolean web,
      boolean note,
      boolean reader) {
    static Shape of(MailContent content, Personalisation who) {
      return new Shape(
          content,
          who.name() != null,
          who.unsubscribeUrl() != null,
          who.webUrl() != null,
          who.note() != null,
          who.linkSuffix() != null);
    }
  }

  /** The stand-ins for a recipient's own values, and putting the real ones in, escaped. */
  enum Placeholder {
    NAME,
    UNSUBSCRIBE,
    WEB,
    NOTE,
    READER;

    final String token = "hubPersonal" + name() + PLACEHOLDER_SALT;

    static Personalisation standIn(Shape s) {
      return new Personalisation(
          s.name() ? NAME.token : null,
          s.unsubscribe() ? UNSUBSCRIBE.token : null,
          s.web() ? WEB.token : null,
          s.note() ? NOTE.token : null,
          s.reader() ? READER.token : null);
    }

    static String fill(String skeleton, Personalisation who) {
      String html = skeleton;
      html = NAME.put(html, who.name());
      html = UNSUBSCRIBE.put(html, who.unsubscribeUrl());
      html = WEB.put(html, who.webUrl());
      html = READER.put(html, who.linkSuffix());
      return NOTE.put(html, who.note());
    }

    private String put(String html, String value) {
      return value == null ? html : html.replace(token, Entities.escape(value));
    }
  }

  public String text(MailContent content, Personalisation who) {
    Messages t = messages(content);
    StringBuilder text = new StringBuilder();
    text.append(content.subject())
        .append("\n")
        .append("=".repeat(Math.min(60, content.subject().length())))
        .append("\n\n");
    if (who.name() != null) {
      text.append(t.t("mail.newsletter.greeting", who.name())).append("\n\n");
    }
    if (who.note() != null) {
      text.append(who.note()).append("\n\n");
    }
    for (MailBlock b : content.blocks()) {
      switch (b.type()) {
        case "heading" -> text.append(b.text().toUpperCase(t.locale())).append("\n\n");
        case "text" -> b.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        case "image" -> {
          if (b.alt() != null) {
            text.append("[").append(b.alt()).append("]\n\n");
          }
        }
        case "button" ->
            text.append(b.label()).append(": ").append(who.link(b.url())).append("\n\n");
        case "divider" -> text.append("----------\n\n");
        case "item" -> {
          text.append("* ").append(b.title()).append("\n");
          if (b.text() != null) {
            text.append("  ").append(b.text()).append("\n");
          }
          if (b.commentary() != null) {
            text.append("  \"").append(b.commentary()).append("\"\n");
          }
          text.append("  ").append(who.link(b.url())).append("\n\n");
        }
        default -> {}
      }
    }
    text.append("-- \n").append(t.t(content.whyKey(), settings.branding().name())).append("\n");
    if (who.webUrl() != null) {
      text.append(t.t("mail.newsletter.view-online"))
          .append(": ")
          .append(who.webUrl())
          .append("\n");
    }
    text.append(t.t("mail.newsletter.unsubscribe"))
        .append(": ")
        .append(who.unsubscribeUrl())
        .append("\n");
    return text.toString();
  }

  private static Messages messages(MailContent content) {
    return Messages.of(Messages.supported(content.language()));
  }

  private static String abbreviate(String text, int max) {
    String plain = text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= max) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', max - 1);
    return plain.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
