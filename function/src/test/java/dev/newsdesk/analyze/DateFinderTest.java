package dev.newsdesk.analyze;

import static dev.newsdesk.analyze.TestArticles.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.DateMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  /** 8 February 2024 was a Thursday. */
  private static final String THURSDAY = "2024-02-08";

  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);

  private List<DateMention> dates(String published, String text) {
    return analyzer.analyze(paragraph(published, text)).dates();
  }

  private void assertDate(String published, String text, String written, String value, boolean relative) {
    List<DateMention> found = dates(published, text);
    assertEquals(List.of(new DateMention(0, written, value, relative)), found, text);
  }

  @Test
  void weekdayWithoutPublicationDateIsUnresolved() {
    assertDate(null, "The drone attack on Wednesday night occurred in the Mashtal neighborhood.",
        "Wednesday night", null, true);
  }

  @Test
  void weekdayResolvesToTheMostRecentSuchDayOnOrBeforePublication() {
    assertDate(THURSDAY, "Wednesday night’s drone raid happened in Baghdad.", "Wednesday night", "2024-02-07", true);
    assertDate(THURSDAY, "Talks were held on Thursday.", "Thursday", "2024-02-08", true);
    assertDate(THURSDAY, "Talks were held on Friday.", "Friday", "2024-02-02", true);
    assertDate("2024-01-05", "The strike occurred early Thursday morning.", "early Thursday morning", "2024-01-04", true);
  }

  @Test
  void lastWeekdayIsStrictlyBeforePublication() {
    assertDate(THURSDAY, "President Joe Biden described last Friday’s wave of attacks.", "last Friday", "2024-02-02", true);
    assertDate(THURSDAY, "They met last Thursday.", "last Thursday", "2024-02-01", true);
    assertDate(THURSDAY, "They meet next Monday.", "next Monday", "2024-02-12", true);
    assertDate(null, "The strikes began last Friday.", "last Friday", null, true);
  }

  @Test
  void relativeWords() {
    assertDate(THURSDAY, "It killed three US troops last month.", "last month", "2024-01", true);
    assertDate("2024-01-15", "It happened last month.", "last month", "2023-12", true);
    assertDate(THURSDAY, "It happened yesterday.", "yesterday", "2024-02-07", true);
    assertDate(THURSDAY, "It happens today.", "today", "2024-02-08", true);
    assertDate(THURSDAY, "Sirens sounded last night.", "last night", "2024-02-07", true);
    assertDate(THURSDAY, "They met last week.", "last week", "2024-W05", true);
    assertDate(THURSDAY, "Elections are due next year.", "next year", "2025", true);
    assertDate(THURSDAY, "It happened two days ago.", "two days ago", "2024-02-06", true);
    assertDate(THURSDAY, "It happened 3 months ago.", "3 months ago", "2023-11", true);
    assertDate(null, "It happened last month.", "last month", null, true);
  }

  @Test
  void explicitDayWithoutYearTakesTheYearThatEndsOnOrBeforePublicationPlusAWeek() {
    assertDate(THURSDAY, "It retaliated for the fatal 28 January drone attack.", "28 January", "2024-01-28", false);
    assertDate("2024-01-05", "It happened on 28 December.", "28 December", "2023-12-28", false);
    assertDate("2024-01-05", "A drone strike on January 4th killed a leader.", "January 4th", "2024-01-04", false);
    assertDate("2024-01-05", "The summit opens on 10 January.", "10 January", "2024-01-10", false);
    assertDate("2024-01-05", "It ended on 13 January.", "13 January", "2023-01-13", false);
    assertDate(THURSDAY, "The war began on 7 October.", "7 October", "2023-10-07", false);
    assertDate("2025-03-01", "It happened on 29 February.", "29 February", "2024-02-29", false);
  }

  @Test
  void explicitDayWithoutYearOrPublicationIsPartial() {
    assertDate(null, "A drone strike on January 4th killed a leader.", "January 4th", "--01-04", false);
    assertDate(null, "The attack on US forces on January 28 was deadly.", "January 28", "--01-28", false);
  }

  @Test
  void explicitDatesWithYears() {
    assertDate(null, "It was dated Jan 5, 2024 in print.", "Jan 5, 2024", "2024-01-05", false);
    assertDate(null, "It happened on Jan. 5, 2024 in Baghdad.", "Jan. 5, 2024", "2024-01-05", false);
    assertDate(null, "It happened on 4 January 2024.", "4 January 2024", "2024-01-04", false);
    assertDate(null, "The table says January 4, 2023.", "January 4, 2023", "2023-01-04", false);
    assertDate(null, "In January 2022, a drone attack targeted the embassy.", "January 2022", "2022-01", false);
    assertDate(null, "Oct 2023: Houthis launch missiles.", "Oct 2023", "2023-10", false);
    assertDate(null, "The file is dated 2024-01-04.", "2024-01-04", "2024-01-04", false);
    assertDate(null, "Attacks escalated in 2022.", "2022", "2022", false);
    assertDate(null, "Tensions boiled over in late 2022.", "late 2022", "2022", false);
    assertDate(null, "It peaked in mid-2021.", "mid-2021", "2021", false);
    assertDate(null, "It was the 4th of July 1776.", "4th of July 1776", "1776-07-04", false);
  }

  @Test
  void bareMonthAfterALeadWord() {
    assertDate(THURSDAY, "Attacks have grown since January.", "January", "2024-01", false);
    assertDate(THURSDAY, "It began in December.", "December", "2023-12", false);
    assertDate(null, "It began in December.", "December", "--12", false);
  }

  @Test
  void weekdayFollowedByADateIsOneExplicitDate() {
    assertDate(null, "It happened on Wednesday, Feb. 7, 2024 in Baghdad.", "Wednesday, Feb. 7, 2024", "2024-02-07", false);
  }

  @Test
  void mayAndMarchNeedADayOrAYear() {
    assertEquals(List.of(), dates(THURSDAY, "However, Iran may advise restraint."));
    assertEquals(List.of(), dates(THURSDAY, "May God protect them."));
    assertEquals(List.of(), dates(THURSDAY, "Protesters march in the streets."));
    assertEquals(List.of(), dates(THURSDAY, "Elections are expected in May."));
    assertDate(THURSDAY, "Elections were held on 5 May.", "5 May", "2023-05-05", false);
    assertDate(null, "The vote was in March 2023.", "March 2023", "2023-03", false);
  }

  @Test
  void narrativeAndInvalidExpressionsAreNotDates() {
    assertEquals(List.of(), dates(THURSDAY, "The next day was quiet, and the next week too."));
    assertEquals(List.of(), dates(THURSDAY, "It was the last Friday of the season."));
    assertEquals(List.of(), dates(THURSDAY, "It happened on 31 February."));
    assertEquals(List.of(), dates(THURSDAY, "He was friday's hero.")); // lower case
  }

  @Test
  void unreadablePublicationDateIsTreatedAsUnknown() {
    assertDate("not a date", "It happened yesterday.", "yesterday", null, true);
  }

  @Test
  void severalDatesInTextOrderWithSentenceIndexes() {
    List<DateMention> found = dates(THURSDAY,
        "On 4 January, the US launched an airstrike. Shortly after Wednesday’s attack, militias called for retaliation.");
    assertEquals(List.of(
        new DateMention(0, "4 January", "2024-01-04", false),
        new DateMention(1, "Wednesday", "2024-02-07", true)), found);
  }
}
