package dev.newsdesk.analyze;

import static dev.newsdesk.analyze.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.NumberMention;
import dev.newsdesk.model.Sentence;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The whole stage on paragraphs of seed 004 (BBC News, "US drone strike kills Iran-backed militia
 * leader in Baghdad", February 2024; see {@code ../shared/corpus/seeds/README.md}), quoted here in
 * part as a test fixture. The seed carries no date; 2024-02-08 (the day after the strike) is given
 * where a publication date is needed.
 */
class AnalyzerTest {

  private static final String TITLE = "US drone strike kills Iran-backed militia leader in Baghdad";
  private static final String[] PARAGRAPHS = {
      "A senior commander of an Iran-backed militia has been killed in a US drone strike in Baghdad.",
      "A leader of Kataib Hezbollah and two of his guards were in a vehicle when it was targeted in the east "
          + "of the Iraqi capital. All three of them died.",
      "The US has linked the militia to a drone attack in Jordan that killed three US troops last month.",
      "Wednesday night’s drone raid happened in Baghdad’s Mashtal neighbourhood, sparking several loud explosions.",
      "One of the victims has been identified as Abu Baqir al-Saadi, a senior commander in Kataib Hezbollah.",
      "US Central Command (Centcom) said the attack at 21:30 local time (18:30 GMT) had killed the “commander "
          + "responsible for directly planning and participating in attacks on US forces in the region”.",
      "“You are foreigners,” one man shouted, adding “and foreigners are to blame for this”.",
      "The raid comes days after the US launched 85 strikes in the Iraq-Syria border area in retaliation for "
          + "the fatal 28 January drone attack on American troops at a base in Jordan.",
      "President Joe Biden described last Friday’s wave of attacks as just the beginning of the US response.",
      "Harakat al Nujaba - another group blamed for attacks against American troops - released a statement "
          + "promising a “targeted retaliation”, adding that “these crimes will not go unpunished,” according to AFP.",
      "On 4 January, the US launched an airstrike in Baghdad that killed a senior leader of Harakat al Nujaba.",
      "The US has some 2,500 troops in Iraq and 900 in neighbouring Syria in a mission to combat the Islamic "
          + "State terror group, says the Pentagon."
  };

  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);

  private static Article seed(String published) {
    return article(TITLE, published, PARAGRAPHS);
  }

  @Test
  void everySentenceStandsVerbatimInItsParagraph() {
    Analysis a = analyzer.analyze(seed(null));
    for (Sentence s : a.sentences()) {
      String paragraph = PARAGRAPHS[s.paragraph()];
      assertTrue(paragraph.contains(s.text()), () -> "not verbatim: " + s.text());
    }
    assertEquals(13, a.sentences().size());
  }

  @Test
  void sentencesCoverEachParagraphInOrderWithGlobalIndexes() {
    Analysis a = analyzer.analyze(seed(null));
    for (int i = 0; i < a.sentences().size(); i++) {
      assertEquals(i, a.sentences().get(i).index());
    }
    for (int p = 0; p < PARAGRAPHS.length; p++) {
      int paragraph = p;
      String joined = a.sentences().stream().filter(s -> s.paragraph() == paragraph).map(Sentence::text)
          .collect(Collectors.joining(" "));
      assertEquals(PARAGRAPHS[p], joined);
    }
    assertEquals(List.of("A leader of Kataib Hezbollah and two of his guards were in a vehicle when it was "
        + "targeted in the east of the Iraqi capital.", "All three of them died."),
        a.sentences().stream().filter(s -> s.paragraph() == 1).map(Sentence::text).toList());
  }

  @Test
  void namesOfTheSeed() {
    Analysis a = analyzer.analyze(seed(null));
    for (String name : List.of("Kataib Hezbollah", "Abu Baqir al-Saadi", "Harakat al Nujaba", "Joe Biden",
        "US Central Command", "Centcom", "Baghdad", "Mashtal", "Jordan", "Iraq-Syria", "Islamic State",
        "Pentagon", "AFP")) {
      assertTrue(a.names().containsKey(name), () -> name + " missing from " + a.names());
    }
    for (String notAName : List.of("Wednesday", "January", "President Joe Biden", "One", "A", "The US")) {
      assertFalse(a.names().containsKey(notAName), notAName);
    }
    assertEquals(4, a.names().get("Baghdad")); // the title, paragraphs 0 and 10, and "Baghdad’s" in paragraph 3
  }

  @Test
  void datesWithoutAPublicationDate() {
    List<DateMention> dates = analyzer.analyze(seed(null)).dates();
    assertEquals(List.of(
        new DateMention(3, "last month", null, true),
        new DateMention(4, "Wednesday night", null, true),
        new DateMention(8, "28 January", "--01-28", false),
        new DateMention(9, "last Friday", null, true),
        new DateMention(11, "4 January", "--01-04", false)), dates);
  }

  @Test
  void datesWithAPublicationDate() {
    List<DateMention> dates = analyzer.analyze(seed("2024-02-08T09:00:00Z")).dates();
    assertEquals(List.of(
        new DateMention(3, "last month", "2024-01", true),
        new DateMention(4, "Wednesday night", "2024-02-07", true),
        new DateMention(8, "28 January", "2024-01-28", false),
        new DateMention(9, "last Friday", "2024-02-02", true),
        new DateMention(11, "4 January", "2024-01-04", false)), dates);
  }

  @Test
  void numbersOfTheSeed() {
    List<NumberMention> numbers = analyzer.analyze(seed(null)).numbers();
    assertEquals(List.of(
        new NumberMention(1, "two", 2, null),
        new NumberMention(2, "three", 3, null),
        new NumberMention(3, "three", 3, "troops"),
        new NumberMention(5, "One", 1, null),
        new NumberMention(7, "one", 1, "man"),
        new NumberMention(8, "85", 85, "strikes"),
        new NumberMention(12, "2,500", 2500, "troops"),
        new NumberMention(12, "900", 900, null)), numbers);
  }

  @Test
  void termsAreCountedOverTitleAndBodyAndSentenceTermsAreInTextOrder() {
    Analysis a = analyzer.analyze(seed(null));
    assertEquals(List.of("senior", "command", "iran", "back", "militia", "kill", "drone", "strike", "baghdad"),
        a.sentences().get(0).terms());
    int strikes = a.sentences().stream().mapToInt(s -> (int) s.terms().stream().filter("strike"::equals).count()).sum();
    assertEquals(strikes + 1, a.terms().get("strike")); // + the title
    assertSame(analyzer.tokenizer(), analyzer.tokenizer());
    assertEquals(a.sentences().get(0).terms(), analyzer.tokenizer().terms(PARAGRAPHS[0]));
  }

  @Test
  void isDeterministicAndThreadSafe() throws Exception {
    Article article = seed("2024-02-08");
    Analysis expected = analyzer.analyze(article);
    assertEquals(expected, new Analyzer(AnalyzeConfig.DEFAULTS).analyze(article));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> results = IntStream.range(0, 32)
          .mapToObj(i -> pool.submit((java.util.concurrent.Callable<Analysis>) () -> analyzer.analyze(article)))
          .toList();
      for (Future<Analysis> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyBodyAndOddInput() {
    Analysis a = analyzer.analyze(article("Only a title", null));
    assertEquals(List.of(), a.sentences());
    assertEquals(List.of("titl"), List.copyOf(a.terms().keySet()));
    Analysis blank = analyzer.analyze(article("T", null, "", "   ", "…", "“”"));
    for (Sentence s : blank.sentences()) {
      assertFalse(s.text().isBlank());
    }
    assertNull(analyzer.analyze(article("T", "garbage-date", "It happened yesterday.")).dates().get(0).value());
    assertThrows(NullPointerException.class, () -> analyzer.analyze(null));
  }
}
