package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Member lists as people paste them from Excel, Outlook or a CSV export. */
class MemberImportTest {

  @Test
  void dutchExcelWithHeaderBomQuotesAndBadLines() {
    MemberImport.Result result =
        MemberImport.fromCsv(
            "\uFEFFE-mailadres;Naam;Taal\r\n"
                + "Jan.Jansen@Example.NL;\"Jansen; Jan\";NL\r\n"
                + "\r\n"
                + "niet-goed@;Fout\r\n"
                + "piet@example.nl\r\n"
                + "\"kees@example.nl\";Kees;fr\r\n"
                + "evil@example.nl;\"Eve\r\nBcc: x@y.z\";en\r\n");
    assertThat(result.members())
        .extracting(MemberImport.Member::email)
        .containsExactly(
            "jan.jansen@example.nl", "piet@example.nl", "kees@example.nl", "evil@example.nl");
    assertThat(result.members().get(0).name()).isEqualTo("Jansen; Jan");
    assertThat(result.members().get(0).language()).isEqualTo("nl");
    assertThat(result.members().get(2).language()).isNull(); // only nl and en
    // a line break inside a quoted name never reaches a header
    assertThat(result.members().get(3).name()).doesNotContain("\n", "\r").contains("Bcc");
    assertThat(result.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.value()).isEqualTo("niet-goed@");
            });
  }

  @Test
  void commaSeparatedWithoutHeaderAndJson() {
    MemberImport.Result csv = MemberImport.fromCsv("a@example.nl,Anna\nb@example.nl,Bert,en\n");
    assertThat(csv.members()).extracting(MemberImport.Member::name).containsExactly("Anna", "Bert");
    assertThat(csv.rejected()).isEmpty();

    MemberImport.Result json =
        MemberImport.fromJson(
            List.of(
                new MemberInput("c@example.nl", "Cor", "en"),
                new MemberInput(null, null, null),
                new MemberInput("Dirk <d@example.nl>", null, null)));
    assertThat(json.members())
        .extracting(MemberImport.Member::email)
        .containsExactly("c@example.nl");
    assertThat(json.rejected()).extracting(MemberImport.Rejected::line).containsExactly(2, 3);
  }
}
