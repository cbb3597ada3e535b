package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Change;
import dev.newsdesk.model.Cited;
import dev.newsdesk.model.Disagreement;
import dev.newsdesk.model.Fact;
import dev.newsdesk.model.Provenance;
import dev.newsdesk.model.Quote;
import dev.newsdesk.model.Section;
import dev.newsdesk.model.Story;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.TimelineEntry;
import dev.newsdesk.publish.Json;
import dev.newsdesk.publish.StoryDocuments;
import dev.newsdesk.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The seeds' second story (members 004, 002, 003; 002 is a reworded copy of 004) against what
 * {@code shared/corpus/seeds/README.md} says a good story for cluster B contains, and against its
 * golden file {@code src/test/resources/summarize/golden/seed-b.json} (see the README there).
 *
 * <p>To regenerate the golden file after a deliberate change, run from {@code function/}:
 * <pre>
 * mvn -o test -Dtest='dev.newsdesk.summarize.SeedStoryBGoldenTest' -Dnewsdesk.updateGolden=true
 * </pre>
 * then review the diff ({@code git diff src/test/resources/summarize/golden}) before committing it.
 */
class SeedStoryBGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("newsdesk.updateGolden");
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "summarize", "golden", "seed-b.json");

  private final Map<String, Analysis> seeds = Seeds.analysed();
  private final List<Analysis> members = List.of(seeds.get("004"), seeds.get("002"), seeds.get("003"));
  private final StoryDraft draft =
      new StoryWriter(SummarizeConfig.DEFAULTS).write(members, new CopyDetector(DedupeConfig.DEFAULTS).detect(members));

  private List<Cited> sentences() {
    List<Cited> all = new ArrayList<>(draft.summary());
    for (Section s : draft.body()) {
      all.addAll(s.sentences());
    }
    return all;
  }

  private boolean anySentence(Predicate<String> test) {
    return sentences().stream().map(Cited::text).anyMatch(test);
  }

  private Fact fact(String slot) {
    return draft.facts().stream().filter(f -> f.slot().equals(slot)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + slot + " fact in " + draft.facts()));
  }

  @Test
  void headlineIsAboutTheStrikeKillingTheMilitiaCommander() {
    String headline = draft.headline().text();
    assertTrue(headline.contains("drone strike") && headline.contains("Baghdad") && headline.contains("kills")
        && (headline.contains("leader") || headline.contains("commander")), headline);
    assertTrue(Set.of(1, 3).contains(draft.headline().source()), "headline from an independent source");
  }

  @Test
  void threeKilledInACarInMashtalOnWednesdayNight() {
    assertTrue(anySentence(t -> t.contains("Mashtal")), "a sentence places the strike in Mashtal");
    assertTrue(anySentence(t -> t.contains("Wednesday night")), "a sentence dates it Wednesday night");
    assertTrue(anySentence(t -> t.contains("car") || t.contains("vehicle")), "a sentence says it hit a car");
    assertTrue(draft.summary().stream().anyMatch(c -> c.text().contains("killed three")), "the lede has the toll");

    Fact killed = fact("killed");
    assertEquals("three", killed.value());
    assertEquals("3", killed.normalized());
    assertEquals(List.of(1, 3), killed.cite(), "both independent sources give three");
    assertEquals(2, killed.independentSources(), "the copy 002 does not count");
    assertEquals("Wednesday night", fact("when").value());
    assertEquals(2, fact("when").independentSources());
    assertTrue(fact("where").value().contains("Mashtal"), fact("where").toString());
    assertEquals("21:30", fact("time").normalized(), "21:30 local time, per Centcom");
    assertEquals("US", fact("actor").value());
  }

  @Test
  void centcomSaysThereAreNoCivilianCasualties() {
    Quote quote = draft.quotes().stream()
        .filter(q -> q.text().contains("no indications of collateral damage or civilian casualties"))
        .findFirst().orElseThrow(() -> new AssertionError("no Centcom quote in " + draft.quotes()));
    assertNotNull(quote.speaker());
    assertTrue(quote.speaker().contains("Centcom"), quote.speaker());
    assertEquals(List.of(1), quote.cite());
  }

  @Test
  void linksTheStrikeToThe28JanuaryAttackInJordanAndThe85Strikes() {
    TimelineEntry jordan = draft.timeline().stream().filter(t -> t.date().equals("--01-28")).findFirst()
        .orElseThrow(() -> new AssertionError("no 28 January entry in " + draft.timeline()));
    assertTrue(jordan.text().contains("Jordan") && jordan.text().contains("85 strikes"), jordan.text());
    assertTrue(anySentence(t -> t.contains("Jordan")), "the body links the militia to the Jordan attack");
    // The year is given nowhere; 7 October (the Gaza war) comes before January all the same.
    assertEquals(List.of("--10-07", "--01-04", "--01-28"), draft.timeline().stream().map(TimelineEntry::date).toList());
  }

  @Test
  void theCommandersTwoNamesAreADisagreementNotAChoice() {
    Disagreement name = draft.disagreements().stream().filter(d -> d.slot().startsWith("name of the"))
        .findFirst().orElseThrow(() -> new AssertionError("no name disagreement in " + draft.disagreements()));
    assertEquals("name of the commander", name.slot());
    assertEquals(List.of("Abu Baqir al-Saadi", "Wissam Mohammed “Abu Bakr” al-Saadi"),
        name.claims().stream().map(Disagreement.Claim::value).toList());
    assertEquals(List.of(List.of(1), List.of(3)), name.claims().stream().map(Disagreement.Claim::cite).toList());
    assertTrue(draft.facts().stream().noneMatch(f -> f.slot().equals("target")), "no silently chosen name");
    // "two other militants" and "three" are not a disagreement, nor are the counts of the two sources.
    assertEquals(1, draft.disagreements().size(), draft.disagreements().toString());
  }

  @Test
  void harakatAlNujabaVowsRetaliation() {
    assertTrue(draft.quotes().stream().anyMatch(q -> "Harakat al Nujaba".equals(q.speaker())
        && q.text().equals("these crimes will not go unpunished")), draft.quotes().toString());
    assertTrue(draft.quotes().stream().anyMatch(q -> "crowds of protesters".equals(q.speaker())
        && q.text().equals("America is the biggest devil.")), draft.quotes().toString());
  }

  @Test
  void everythingIsCitedToTheTwoIndependentSourcesOnly() {
    assertEquals(Set.of(1, 3), Faithfulness.allCites(draft));
    assertEquals(List.of(), Faithfulness.violations(draft, members));
    assertEquals(2, draft.independentSources());
  }

  @Test
  void bodySectionsComeInReadingOrderAndTheEventFirst() {
    List<String> names = draft.body().stream().map(Section::section).toList();
    assertEquals(Sections.ORDER.stream().filter(names::contains).toList(), names);
    assertEquals("what happened", names.get(0));
    long reactions = draft.body().stream().filter(s -> s.section().equals("reactions"))
        .mapToLong(s -> s.sentences().size()).sum();
    assertTrue(reactions <= sentences().size() / 3, "too many reactions: " + draft.body());
  }

  @Test
  void theStoryDocumentValidatesAgainstTheSchema() throws IOException {
    Story story = new Story("st-067872739147", "us-drone-strike-kills-iran-backed-militia-leader-in-baghdad", 1,
        "developing", "2024-02-08T00:00:00Z", draft, List.of(new Change(1, "2024-02-08T00:00:00Z", "story opened")),
        new Provenance("extractive", "newsdesk test", members.stream().map(Analysis::hash).sorted().toList()));
    byte[] document = new StoryDocuments(new Json()).story(story);
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = getClass().getResourceAsStream("/schema/story.schema.json")) {
      assertNotNull(in, "story schema on the class path");
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
      Set<ValidationMessage> errors = schema.validate(mapper.readTree(document));
      assertTrue(errors.isEmpty(), () -> "the story does not validate: " + errors);
    }
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = new String(new Json().write(draft), StandardCharsets.UTF_8);
    if (UPDATE) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/summarize/golden/seed-b.json")) {
      assertNotNull(in, "no golden file; run with -Dnewsdesk.updateGolden=true to create it");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
    }
  }
}
