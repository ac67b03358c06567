package org.contenthub.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.contenthub.web.items.ItemInput;
import org.contenthub.web.items.ItemRepository;
import org.contenthub.web.items.ItemService;
import org.contenthub.web.newsletter.Block;
import org.contenthub.web.newsletter.ListInput;
import org.contenthub.web.newsletter.NewsletterInput;
import org.contenthub.web.newsletter.NewsletterService;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.JdbcUrls;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;

/**
 * The sample data of a fictional Dutch company, Polderlicht B.V. (energy-efficient lighting,
 * Utrecht), so a first start shows a living hub: colleagues in every role, marketing's publications
 * on every channel, curated articles with commentary, internal stories. All of it lives in this one
 * class.
 */
@ApplicationScoped
public class DemoContent {

  public static final String PASSWORD = "welkom-demo";
  public static final List<String> USERNAMES =
      List.of("sanne", "daan", "olivia", "eva", "pieter", "fatima", "joost");

  /** The role each demo account shows off, in the order of {@link #USERNAMES}. */
  public static final List<String> ROLES =
      List.of(
          Roles.EMPLOYEE,
          Roles.EXPERT,
          Roles.EXPERT,
          Roles.EDITOR,
          Roles.SUPERVISOR,
          Roles.COMMUNICATIONS,
          Roles.EXTERNAL_AMBASSADOR);

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  private volatile boolean loaded;

  @Inject HubSettings settings;
  @Inject AccountService accounts;
  @Inject ItemService itemService;
  @Inject ItemRepository items;
  @Inject NewsletterService newsletters;
  @Inject org.contenthub.web.workflow.SubmissionService submissions;
  @Inject org.contenthub.web.calendar.CalendarService calendar;
  @Inject org.contenthub.web.challenge.ChallengeService challenges;

  /**
   * Loads the demo when configured so, or by default into an empty embedded database; all of it or
   * nothing, in one transaction.
   */
  @Transactional
  public boolean loadIfWanted() {
    boolean wanted =
        switch (settings.demoMode()) {
          case ON -> accounts.findActive("eva").isEmpty();
          case OFF -> false;
          // "Empty": no items and nobody but the first administrator, so a hub whose items were
          // all deleted never gets sample data (or a clash with its accounts) on a restart.
          case AUTO ->
              JdbcUrls.isEmbeddedH2(settings.databaseUrl())
                  && items.count() == 0
                  && accounts.all().size() <= 1;
        };
    if (wanted) {
      load();
      LOG.info("Demo content of Polderlicht B.V. loaded");
    }
    loaded =
        wanted
            || (settings.demoMode() != HubSettings.DemoMode.OFF
                && accounts.findActive("eva").isPresent());
    return loaded;
  }

  /** Whether this hub holds the demo accounts, so the login page can name them. */
  public boolean isLoaded() {
    return loaded;
  }

