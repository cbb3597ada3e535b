package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer(AnalyzeConfig.DEFAULTS);

  @Test
  void lowerCasesDropsStopWordsAndStems() {
    assertEquals(List.of("iran", "back", "militia", "leader", "kill"),
        tokenizer.terms("The Iran-backed militia’s leaders were killed."));
  }

  @Test
  void joinsApostrophesInsideWordsAndDropsPossessives() {
    assertEquals(List.of("kataib", "hezbollah", "iraq", "ministri"),
        tokenizer.terms("Kata’ib Hezbollah, Iraq's ministry"));
  }

  @Test
  void keepsNumbersWhole() {
    assertEquals(List.of("2500", "troop", "21:30", "3.5", "percent"),
        tokenizer.terms("2,500 troops at 21:30 and 3.5 percent"));
  }

  @Test
  void aCommaBetweenDigitsIsDroppedOnlyBeforeThreeDigits() {
    assertEquals(List.of("12", "34"), tokenizer.terms("12,34"));
  }

  @Test
  void shortTermsAreDropped() {
    assertEquals(List.of("plan"), tokenizer.terms("Plan B"));
    assertEquals(List.of("plan", "b"), new Tokenizer(AnalyzeConfig.DEFAULTS.withMinTermLength(1)).terms("Plan B"));
  }

  @Test
  void stemmingCanBeSwitchedOff() {
    assertEquals(List.of("strikes", "killed"),
        new Tokenizer(AnalyzeConfig.DEFAULTS.withStemming(false)).terms("Strikes killed"));
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("titl", "iraq"), tokenizer.terms("TITLE IRAQ"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoTerms() {
    assertEquals(List.of(), tokenizer.terms(""));
    assertEquals(List.of(), tokenizer.terms("“—” ... !"));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> tokenizer.terms(null));
  }
}
