package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static dev.newsdesk.extract.Fixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed articles (plain text), read from the classpath at {@code /samples/seeds/}. */
class ExtractorSeedsTest {
  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  private Article extract(String name) {
    return article(extractor.extract(seed(name)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "000_9888ff113dcd5392 | US Drone Strike in Baghdad Kills Top Iran-Backed Militia Leader",
    "001_47990866df937d46 | US Carries Out Strike in Baghdad, Kills Iran-Backed Militia Leader",
    "002_2d5c1ef77a0ef731 | A US drone strike in Baghdad kills a militia leader backed by Iran",
    "003_05e8034c6cf52475 | US drone strike in Baghdad kills Iranian-backed militia commander: officials",
    "004_29615b52c5e91245 | US drone strike kills Iran-backed militia leader in Baghdad",
  })
  void titleIsTheFirstHeadlineLine(String name, String title) {
    assertEquals(title, extract(name).title());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "000_9888ff113dcd5392 | 2024-01-05",
    "001_47990866df937d46 | 2024-01-05",
    "002_2d5c1ef77a0ef731 | null",
    "003_05e8034c6cf52475 | null",
    "004_29615b52c5e91245 | null",
  })
  void publishedIsTheLastDateLineBeforeTheBody(String name, String published) {
    assertEquals(published, extract(name).published());
  }

  @Test
  void uploadTimeIsNeverUsedAsPublicationDate() {
    RawDocument doc = seed("004_29615b52c5e91245");
    RawDocument uploaded = new RawDocument(doc.key(), doc.bytes(), Instant.parse("2024-02-08T10:00:00Z"), null);
    Article article = article(extractor.extract(uploaded));
    assertNull(article.published());
    assertNull(article.modified());
  }

  @Test
  void bylineOfTheMachineWrittenPageIsAiBot() {
    assertEquals("AiBot", extract("000_9888ff113dcd5392").byline());
    assertEquals("AiBot", extract("001_47990866df937d46").byline());
    assertNull(extract("004_29615b52c5e91245").byline());
  }

  @Test
  void keyAndHashComeFromTheDocument() {
    RawDocument doc = seed("002_2d5c1ef77a0ef731");
    Article article = article(extractor.extract(doc));
    assertEquals(doc.key(), article.key());
    assertEquals(doc.contentHash(), article.hash());
    assertEquals(List.of(), article.warnings());
  }