  private void load() {
    Map<String, Account> people = new LinkedHashMap<>();
    people.put("sanne", person("sanne", "Sanne de Vries", "Verkoop", "nl", Roles.EMPLOYEE));
    people.put("daan", person("daan", "Daan Jansen", "Techniek", "nl", Roles.EXPERT));
    people.put("olivia", person("olivia", "Olivia Brown", "IT", "en", Roles.EXPERT));
    people.put("eva", person("eva", "Eva Bakker", "Communicatie", "nl", Roles.EDITOR));
    people.put("pieter", person("pieter", "Pieter van Dijk", "Directie", "nl", Roles.SUPERVISOR));
    people.put(
        "fatima", person("fatima", "Fatima El Amrani", "Marketing", "nl", Roles.COMMUNICATIONS));
    people.put(
        "joost", person("joost", "Joost Visser (partner)", null, "nl", Roles.EXTERNAL_AMBASSADOR));

    Viewer eva = Viewer.of(people.get("eva"));
    Viewer daan = Viewer.of(people.get("daan"));
    Viewer olivia = Viewer.of(people.get("olivia"));
    Viewer fatima = Viewer.of(people.get("fatima"));

    item(
        fatima,
        1,
        "blog",
        "Zo bespaart de gemeente Houten 40% op straatverlichting",
        "Houten verving 6.000 lantaarnpalen door slimme ledverlichting. Wat leverde het op?",
        "<p>In twee jaar tijd verving de gemeente Houten alle lantaarnpalen door slimme ledarmaturen van Polderlicht. Het resultaat: <strong>40% minder energieverbruik</strong> en minder klachten over donkere plekken.</p><p>Wethouder Meijer: ‘We dimmen ’s nachts waar het kan en lichten op waar het moet.’</p>",
        "nl",
        "public",
        true,
        "led.svg",
        "duurzaamheid",
        "straatverlichting",
        "klantcase");
    item(
        fatima,
        2,
        "linkedin",
        "We zoeken collega’s die het licht aan willen houden",
        "Ons team Techniek groeit. Ken jij iemand die warm loopt voor slimme verlichting?",
        "<p>Polderlicht groeit en zoekt drie servicemonteurs in de regio Utrecht. Deel dit bericht in je netwerk!</p>",
        "nl",
        "public",
        true,
        "team.svg",
        "vacatures",
        "werken bij");
    item(
        fatima,
        3,
        "x",
        "Nieuw: de Polderlicht Zenith met daglichtsensor",
        "Onze nieuwste armatuur past zich automatisch aan het daglicht aan.",
        "<p>De Zenith meet het daglicht en dimt automatisch. Gemiddeld 25% extra besparing in kantoren.</p>",
        "nl",
        "public",
        true,
        "zenith.svg",
        "product",
        "innovatie");
    item(
        fatima,
        4,
        "facebook",
        "Open dag in Utrecht: kijk achter de schermen",
        "Op 14 december zet Polderlicht de deuren open voor buren en familie.",
        "<p>Rondleidingen door de fabriek, proeven in het lichtlab en warme chocolademelk. Iedereen welkom!</p>",
        "nl",
        "public",
        true,
        null,
        "evenement",
        "utrecht");
    item(
        fatima,
        5,
        "instagram",
        "Achter de schermen in ons lichtlab",
        "Zo testen we elke armatuur 1.000 uur voordat hij de deur uitgaat.",
        "<p>Een kijkje in het lichtlab, waar Daan en zijn team elke nieuwe armatuur op de proef stellen.</p>",
        "nl",
        "public",
        true,
        "lab.svg",
        "achter de schermen",
        "kwaliteit");
    item(
        fatima,
        6,
        "press_release",
        "Polderlicht en Stedin starten pilot met slimme netten",
        "Persbericht: verlichting die meebeweegt met de belasting van het stroomnet.",
        "<p><strong>Utrecht, 2 november</strong> — Polderlicht B.V. en netbeheerder Stedin starten een pilot waarin straatverlichting automatisch dimt bij piekbelasting van het net.</p>",
        "nl",
        "public",
        true,
        null,
        "persbericht",
        "energietransitie",
        "innovatie");
    item(
        fatima,
        7,
        "vacancy",
        "Vacature: Servicemonteur verlichting (32–40 uur)",
        "Je onderhoudt installaties bij gemeenten en bedrijven in Midden-Nederland.",
        "<p>Wat ga je doen? Storingen verhelpen, installaties opleveren en klanten adviseren. Wat bieden we? Een bus, opleiding in het lichtlab en een goede cao.</p>",
        "nl",
        "public",
        true,
        "team.svg",
        "vacatures",
        "techniek");
    item(
        fatima,
        8,
        "blog",
        "Five lessons from lighting a distribution centre",
        "What we learned lighting 40,000 m² of warehouse for a logistics customer.",
        "<p>Motion sensors, daylight harvesting and a maintenance plan the customer can read: five lessons from our biggest English-language project so far.</p>",
        "en",
        "public",
        true,
        "warehouse.svg",
        "klantcase",
        "logistics",
        "duurzaamheid");
    item(
        fatima,
        9,
        "linkedin",
        "Employee advocacy: why our colleagues share our stories",
        "Ten colleagues with about 400 contacts each reach 4,000 people. That is why we started this hub.",
        "<p>Our colleagues’ networks are bigger and more trusted than any company page. Share what you are proud of — in your own words.</p>",
        "en",
        "public",
        true,
        null,
        "employee advocacy",
        "social media");

    curated(
        daan,
        10,
        "Waarom led niet altijd de groenste keuze is",
        "Een kritisch stuk over de levenscyclus van ledarmaturen en het belang van repareerbaarheid.",
        "https://www.duurzaam-bouwen.example/artikel/led-levenscyclus",
        "<p>Terecht punt: de armatuur moet ook <em>repareerbaar</em> zijn. Daarom ontwerpen wij onze Zenith met losse drivers. Goed leesvoer voor iedereen in Verkoop.</p>",
        "nl",
        "led",
        "circulair",
        "duurzaamheid");
    curated(
        olivia,
        11,
        "The real cost of smart building security",
        "Connected lighting is part of the building network. An overview of the risks and the basics to get right.",
        "https://www.securityweekly.example/smart-buildings",
        "<p>Every sensor is a computer on the network. Worth reading before you promise a customer ‘smart’ anything — and a good checklist for our installers.</p>",
        "en",
        "security",
        "smart building",
        "it");
    curated(
        daan,
        12,
        "Circadiaanse verlichting in de zorg: wat zegt het onderzoek?",
        "Overzicht van studies naar licht dat meebeweegt met het dag-nachtritme van patiënten.",
        "https://www.zorgenlicht.example/onderzoek/circadiaans",
        "<p>Het bewijs is sterker dan ik dacht, vooral voor ouderen met dementie. Interessant voor onze gesprekken met zorginstellingen.</p>",
        "nl",
        "zorg",
        "onderzoek",
        "innovatie");
    curated(
        fatima,
        13,
        "Tien tips voor een contentkalender die werkt",
        "Plan je berichten samen met collega’s: zo blijft de kalender gevuld.",
        "https://www.contentmarketing.example/tips/contentkalender",
        "<p>Tip 4 gaan we proberen: collega’s zelf laten aangeven welke onderwerpen eraan komen. Wie doet mee?</p>",
        "nl",
        "contentkalender",
        "social media",
        "employee advocacy");

    item(
        eva,
        14,
        "internal",
        "Daan wint de interne innovatieprijs",
        "Met zijn idee voor losse drivers in de Zenith won Daan Jansen de innovatieprijs 2026.",
        "<p>De jury was unaniem: repareerbare armaturen besparen klanten geld en grondstoffen. Gefeliciteerd, Daan!</p>",
        "nl",
        "internal",
        false,
        "award.svg",
        "collega’s",
        "innovatie");
    item(
        eva,
        15,
        "internal",
        "Doe mee aan de Social Media Challenge",
        "Vijf weken lang laten we samen ons netwerk groeien. Inschrijven kan tot vrijdag.",
        "<p>Elke week een mail met de geplande berichten en de resultaten van de vorige week. De winnaar krijgt een dag in het lichtlab.</p>",
        "nl",
        "internal",
        false,
        null,
        "challenge",
        "social media");
    item(
        eva,
        16,
        "internal",
        "New: our expense app in English",
        "The expense app now speaks English too. Switch the language in your profile.",
        "<p>Thanks to Olivia and the IT team, all internal apps are now available in Dutch and English.</p>",
        "en",
        "internal",
        false,
        null,
        "it",
        "colleagues");
    item(
                eva,
                17,
                "internal",
                "Planning onderhoud lichtlab in december",
                "Het lichtlab is van 16 tot en met 20 december dicht voor kalibratie.",
                "<p>Alleen voor collega’s van Techniek: plan je metingen vóór 13 december.</p>",
                "nl",
                "department",
                false,
                "lab.svg",
                "planning")
            .department =
        "Techniek";
    item(
        eva,
        18,
        "blog",
        "Concept: jaaroverzicht 2026",
        "Nog niet publiceren — wacht op akkoord van de directie.",
        "<p>Een terugblik op een jaar vol groei. <em>Concept, graag feedback vóór vrijdag.</em></p>",
        "nl",
        "editorial",
        false,
        null,
        "jaaroverzicht");
    flush();
    submissions(people);
    newsletter(fatima);
    challenge(people, fatima);
  }

