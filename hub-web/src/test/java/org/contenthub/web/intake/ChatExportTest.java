package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WhatsApp's "Export chat" text as Android and iOS write it, in Dutch and US settings. */
class ChatExportTest {

  @Test
  void androidDutchDayFirst24Hour() {
    String text =
        """
        12-03-2024 14:03 - Berichten en oproepen zijn end-to-end versleuteld.
        12-03-2024 14:05 - Sanne de Vries: Kijk, de nieuwe bus!
        Hij staat voor de deur.
        12-03-2024 14:06 - Sanne de Vries: IMG-20240312-WA0003.jpg (bestand bijgevoegd)
        13-03-2024 09:15 - Daan: Mooi: zet hem op de hub
        """;
    List<ChatExport.Message> messages = ChatExport.parse(text);
    assertThat(messages).hasSize(4);
    assertThat(messages.get(0).system()).isTrue();
    assertThat(messages.get(0).text()).startsWith("Berichten en oproepen");
    assertThat(messages.get(1).sender()).isEqualTo("Sanne de Vries");
    assertThat(messages.get(1).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5));
    assertThat(messages.get(1).text()).isEqualTo("Kijk, de nieuwe bus!\nHij staat voor de deur.");
    assertThat(messages.get(2).media()).containsExactly("IMG-20240312-WA0003.jpg");
    assertThat(messages.get(2).text()).isEmpty();
    assertThat(messages.get(3).sender()).isEqualTo("Daan");
    assertThat(messages.get(3).text()).isEqualTo("Mooi: zet hem op de hub");
    assertThat(messages.get(3).at()).isEqualTo(LocalDateTime.of(2024, 3, 13, 9, 15));
  }

  @Test
  void androidUsMonthFirst12HourWithEnglishAttachment() {
    String text =
        """
        3/12/24, 2:05 PM - Sanne: Look at this
        3/12/24, 2:06 PM - Sanne: IMG-20240312-WA0003.jpg (file attached)
        new bus
        3/13/24, 12:10 AM - Daan: late
        """;
    List<ChatExport.Message> messages = ChatExport.parse(text);
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5));
    assertThat(messages.get(1).media()).containsExactly("IMG-20240312-WA0003.jpg");
    assertThat(messages.get(1).text()).isEqualTo("new bus");
    assertThat(messages.get(2).at()).isEqualTo(LocalDateTime.of(2024, 3, 13, 0, 10));
  }

  @Test
  void iosWithSecondsDirectionMarksAndAttachments() {
    String text =
        "\u200e[12-03-2024, 14:05:33] Polderlicht team: \u200eBerichten zijn end-to-end versleuteld.\n"
            + "[12-03-2024, 14:05:40] Sanne de Vries: Eerste regel\n"
            + "tweede regel\n"
            + "\u200e[12-03-2024, 14:06:01] Sanne de Vries: \u200e<attached: 00000012-PHOTO-2024-03-12-14-06-01.jpg>\n"
            + "[12-03-2024, 14:07:00] Eva: <bijgevoegd: 00000013-bijlage.pdf>\n";
    List<ChatExport.Message> messages = ChatExport.parse(text);
    assertThat(messages).hasSize(4);
    assertThat(messages.get(1).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5, 40));
    assertThat(messages.get(1).text()).isEqualTo("Eerste regel\ntweede regel");
    assertThat(messages.get(2).media()).containsExactly("00000012-PHOTO-2024-03-12-14-06-01.jpg");
    assertThat(messages.get(2).text()).isEmpty();
    assertThat(messages.get(3).media()).containsExactly("00000013-bijlage.pdf");
    assertThat(ChatExport.mediaOf(messages))
        .containsExactly("00000012-PHOTO-2024-03-12-14-06-01.jpg", "00000013-bijlage.pdf");
  }

  @Test
  void iosUs12HourWithNarrowSpaceBeforePm() {
    String text = "[3/12/24, 2:05:33\u202fPM] Sanne: hi\n[3/14/24, 9:00:00\u202fAM] Daan: hoi\n";
    List<ChatExport.Message> messages = ChatExport.parse(text);
    assertThat(messages)
        .extracting(ChatExport.Message::at)
        .containsExactly(
            LocalDateTime.of(2024, 3, 12, 14, 5, 33), LocalDateTime.of(2024, 3, 14, 9, 0));
  }

  @Test
  void dateOrderFollowsTheWholeFile() {
    // the first line alone is ambiguous; the second can only be month first
    String text = "03/04/2024, 10:00 - A: one\n03/25/2024, 11:00 - B: two\n";
    assertThat(ChatExport.parse(text))
        .extracting(ChatExport.Message::at)
        .containsExactly(LocalDateTime.of(2024, 3, 4, 10, 0), LocalDateTime.of(2024, 3, 25, 11, 0));
    // without a hint: day first, as Dutch phones write
    assertThat(ChatExport.parse("03-04-2024 10:00 - A: one").get(0).at())
        .isEqualTo(LocalDateTime.of(2024, 4, 3, 10, 0));
  }

  @Test
  void lenientWithTextBeforeTheFirstMessageImpossibleDatesAndNoise() {
    String text =
        """
        export van een chat

        31-02-2024 10:00 - A: a date that does not exist
        gewoon tekst zonder kop
        """;
    List<ChatExport.Message> messages = ChatExport.parse(text);
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).system()).isTrue();
    assertThat(messages.get(0).text()).isEqualTo("export van een chat");
    assertThat(messages.get(1).at()).isNull();
    assertThat(messages.get(1).text())
        .isEqualTo("a date that does not exist\ngewoon tekst zonder kop");
    assertThat(ChatExport.parse("")).isEmpty();
    assertThat(ChatExport.parse("geen chat\nhelemaal niet")).allMatch(ChatExport.Message::system);
  }

  @Test
  void fileNamesOfExportsAndMediaStayWithoutPaths() {
    assertThat(ChatExport.isChatFileName("WhatsApp Chat with Sanne.txt")).isTrue();
    assertThat(ChatExport.isChatFileName("WhatsApp-chat met Sanne.txt")).isTrue();
    assertThat(ChatExport.isChatFileName("_chat.txt")).isTrue();
    assertThat(ChatExport.isChatFileName("notities.txt")).isFalse();
    assertThat(
            ChatExport.parse("12-03-2024 14:05 - A: ../../etc/evil.jpg (file attached)")
                .get(0)
                .media())
        .containsExactly("evil.jpg");
  }
}
