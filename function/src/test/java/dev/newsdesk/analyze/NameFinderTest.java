package dev.newsdesk.analyze;

import static dev.newsdesk.analyze.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {

  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);

  /** Names of each sentence of a one-paragraph article. */
  private List<List<String>> names(String paragraph) {
    return analyzer.analyze(article("Untitled", null, paragraph)).sentences().stream()
        .map(s -> s.names()).toList();
  }

  private List<String> namesOfOnly(String sentence) {
    List<List<String>> all = names(sentence);
    assertEquals(1, all.size(), "expected one sentence: " + sentence);
    return all.get(0);
  }

  @Test
  void seedSentenceWithConnectorsAndHyphenatedParticle() {
    assertEquals(List.of("Abu Baqir al-Saadi", "Kataib Hezbollah"), namesOfOnly(
        "One of the victims has been identified as Abu Baqir al-Saadi, a senior commander in Kataib Hezbollah."));
  }

  @Test
  void connectorsJoinOnlyBetweenCapitalisedWords() {
    assertEquals(List.of("Harakat al Nujaba", "AFP"),
        namesOfOnly("Harakat al Nujaba released a statement, according to AFP."));
    assertEquals(List.of("Bank of England"), namesOfOnly("Rates were raised by the Bank of England."));
    assertEquals(List.of("Bank"), namesOfOnly("He ran the Bank of international settlements."));
  }

  @Test
  void organisationsAndAcronyms() {
    assertEquals(List.of("US Central Command", "Centcom", "GMT"),
        namesOfOnly("US Central Command (Centcom) said the attack was at 21:30 local time (18:30 GMT)."));
    assertEquals(List.of("BBC"), namesOfOnly("BBC reporters were there."));
    assertEquals(List.of("US"), namesOfOnly("A US drone strike hit a car."));
    assertEquals(List.of("United States"), namesOfOnly("The United States carried out a strike."));
    assertEquals(List.of("US"), namesOfOnly("It attacked U.S. forces in the region."));
  }

  @Test
  void possessivesEndANameAndAreStripped() {
    assertEquals(List.of("Baghdad", "Mashtal"),
        namesOfOnly("The raid happened in Baghdad’s Mashtal neighbourhood."));
    assertEquals(List.of("Iraq"), namesOfOnly("Police joined from Iraq's interior ministry."));
    assertEquals(List.of("Abu Tawwa"), namesOfOnly("The group confirmed Abu Tawwa’s death."));
  }

  @Test
  void curlyApostrophesAreStraightInTheCanonicalForm() {
    assertEquals(List.of("Kata'ib Hezbollah"), namesOfOnly("It killed a Kata’ib Hezbollah commander."));
  }

  @Test
  void titlesAreDroppedBeforeNames() {
    assertEquals(List.of("Joe Biden", "US"),
        namesOfOnly("President Joe Biden described it as the beginning of the US response."));
    assertEquals(List.of("US", "Antony Blinken", "Israel"),
        namesOfOnly("He said US Secretary of State Antony Blinken would visit Israel."));
    assertEquals(List.of("Benjamin Netanyahu"), namesOfOnly("It was rejected by Prime Minister Benjamin Netanyahu."));
    assertEquals(List.of("Qassem Soleimani"), namesOfOnly("They killed Gen. Qassem Soleimani in 2020."));
  }

  @Test
  void initialsKeepTheirPeriod() {
    assertEquals(List.of("John F. Kennedy"), namesOfOnly("Schools are named after John F. Kennedy."));
  }

  @Test
  void hyphenatedWords() {
    assertEquals(List.of("Iran"), namesOfOnly("An Iran-backed militia was hit."));
    assertEquals(List.of("Iran"), namesOfOnly("It was blamed on pro-Iran groups."));
    assertEquals(List.of("Iraq-Syria"), namesOfOnly("It struck the Iraq-Syria border area."));
  }

  @Test
  void calendarWordsAndPronounsAreNotNames() {
    assertEquals(List.of("Iran"), namesOfOnly("On Wednesday night in January, I saw Iran respond."));
  }

  @Test
  void sentenceInitialWordsNeedEvidence() {
    List<List<String>> names = names("Antony Blinken spoke in Tel Aviv. Blinken added that talks continue. "
        + "Officials agreed. Emergency teams arrived. Nobody else came.");
    assertEquals(List.of("Antony Blinken", "Tel Aviv"), names.get(0));
    assertEquals(List.of("Blinken"), names.get(1));
    assertEquals(List.of(), names.get(2));
    assertEquals(List.of(), names.get(3));
    assertEquals(List.of(), names.get(4));
  }

  @Test
  void sentenceInitialWordTakesTheMidSentenceSpelling() {
    List<List<String>> names = names("The commander was Abu Bakr al-Saadi. Al-Saadi ran operations.");
    assertEquals(List.of("al-Saadi"), names.get(1));
  }

  @Test
  void quotationsStartLikeSentences() {
    assertEquals(List.of("Iran", "Blinken"), names(
        "Antony Blinken spoke about Iran. “Iran and its proxies continue to escalate,” Blinken said.").get(1));
    assertEquals(List.of("Blinken"), names(
        "Antony Blinken spoke. “Iran and its proxies continue to escalate,” Blinken said.").get(1));
    assertEquals(List.of(), namesOfOnly("He said: “Nothing will change.”"));
  }

  @Test
  void titleCaseHeadlinesOnlyYieldNamesFoundInTheBody() {
    Analysis a = analyzer.analyze(article("US Drone Strike in Baghdad Kills Top Iran-Backed Militia Leader", null,
        "A US drone strike in Baghdad killed a leader of an Iran-backed militia."));
    assertEquals(List.of("Baghdad", "Iran", "US"), List.copyOf(a.names().keySet()));
    assertEquals(2, a.names().get("US"));
  }

  @Test
  void headingParagraphsAreTreatedLikeHeadlines() {
    List<List<String>> names = names("Strike Targets Militia Base In Baghdad");
    assertEquals(List.of(), names.get(0));
    Analysis a = analyzer.analyze(article("T", null, "Strike Targets Militia Base In Baghdad",
        "The strike was in Baghdad."));
    assertEquals(List.of("Baghdad"), a.sentences().get(0).names());
  }

  @Test
  void sentenceCaseTitlesAreReadLikeProse() {
    Analysis a = analyzer.analyze(article("US drone strike kills Iran-backed militia leader in Baghdad", null,
        "Nothing else."));
    assertEquals(List.of("Baghdad", "Iran", "US"), List.copyOf(a.names().keySet()));
  }

  @Test
  void overlongRunsAreNotNames() {
    List<String> names = namesOfOnly("He read The Very Long Name Of Some Imaginary Foundation Board today.");
    assertFalse(names.contains("The Very Long Name Of Some Imaginary Foundation Board"), names.toString());
  }

  @Test
  void namesAreCountedOverTitleAndBody() {
    Analysis a = analyzer.analyze(article("Kataib Hezbollah leader killed", null,
        "A Kataib Hezbollah leader was killed in Baghdad.", "Kataib Hezbollah vowed revenge."));
    assertEquals(3, a.names().get("Kataib Hezbollah"));
    assertTrue(a.names().containsKey("Baghdad"));
  }
}