  /**
   * A social media challenge in its third week: five colleagues enrolled (Olivia only this week)
   * and reported their networks, so the leaderboard, badges and the weekly mail have something to
   * show. The weekly mail itself waits for its moment.
   */
  private void challenge(Map<String, Account> people, Viewer fatima) {
    org.contenthub.web.challenge.ChallengeInput input =
        new org.contenthub.web.challenge.ChallengeInput();
    input.title = "Polderlicht zichtbaar — 5 weken netwerken";
    input.description =
        "Vijf weken lang laten we samen onze netwerken groeien. Deel elke week wat op de hub staat,"
            + " leg contact met klanten en vakgenoten, en geef op maandag je aantal contacten door."
            + "\n\nDe winnaar krijgt een fotoshoot voor een nieuw profielportret.";
    input.startDate =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .minusWeeks(2);
    input.weeks = 5;
    input.networks = List.of("linkedin", "x", "facebook");
    long id = challenges.create(input, fatima).id();
    int[][] sanne = {{412, 95}, {431, 97}, {460, 101}};
    int[][] daan = {{1250, 310}, {1268, 322}, {1301, 330}};
    int[][] eva = {{688, 0}, {702, 0}};
    int[][] fatimaFigures = {{2210, 840}, {2236, 846}, {2290, 861}};
    report(id, people.get("sanne"), sanne);
    report(id, people.get("daan"), daan);
    report(id, people.get("eva"), eva);
    report(id, people.get("fatima"), fatimaFigures);
    challenges.enrol(id, true, Viewer.of(people.get("olivia")));
  }