  /** Every piece of boilerplate named in the seed corpus README, plus the headings and table rows. */
  @ParameterizedTest
  @ValueSource(strings = {
    "000_9888ff113dcd5392", "001_47990866df937d46", "002_2d5c1ef77a0ef731",
    "003_05e8034c6cf52475", "004_29615b52c5e91245"
  })
  void noBoilerplateInAnyParagraph(String name) {
    List<String> boilerplate = List.of(
        "AiBot scans breaking news", "Written by", "By AiBot", "To err is human",
        "content is written entirely by AI", "Double check any facts", "Related Post", "Leave a Reply",
        "Your email address will not be published", "US News", "REUTERS", "With Post wires",
        // captions and their alt-text lines (003)
        "People gather around a destroyed car", "Destroyed vehicle on a loaded truck",
        "People watch as a vehicle that was hit",
        // headings, key-value rows and timelines (000, 001)
        "Details of the Drone Strike", "Key Details of the Drone Strike", "Date January 4, 2023",
        "Location Karrada district", "Death Toll", "Perpetrator US military", "Background and Lead-up",
        "Responses and Potential for Escalation", "What Happens Next?", "Strike Targets Militia Base",
        "Iraq Condemns", "Iran Proxy Groups Vow Revenge", "Strike Comes Amid", "Timeline of Recent",
        "Oct 2023:", "Nov 2023:", "Jan 4, 2024:", "What Comes Next?", "June 15, 2024", "Jan 5, 2024");
    Article article = extract(name);
    for (String paragraph : article.paragraphs()) {
      for (String phrase : boilerplate) {
        assertFalse(paragraph.contains(phrase), () -> name + ": '" + phrase + "' in paragraph: " + paragraph);
      }
      assertFalse(paragraph.equals(article.title()), name + ": title repeated as a paragraph");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "000_9888ff113dcd5392 | Abu Tawwa, a senior commander in Kataib Sayyid al-Shuhada, was killed in the strike alongside two other militants.",
    "000_9888ff113dcd5392 | Iraqi Prime Minister Mohammed Shia’ Al Sudani condemned the strike, calling it a “blatant violation of Iraqi sovereignty and national security” [4].",
    "000_9888ff113dcd5392 | In June 2022, two explosives-laden drones targeted an Iraqi military base housing US troops in western Anbar province.",
    "000_9888ff113dcd5392 | The coming days and weeks will prove crucial in determining whether the cycle of strikes and retaliation can be broken before it sparks an uncontrollable regional crisis.",
    "001_47990866df937d46 | The United States carried out a drone strike in Baghdad, Iraq early Thursday morning, targeting a base belonging to an Iran-backed militia group and killing a senior leader, according to Iraqi and US officials.",
    "001_47990866df937d46 | Just last week, the US staged joint naval drills with regional partners Saudi Arabia and the UAE, exercises Iran called “provocative.”",
    "001_47990866df937d46 | “This strike pours gasoline on a Middle East that’s already on fire,” warned analyst Trita Parsi.",
    "001_47990866df937d46 | Too little, and it appears weak.",
    "002_2d5c1ef77a0ef731 | They were all three killed.",
    "002_2d5c1ef77a0ef731 | The drone attack on Wednesday night occurred in the Mashtal neighborhood of Baghdad and resulted in many loud explosions.",
    "002_2d5c1ef77a0ef731 | The Centcom statement stated, “At this time, there are no indications of civilian casualties or collateral damage.”",
    "002_2d5c1ef77a0ef731 | Prior attacks have exclusively struck the border region between Syria and Iraq.",
    "003_05e8034c6cf52475 | A US drone strike in Iraq’s capital killed three members of the Kataib Hezbollah militia group on Wednesday night, including a high-ranking commander, officials said.",
    "003_05e8034c6cf52475 | The strike — part of a US retaliatory attack over a drone assault that killed three American soldiers in Jordan last month — struck a car in Baghdad located in the Mashtal neighborhood.",
    "003_05e8034c6cf52475 | No other deaths or injuries were reported.",
    "003_05e8034c6cf52475 | “But we will defend our people, and our assets.",
    "004_29615b52c5e91245 | A senior commander of an Iran-backed militia has been killed in a US drone strike in Baghdad.",
    "004_29615b52c5e91245 | One of the victims has been identified as Abu Baqir al-Saadi, a senior commander in Kataib Hezbollah.",
    "004_29615b52c5e91245 | “You are foreigners,” one man shouted, adding “and foreigners are to blame for this”.",
    "004_29615b52c5e91245 | Harakat al Nujaba - another group blamed for attacks against American troops - released a statement promising a “targeted retaliation”, adding that “these crimes will not go unpunished,” according to AFP.",
    "004_29615b52c5e91245 | The American military has also recently launched attacks against the Iran-aligned Houthi group in Yemen, in response to attacks against commercial ships in the Red Sea.",
  })
  void proseIsKeptVerbatim(String name, String sentence) {
    List<String> paragraphs = extract(name).paragraphs();
    assertTrue(paragraphs.stream().anyMatch(p -> p.contains(sentence)),
        () -> name + ": missing sentence: " + sentence);
  }

  @Test
  void spunCopyKeepsItsLongParagraphsWhole() {
    List<String> paragraphs = extract("002_2d5c1ef77a0ef731").paragraphs();
    assertEquals(3, paragraphs.size());
    assertTrue(paragraphs.get(0).startsWith("A US drone strike in Baghdad has claimed the life"));
    assertTrue(paragraphs.get(0).endsWith("resulted in many loud explosions."));
  }

  @Test
  void paragraphsAreWhitespaceNormalised() {
    for (String name : Fixtures.SEEDS) {
      for (String paragraph : extract(name).paragraphs()) {
        assertEquals(paragraph.strip(), paragraph, name);
        assertFalse(paragraph.contains("  "), name);
        assertFalse(paragraph.contains("\u00A0"), () -> name + ": no-break space left in: " + paragraph);
        assertFalse(paragraph.toLowerCase(Locale.ROOT).contains("aibot"), name);
      }
    }
  }

  @Test
  void paragraphCountsMatchTheSources() {
    assertEquals(18, extract("000_9888ff113dcd5392").paragraphs().size());
    assertEquals(21, extract("001_47990866df937d46").paragraphs().size());
    assertEquals(19, extract("003_05e8034c6cf52475").paragraphs().size());
    assertEquals(24, extract("004_29615b52c5e91245").paragraphs().size());
  }
}
