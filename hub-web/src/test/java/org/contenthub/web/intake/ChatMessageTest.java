package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook bodies in the documented shape of the WhatsApp Business Cloud API. */
class ChatMessageTest {

  @Test
  void textAndMediaMessagesWithTheSendersName() {
    String body =
        """
        {"object": "whatsapp_business_account",
         "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": {
           "messaging_product": "whatsapp",
           "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
           "contacts": [{"profile": {"name": "Sanne de Vries"}, "wa_id": "31612345678"}],
           "messages": [
             {"from": "31612345678", "id": "wamid.A1", "timestamp": "1749416383", "type": "text",
              "text": {"body": "Mooie dag bij de klant in Houten!"}},
             {"from": "31612345678", "id": "wamid.A2", "timestamp": "1749416390", "type": "image",
              "image": {"caption": "Het team", "mime_type": "image/jpeg", "sha256": "abc", "id": "1003383421387256"}}
           ]}}]}]}
        """;
    List<ChatMessage> messages = ChatMessage.parse(body.getBytes(StandardCharsets.UTF_8));
    assertThat(messages)
        .containsExactly(
            new ChatMessage(
                "wamid.A1",
                "31612345678",
                "Sanne de Vries",
                "text",
                "Mooie dag bij de klant in Houten!",
                null,
                null),
            new ChatMessage(
                "wamid.A2",
                "31612345678",
                "Sanne de Vries",
                "image",
                "Het team",
                "1003383421387256",
                "image/jpeg"));
  }

  @Test
  void statusUpdatesAndOddPartsAreLeftOut() {
    String statuses =
        """
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {
          "statuses": [{"id": "wamid.X", "status": "delivered", "recipient_id": "31612345678"}]}}]}]}
        """;
    assertThat(ChatMessage.parse(statuses.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ChatMessage.parse("{\"entry\": 5}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(
            ChatMessage.parse(
                "{\"entry\": [{\"changes\": [{\"value\": {\"messages\": [{\"type\": \"text\"}]}}]}]}"
                    .getBytes(StandardCharsets.UTF_8)))
        .as("a message without id or sender")
        .isEmpty();
    assertThatThrownBy(() -> ChatMessage.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatMessage.parse("niet eens json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void phoneNumbersAreKeptAsInternationalDigits() {
    assertThat(ChatMessage.digits("+31 6 1234 5678")).isEqualTo("31612345678");
    assertThat(ChatMessage.digits("0031612345678")).isEqualTo("31612345678");
    assertThat(ChatMessage.digits(null)).isEmpty();
  }
}