  private void report(long challenge, Account person, int[][] weeks) {
    Viewer viewer = Viewer.of(person);
    challenges.enrol(challenge, true, viewer);
    for (int week = 1; week <= weeks.length; week++) {
      challenges.report(
          challenge,
          week,
          Map.of(
              "linkedin",
              java.math.BigDecimal.valueOf(weeks[week - 1][0]),
              "x",
              java.math.BigDecimal.valueOf(weeks[week - 1][1])),
          viewer);
    }
  }

  /**
   * Two mailing lists and one newsletter, sent at once: at start the workers deliver it (into the
   * outbox, or through the relay), so the archive and the mail page show a real issue.
   */
  private void newsletter(Viewer fatima) {
    ListInput everyone = new ListInput();
    everyone.name = "Polderpost (alle collega’s)";
    everyone.description = "De tweewekelijkse nieuwsbrief van Polderlicht.";
    everyone.kind = "EVERYONE";
    long all = newsletters.createList(everyone).id();
    ListInput techniek = new ListInput();
    techniek.name = "Techniek-update";
    techniek.kind = "DEPARTMENT";
    techniek.criterion = "Techniek";
    newsletters.createList(techniek);

    NewsletterInput issue = new NewsletterInput();
    issue.subject = "Polderpost — het nieuws van deze weken";
    issue.preheader = "Houten bespaart 40%, en meer uit de polder";
    issue.language = "nl";
    issue.listIds = List.of(all);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.heading("Goedemorgen, polder!"));
    blocks.add(
        Block.text(
            "Wat een paar weken. Houten laat zien wat slimme verlichting oplevert, en onze"
                + " experts vonden weer mooie verhalen.\n\nDeel ze gerust met je eigen netwerk:"
                + " elk bericht in de hub heeft een deelknop."));
    newsletters.itemChoices().stream().limit(3).forEach(c -> blocks.add(Block.item(c.id())));
    blocks.add(Block.button("Naar de hub", settings.baseUrl() + "/"));
    issue.blocks = blocks;
    newsletters.send(newsletters.create(issue, fatima).id(), null);
  }

  private final List<Sample> pending = new ArrayList<>();

  /** One demo item before it is stored; mutable only while the list is being written. */
  private static final class Sample {
    Viewer author;
    int daysAgo;
    String channel;
    String title;
    String summary;
    String body;
    String commentary;
    String sourceUrl;
    String language;
    String visibility;
    boolean shareable;
    String department;
    String image;
    List<String> tags;
  }

  private Sample item(
      Viewer author,
      int daysAgo,
      String channel,
      String title,
      String summary,
      String body,
      String language,
      String visibility,
      boolean shareable,
      String image,
      String... tags) {
    Sample sample = new Sample();
    sample.author = author;
    sample.daysAgo = daysAgo;
    sample.channel = channel;
    sample.title = title;
    sample.summary = summary;
    sample.body = body;
    sample.language = language;
    sample.visibility = visibility;
    sample.shareable = shareable;
    sample.image = image;
    sample.tags = List.of(tags);
    sample.department = author.department();
    pending.add(sample);
    return sample;
  }

  private void curated(
      Viewer expert,
      int daysAgo,
      String title,
      String summary,
      String url,
      String commentary,
      String language,
      String... tags) {
    Sample sample =
        item(expert, daysAgo, "web", title, summary, null, language, "internal", false, null, tags);
    sample.sourceUrl = url;
    sample.commentary = commentary;
  }

  private void flush() {
    Instant now = Instant.now();
    for (Sample sample : pending) {
      ItemInput input = new ItemInput(sample.title, sample.channel, sample.language);
      input.summary = sample.summary;
      input.body = sample.body;
      input.commentary = sample.commentary;
      input.sourceUrl = sample.sourceUrl;
      // Shipped illustrations are served by the hub itself, so the demo needs no internet.
      input.imageUrl = sample.image == null ? null : "/assets/demo/" + sample.image;
      input.tags = sample.tags;
      input.department = sample.department;
      input.publishedAt =
          now.minus(Duration.ofDays(sample.daysAgo).plusHours(sample.daysAgo * 3L))
              .atOffset(ZoneOffset.UTC);
      input.visibility = sample.visibility;
      input.shareable = sample.shareable;
      itemService.create(input, sample.author);
    }
    pending.clear();
  }

  private Account person(
      String username, String name, String department, String language, String role) {
    return accounts.create(
        new AccountService.NewAccount(
            username,
            name,
            username + "@polderlicht.example",
            PASSWORD,
            Set.of(role),
            department,
            language));
  }

  // --- editorial workflow: a few submissions in different states, made through the workflow

  private void submissions(Map<String, Account> people) {
    Viewer sanne = Viewer.of(people.get("sanne"));
    Viewer daan = Viewer.of(people.get("daan"));
    Viewer olivia = Viewer.of(people.get("olivia"));
    Viewer eva = Viewer.of(people.get("eva"));

    submission(
        daan,
        "Idee: lunchlezing over licht en slaap",
        "<p>Veel collega’s vragen naar blauw licht en slaap. Zal ik in januari een lunchlezing geven?</p>",
        "idea",
        "internal");
    long photos =
        submission(
            sanne,
            "Foto’s van de open dag",
            "<p>Wat een drukte zaterdag! Ruim 300 bezoekers in het lichtlab.</p>",
            "photo",
            "facebook");
    step(photos, sanne, "submit", null, null);
    long lab =
        submission(
            olivia,
            "How we test every luminaire for 1,000 hours",
            "<p>A look inside our test lab, where every new luminaire burns for 1,000 hours before it ships.</p>",
            "story",
            "blog");
    step(lab, olivia, "submit", null, null);
    step(lab, eva, "claim", null, null);
    long houten =
        submission(
            sanne,
            "Gemeente Houten blij met nieuw dimschema",
            "<p>Na een half jaar dimmen tussen 23.00 en 6.00 uur zijn er geen klachten, en de besparing is 12% hoger dan verwacht.</p>",
            "story",
            "linkedin");
    step(houten, sanne, "submit", null, null);
    step(houten, eva, "claim", null, null);
    step(
        houten, eva, "send-to-review", "Graag even kijken: noemen we de wethouder bij naam?", null);
    long video =
        submission(
            daan,
            "Video: zo monteer je de Zenith in tien minuten",
            "<p>Korte instructievideo voor installateurs.</p>",
            "video",
            "instagram");
    step(video, daan, "submit", null, null);
    step(video, eva, "claim", null, null);
    step(
        video,
        eva,
        "return",
        "Mooi! Kun je er een zin bij zetten voor wie de video bedoeld is?",
        null);
    long colleagues =
        submission(
            sanne,
            "Welkom aan vijf nieuwe collega’s in Utrecht",
            "<p>Deze maand begonnen vijf nieuwe servicemonteurs. Zeg gerust hallo bij de koffieautomaat!</p>",
            "story",
            "internal");
    step(colleagues, sanne, "submit", null, null);
    step(colleagues, eva, "claim", null, null);
    step(
        colleagues,
        eva,
        "schedule",
        null,
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .plusDays(3)
            .atTime(9, 0)
            .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
            .toOffsetDateTime());
    // the LinkedIn story waits in the supervisor's (Pieter's) review queue

    // the content calendar: a planned post and open slots for colleagues' ideas
    java.time.LocalDate monday =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    slot(
        monday.plusDays(1),
        9,
        "linkedin",
        "Klantcase Houten: een jaar slimme verlichting",
        "fatima",
        eva);
    slot(monday.plusDays(3), 12, "instagram", null, null, eva);
    slot(monday.plusDays(8), 10, "internal", null, null, eva);
  }

  private long submission(Viewer author, String title, String body, String type, String channel) {
    org.contenthub.web.workflow.SubmissionInput input =
        new org.contenthub.web.workflow.SubmissionInput(title, body, type, channel);
    if ("video".equals(type)) {
      input.links = List.of("https://www.youtube.com/watch?v=polderlicht-zenith");
    }
    return submissions.create(input, author).id();
  }

  private void step(
      long id, Viewer who, String action, String comment, java.time.OffsetDateTime at) {
    submissions.transition(
        id, new org.contenthub.web.workflow.TransitionInput(action, comment, at), who);
  }

  private void slot(
      java.time.LocalDate day,
      int hour,
      String channel,
      String title,
      String owner,
      Viewer editor) {
    org.contenthub.web.calendar.SlotInput input = new org.contenthub.web.calendar.SlotInput();
    input.startsAt =
        day.atTime(hour, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime();
    input.channel = channel;
    input.title = title;
    input.owner = owner;
    calendar.create(input, editor);
  }
}
