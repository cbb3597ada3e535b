package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Lexicon lexicon = Lexicon.load();

  @Test
  void readsEveryList() {
    assertTrue(lexicon.stopWords.contains("the"));
    assertTrue(lexicon.stopWords.size() > 150);
    assertEquals(Lexicon.AbbreviationRule.NEVER, lexicon.abbreviations.get("gen"));
    assertEquals(Lexicon.AbbreviationRule.TIME, lexicon.abbreviations.get("p.m"));
    assertEquals(Lexicon.AbbreviationRule.NUMBER, lexicon.abbreviations.get("jan"));
    assertEquals(Lexicon.AbbreviationRule.WEAK, lexicon.abbreviations.get("u.s"));
    assertEquals(new Lexicon.MonthWord(5, false, true), lexicon.months.get("may"));
    assertEquals(new Lexicon.MonthWord(9, true, false), lexicon.months.get("sept"));
    assertEquals(DayOfWeek.WEDNESDAY, lexicon.weekdays.get("wednesday"));
    assertEquals(-1, lexicon.relativeDays.get("yesterday"));
    assertEquals(new Lexicon.NumberWord(100, true), lexicon.numberWords.get("hundred"));
    assertTrue(lexicon.connectors.contains("al"));
    assertTrue(lexicon.sentenceStarters.contains("officials"));
  }

  @Test
  void titlesAreLongestFirst() {
    int previous = Integer.MAX_VALUE;
    for (String[] title : lexicon.titles) {
      assertTrue(title.length <= previous);
      previous = title.length;
    }
    assertTrue(lexicon.titleFirstWords.contains("secretary"));
  }

  @Test
  void dozensAndHundredsAreNotNumberWords() {
    assertFalse(lexicon.numberWords.containsKey("dozens"));
    assertFalse(lexicon.numberWords.containsKey("dozen"));
    assertFalse(lexicon.numberWords.containsKey("hundreds"));
  }
}
