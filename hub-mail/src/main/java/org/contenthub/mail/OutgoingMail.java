package org.contenthub.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the hub wants to say in one mail, before it becomes MIME. Build it with {@link
 * #builder()}; {@link MailComposer} turns it into a {@code MimeMessage}. All parts are validated on
 * construction, so a mail that exists can be sent without header injection.
 *
 * @param from the sender, or {@code null} for the composer's configured default
 * @param replyTo where replies go (e.g. the editor), may be empty
 * @param to the recipients; a newsletter sends one mail per employee, so usually one
 * @param cc carbon copy recipients
 * @param bcc blind copy recipients; never written into the headers
 * @param subject the subject in plain Unicode
 * @param text the plain text body, or {@code null} when there is only HTML
 * @param html the HTML body, or {@code null} for a plain text mail
 * @param inlineImages images referenced from the HTML by {@code cid:}
 * @param attachments files attached to the mail
 * @param listId the newsletter list, or {@code null}
 * @param listUnsubscribe unsubscribe addresses, or {@code null}
 * @param autoSubmitted {@code true} for automatic mails (share requests, notifications): adds
 *     {@code Auto-Submitted: auto-generated} so auto-responders stay silent (RFC 3834)
 * @param envelopeFrom the SMTP {@code MAIL FROM} (where bounces go), or {@code null} for the
 *     transport's default; lets hub-web use a per-recipient bounce address (VERP)
 * @param headers extra {@code X-} headers, e.g. {@code X-Hub-Newsletter: 42}
 */
public record OutgoingMail(
    EmailAddress from,
    List<EmailAddress> replyTo,
    List<EmailAddress> to,
    List<EmailAddress> cc,
    List<EmailAddress> bcc,
    String subject,
    String text,
    String html,
    List<InlineImage> inlineImages,
    List<Attachment> attachments,
    ListId listId,
    ListUnsubscribe listUnsubscribe,
    boolean autoSubmitted,
    EmailAddress envelopeFrom,
    Map<String, String> headers) {

  private static final Pattern CUSTOM_HEADER = Pattern.compile("X-[A-Za-z0-9][A-Za-z0-9-]*");

  /** Headers the composer writes itself; a custom header must not smuggle a second one in. */
  private static final Set<String> RESERVED =
      Set.of("x-mailer", "x-auto-response-suppress", "x-original-to");

  public OutgoingMail {
    replyTo = List.copyOf(replyTo);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    bcc = List.copyOf(bcc);
    if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
      throw new IllegalArgumentException("a mail needs at least one recipient");
    }
    HeaderText.requireSafe("subject", subject);
    if (text == null && html == null) {
      throw new IllegalArgumentException("a mail needs a text or an HTML body");
    }
    inlineImages = List.copyOf(inlineImages);
    if (!inlineImages.isEmpty() && html == null) {
      throw new IllegalArgumentException("inline images need an HTML body that refers to them");
    }
    attachments = List.copyOf(attachments);
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : headers.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "header name");
      if (!CUSTOM_HEADER.matcher(name).matches()
          || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "only X- headers made of letters, digits and '-' may be added: " + name);
      }
      copy.put(name, HeaderText.requireSafe("header " + name, e.getValue()));
    }
    headers = Collections.unmodifiableMap(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fluent way to fill the record; {@link #build()} validates. */
  public static final class Builder {
    private EmailAddress from;
    private final List<EmailAddress> replyTo = new ArrayList<>();
    private final List<EmailAddress> to = new ArrayList<>();
    private final List<EmailAddress> cc = new ArrayList<>();
    private final List<EmailAddress> bcc = new ArrayList<>();
    private String subject;
    private String text;
    private String html;
    private final List<InlineImage> inlineImages = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private ListId listId;
    private ListUnsubscribe listUnsubscribe;
    private boolean autoSubmitted;
    private EmailAddress envelopeFrom;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    public Builder from(EmailAddress from) {
      this.from = from;
      return this;
    }

    public Builder replyTo(EmailAddress address) {
      replyTo.add(Objects.requireNonNull(address));
      return this;
    }

    public Builder to(EmailAddress address) {
      to.add(Objects.requireNonNull(address));
      return this;
    }

    public Builder to(String address, String name) {
      return to(EmailAddress.of(address, name));
    }

    public Builder cc(EmailAddress address) {
      cc.add(Objects.requireNonNull(address));
      return this;
    }

    public Builder bcc(EmailAddress address) {
      bcc.add(Objects.requireNonNull(address));
      return this;
    }

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder html(String html) {
      this.html = html;
      return this;
    }

    public Builder inlineImage(InlineImage image) {
      inlineImages.add(Objects.requireNonNull(image));
      return this;
    }

    public Builder attachment(Attachment attachment) {
      attachments.add(Objects.requireNonNull(attachment));
      return this;
    }

    public Builder listId(ListId listId) {
      this.listId = listId;
      return this;
    }

    public Builder listUnsubscribe(ListUnsubscribe listUnsubscribe) {
      this.listUnsubscribe = listUnsubscribe;
      return this;
    }

    public Builder autoSubmitted(boolean autoSubmitted) {
      this.autoSubmitted = autoSubmitted;
      return this;
    }

    public Builder envelopeFrom(EmailAddress envelopeFrom) {
      this.envelopeFrom = envelopeFrom;
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public OutgoingMail build() {
      return new OutgoingMail(
          from,
          replyTo,
          to,
          cc,
          bcc,
          subject,
          text,
          html,
          inlineImages,
          attachments,
          listId,
          listUnsubscribe,
          autoSubmitted,
          envelopeFrom,
          headers);
    }
  }
}
