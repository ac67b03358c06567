package org.contenthub.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A small hand-written hub: items, a curated article, a secret HR item, a draft, people. */
final class Samples {

  static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final Viewer SALES = Viewer.employee("u-sales", "sales");
  static final Viewer HR = Viewer.employee("u-hr", "hr");
  static final Viewer EDITOR = Viewer.employee("u-editor", "communicatie", Viewer.EDITOR);
  static final Viewer EXTERNAL = Viewer.externalAmbassador("u-ext");

  static Instant daysAgo(int days) {
    return NOW.minusSeconds(days * 86_400L);
  }

  static List<SearchDocument> items() {
    return List.of(
        SearchDocument.builder("item:1")
            .title("De contentkalender voor het tweede kwartaal")
            .summary("Welke berichten plannen we in april, mei en juni?")
            .body(
                "De redactie vult samen met collega's de contentkalender. Iedereen kan ideeën aandragen.")
            .tags("contentkalender", "redactie")
            .channel("intranet")
            .department("communicatie")
            .language("nl")
            .publishedAt(daysAgo(3))
            .url("/items/1")
            .authorId("anna")
            .visibility(Visibility.shareable())
            .favourites(4)
            .build(),
        SearchDocument.builder("item:2")
            .type("article")
            .title("Why employee advocacy works")
            .summary("Employees have ten times the reach of brand channels.")
            .body(
                "When employees share company content to their own network, running a campaign becomes cheaper.")
            .commentary(
                "Goed artikel: medewerkers als ambassadeurs vergroten het bereik van onze organisatie.")
            .tags("employee advocacy", "bereik")
            .channel("linkedin")
            .department("marketing")
            .language("en")
            .publishedAt(daysAgo(40))
            .url("https://example.org/advocacy")
            .authorId("bram")
            .shares(12)
            .build(),
        SearchDocument.builder("item:3")
            .title("Fietsen naar het werk: de nieuwe fietsregeling")
            .body(
                "Medewerkers die naar kantoor fietsen krijgen een vergoeding. De fiets wordt geleased.")
            .tags("duurzaamheid", "mobiliteit")
            .channel("intranet")
            .department("hr")
            .language("nl")
            .publishedAt(daysAgo(10))
            .url("/items/3")
            .authorId("carla")
            .build(),
        SearchDocument.builder("item:4")
            .title("Reorganisatie afdeling HR: vertrouwelijk salarisoverzicht")
            .body(
                "Vertrouwelijk: het salarisoverzicht en de reorganisatie van de afdeling. Codewoord zeppelin.")
            .tags("geheimproject")
            .channel("intranet")
            .department("hr")
            .language("nl")
            .publishedAt(daysAgo(1))
            .url("/items/4")
            .authorId("carla")
            .visibility(Visibility.department("hr"))
            .build(),
        SearchDocument.builder("item:5")
            .title("Concept persbericht: lancering nieuwe dienst")
            .body(
                "Dit concept persbericht over de lancering is nog niet goedgekeurd. Codewoord kwikstaart.")
            .channel("press")
            .department("communicatie")
            .language("nl")
            .publishedAt(daysAgo(0))
            .url("/items/5")
            .authorId("anna")
            .visibility(Visibility.editorialDraft())
            .build(),
        SearchDocument.builder("item:6")
            .title("Social media policy for employees")
            .summary("What you may and may not share about the company.")
            .body(
                "Share what you like, with your own words. Never share confidential numbers. Running accounts for the company needs approval.")
            .tags("social media", "policy")
            .channel("intranet")
            .department("communicatie")
            .language("en")
            .publishedAt(daysAgo(200))
            .url("/items/6")
            .authorId("anna")
            .favourites(30)
            .build(),
        SearchDocument.builder("item:7")
            .title("Organisaties die content delen groeien sneller")
            .body(
                "Onderzoek onder organisaties laat zien dat het delen van content door medewerkers het bereik vergroot.")
            .attachmentText("Bijlage: onderzoeksrapport employee advocacy 2024, 40 organisaties.")
            .tags("employee advocacy", "onderzoek")
            .channel("blog")
            .department("marketing")
            .language("nl")
            .publishedAt(Instant.parse("2024-11-15T09:00:00Z"))
            .url("/items/7")
            .authorId("bram")
            .build(),
        SearchDocument.builder("item:8")
            .title("Tips voor je LinkedIn-profiel <script>alert(1)</script>")
            .body(
                "Een goed profiel helpt bij het delen. Gebruik een foto & een korte \"headline\" <b>vet</b>.")
            .tags("linkedin")
            .channel("linkedin")
            .department("marketing")
            .language("nl")
            .publishedAt(Instant.parse("2023-05-02T09:00:00Z"))
            .url("/items/8")
            .authorId("bram")
            .build());
  }

  static List<PersonDocument> people() {
    return List.of(
        new PersonDocument(
            "anna",
            "Anna de Vries",
            "Redacteur interne communicatie",
            "Anna plant de contentkalender en begeleidt de redactie.",
            List.of("contentkalender", "redactie", "social media"),
            "communicatie",
            "nl",
            "/people/anna",
            Visibility.internal()),
        new PersonDocument(
            "bram",
            "Bram Jansen",
            "Marketing lead",
            "Bram works on employee advocacy and LinkedIn campaigns.",
            List.of("employee advocacy", "linkedin"),
            "marketing",
            "en",
            "/people/bram",
            Visibility.internal()),
        new PersonDocument(
            "carla",
            "Carla Bakker",
            "HR adviseur",
            "Carla weet alles van de fietsregeling en mobiliteit.",
            List.of("mobiliteit", "arbeidsvoorwaarden"),
            "hr",
            "nl",
            "/people/carla",
            Visibility.internal()));
  }

  static SearchIndex openWithSamples() throws java.io.IOException {
    SearchIndex index =
        SearchIndex.open(IndexStorage.inMemory(), SearchIndex.Options.defaults().withClock(CLOCK));
    List<IndexOperation> ops = new java.util.ArrayList<>();
    items().forEach(d -> ops.add(IndexOperation.index(d)));
    people().forEach(p -> ops.add(IndexOperation.index(p)));
    index.apply(ops);
    return index;
  }

  private Samples() {}
}
