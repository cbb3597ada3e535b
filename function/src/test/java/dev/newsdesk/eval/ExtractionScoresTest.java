package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark metric on hand-computed cases (the same kinds of cases score.py's {@code --self-test}
 * checks, worked out for 4-grams). Agreement with score.py itself is {@link ExtractionEvalTest}'s job.
 */
class ExtractionScoresTest {
  private static final double EPS = 1e-12;

  @Test
  void tokensAreRunsOfPythonWordCharacters() {
    assertEquals(List.of("a", "b", "cd", "e", "foo", "bar"), ExtractionScores.tokens("a b,cd:e(foo,bar) "));
    assertEquals(List.of("Ünïcödé", "42_x"), ExtractionScores.tokens("Ünïcödé — 42_x"));
    assertEquals(List.of("x²", "Ⅻ", "日本語"), ExtractionScores.tokens("x² Ⅻ 日本語"), "numbers of all kinds are word characters");
    // A combining mark (category Mn) is not a word character for Python's re: it splits the word.
    assertEquals(List.of("e", "t"), ExtractionScores.tokens("e\u0301t"));
    assertEquals(List.of("नमस", "त"), ExtractionScores.tokens("नमस्ते"), "Devanagari signs split words as in Python");
    assertEquals(List.of("𝐀𝐁"), ExtractionScores.tokens("𝐀𝐁!"), "supplementary letters count once each");
    assertEquals(List.of(), ExtractionScores.tokens("!? … —"));
  }

  @Test
  void shortTextsGiveOneShorterShingleAndEmptyTextsNone() {
    assertEquals(Map.of(), ExtractionScores.shingles(ExtractionScores.tokens("!")));
    assertEquals(Map.of("a b c", 1), ExtractionScores.shingles(ExtractionScores.tokens("a,b c ")));
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
        ExtractionScores.shingles(ExtractionScores.tokens("a b c d a b c d")));
  }

  @Test
  void pageCountsAreShareOfAllShingles() {
    assertCounts("a b c d", "a b c d", 1, 0, 0);
    assertCounts("a b c d e", "a b c d", 0.5, 0, 0.5);
    assertCounts("a b c d", "a b c d e", 0.5, 0.5, 0);
    assertCounts("", "", 0, 0, 0);
    assertCounts("a", "", 0, 0, 1);
    assertCounts("", "a", 0, 1, 0);
    assertCounts("a b c", "a b c", 1, 0, 0);
    assertCounts("a b c", "a b", 0, 0.5, 0.5);
    assertCounts("a b c d a b c d", "a b c d", 0.2, 0, 0.8);
  }

  @Test
  void exactMatchComparesTokenSequencesOnly() {
    assertTrue(ExtractionScores.page("One, two. Three!", "One two\nThree").exact());
    assertFalse(ExtractionScores.page("One two three", "one two three").exact(), "case is kept");
  }

  @Test
  void emptyPredictionIsLeftOutOfPrecisionAndCostsRecall() {
    Map<String, String> truth = new LinkedHashMap<>();
    truth.put("a", "w x y z");
    truth.put("b", "w x y z");
    ExtractionScores scores = ExtractionScores.of(truth, Map.of("a", "w x y z", "b", ""));
    assertEquals(1.0, scores.precision(), EPS);
    assertEquals(0.5, scores.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, scores.f1(), EPS);
    assertEquals(0.5, scores.accuracy(), EPS);
    assertEquals(2, scores.pages());
    assertEquals(1, scores.empty());
  }

  @Test
  void pageWithEmptyTruthAndEmptyPredictionCountsOnlyForAccuracy() {
    Map<String, String> truth = new LinkedHashMap<>();
    truth.put("a", "");
    truth.put("b", "w x y z v");
    ExtractionScores scores = ExtractionScores.of(truth, Map.of("a", "", "b", "w x y z"));
    assertEquals(1.0, scores.precision(), EPS);
    assertEquals(0.5, scores.recall(), EPS);
    assertEquals(0.5, scores.accuracy(), EPS);
  }

  @Test
  void missingPredictionIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExtractionScores.of(Map.of("a", "x"), Map.of()));
    assertTrue(e.getMessage().contains("(first: a)"), e.getMessage());
  }

  @Test
  void formatPrintsThreeDecimals() {
    ExtractionScores scores = new ExtractionScores(0.98765, 0.5, 0.25, 0.125, 181, 2);
    assertEquals("F1 0.988  precision 0.500  recall 0.250  accuracy 0.125  empty 2/181", scores.format());
  }

  private static void assertCounts(String truth, String predicted, double tp, double fp, double fn) {
    ExtractionScores.Page page = ExtractionScores.page(truth, predicted);
    assertEquals(tp, page.tp(), EPS, "tp of " + truth + " / " + predicted);
    assertEquals(fp, page.fp(), EPS, "fp of " + truth + " / " + predicted);
    assertEquals(fn, page.fn(), EPS, "fn of " + truth + " / " + predicted);
  }
}
