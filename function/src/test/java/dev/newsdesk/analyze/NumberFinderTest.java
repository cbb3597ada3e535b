package dev.newsdesk.analyze;

import static dev.newsdesk.analyze.TestArticles.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.NumberMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {

  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);

  private List<NumberMention> numbers(String text) {
    return analyzer.analyze(paragraph("2024-02-08", text)).numbers();
  }

  private void assertNumber(String text, String written, double value, String unit) {
    List<NumberMention> found = numbers(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    assertEquals(new NumberMention(0, written, value, unit), found.get(0));
  }

  private void assertNone(String text) {
    assertEquals(List.of(), numbers(text), text);
  }

  @Test
  void digits() {
    assertNumber("The US launched 85 strikes in the area.", "85", 85, "strikes");
    assertNumber("The US has some 2,500 troops in Iraq.", "2,500", 2500, "troops");
    assertNumber("Prices rose 3.5 percent.", "3.5", 3.5, "percent");
    assertNumber("Prices rose 45% in a year.", "45", 45, "percent");
    assertNumber("It affected 2.5 million people.", "2.5 million", 2_500_000, "people");
  }

  @Test
  void numberWords() {
    assertNumber("It killed three US troops.", "three", 3, "troops");
    assertNumber("Two hundred people gathered.", "Two hundred", 200, "people");
    assertNumber("It had twenty-five soldiers.", "twenty-five", 25, "soldiers");
    assertNumber("He counted one hundred and twenty cars.", "one hundred and twenty", 120, "cars");
    assertNumber("It drew three thousand protesters.", "three thousand", 3000, "protesters");
    assertNumber("It had two more soldiers.", "two", 2, "soldiers");
    assertNumber("Two explosives-laden drones hit.", "Two", 2, "drones");
  }

  @Test
  void unitIsAbsentAfterAStopWordOrPunctuation() {
    assertNumber("It has 900 in neighbouring Syria.", "900", 900, null);
    assertNumber("All three of them died.", "three", 3, null);
    assertNumber("The toll rose to 12.", "12", 12, null);
  }

  @Test
  void notNumbers() {
    assertNone("The attack came at 21:30 local time.");
    assertNone("They attacked dozens of sites and hundreds of targets.");
    assertNone("The 4th brigade moved.");
    assertNone("It was cited by sources [1][2].");
    assertNone("No one knows, and the one that left is gone.");
    assertNone("He backed a two-state solution.");
    assertNone("An 18-year-old was hurt.");
  }

  @Test
  void daysAndYearsInsideDatesAreNotNumbers() {
    assertNone("It happened on 28 January 2024.");
    assertNone("It happened on Jan 5, 2024.");
    assertNone("Attacks escalated in 2022.");
    assertNone("It happened two days ago.");
    assertNumber("On 4 January, 12 people died.", "12", 12, "people");
  }

  @Test
  void mentionsCarryTheirSentenceIndex() {
    List<NumberMention> found = numbers("Nothing here. Then 85 strikes followed.");
    assertEquals(List.of(new NumberMention(1, "85", 85, "strikes")), found);
  }
}
