package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.eval.Rouge.Result;
import dev.newsdesk.eval.Rouge.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand (the expected values were also checked against rouge.py). */
class RougeTest {
  private static final double EPS = 1e-12;
  private final Rouge rouge = new Rouge();
  private final Rouge unstemmed = new Rouge(false, Rouge.Multi.MAX);

  private static void assertScore(double p, double r, double f, Score actual) {
    assertEquals(p, actual.precision(), EPS, "precision");
    assertEquals(r, actual.recall(), EPS, "recall");
    assertEquals(f, actual.f1(), EPS, "f1");
  }

  private static double f1(double p, double r) {
    return 2 * p * r / (p + r);
  }

  @Test
  void rougeScoreReadmeExample() {
    // ref:  the quick brown fox jump over the lazi dog   (9 tokens after stemming)
    // pred: the quick brown dog jump on the log          (8 tokens)
    Result s = rouge.score("The quick brown dog jumps on the log.",
        List.of("The quick brown fox jumps over the lazy dog"));
    assertScore(6.0 / 8, 6.0 / 9, f1(6.0 / 8, 6.0 / 9), s.rouge1()); // the x2, quick, brown, dog, jump
    assertScore(2.0 / 7, 2.0 / 8, f1(2.0 / 7, 2.0 / 8), s.rouge2()); // the-quick, quick-brown
    assertScore(5.0 / 8, 5.0 / 9, f1(5.0 / 8, 5.0 / 9), s.rougeL()); // the quick brown jump the
    assertEquals(s.rougeL(), s.rougeLsum()); // one line each: same as ROUGE-L
    assertEquals(0.70588235, s.rouge1().f1(), 1e-8); // the figure in rouge-score's README
  }

  @Test
  void tokenizerLikeRougeScore() {
    assertEquals(List.of("it", "s", "u", "s", "base", "caf", "run"),
        RougeTokens.tokenize("It's U.S.-based café, running!", true));
    assertEquals(List.of("running", "dogs"), RougeTokens.tokenize("Running dogs", false));
    // Python's lower() turns U+0130 into "i" + combining dot and the Kelvin sign into "k"
    assertEquals(List.of("i", "stanbul", "kelvin", "caf", "au", "lait"),
        RougeTokens.tokenize("\u0130stanbul \u212Aelvin café-au-lait", true));
  }

  @Test
  void rouge155Tokenizer() {
    assertEquals(List.of("i", "stanbul", "kelvin", "caf", "-", "au", "-", "lait", "-", "-", "x"),
        RougeTokens.tokenize155("\u0130stanbul \u212Aelvin café-au-lait -- x", true));
    // 3-letter tokens are stemmed in this mode ("ies" -> "i"), the NLTK exceptions do not apply
    assertEquals(List.of("i", "new", "dy"), RougeTokens.tokenize155("ies news dying", true));
  }

  @Test
  void truncationSplitsOnPythonWhitespace() {
    // no-break space and em space separate words; zero-width space (U+200B) does not
    assertEquals("a b c\u200bd", RougeTokens.truncateWords("a\u00a0b\u2003c\u200bd e", 3));
    assertEquals("  keep  as is ", RougeTokens.truncateWords("  keep  as is ", 0));
    assertEquals("", RougeTokens.truncateWords("   ", 5));
  }

  @Test
  void identityAndEmpty() {
    Result same = rouge.score("a b c d", List.of("a b c d"));
    same.byType().values().forEach(s -> assertScore(1, 1, 1, s));
    Result empty = rouge.score("", List.of("a b c d"));
    empty.byType().values().forEach(s -> assertScore(0, 0, 0, s));
    Result punctuationOnly = rouge.score("a b c d", List.of("... !!"));
    punctuationOnly.byType().values().forEach(s -> assertScore(0, 0, 0, s));
    assertThrows(IllegalArgumentException.class, () -> rouge.score("a", List.of()));
  }

  @Test
  void severalReferences() {
    Result max = rouge.score("a b c", List.of("x y z", "a b c"));
    assertScore(1, 1, 1, max.rouge1());
    Result avg = new Rouge(true, Rouge.Multi.AVG).score("a b c", List.of("x y z", "a b c"));
    assertScore(0.5, 0.5, 0.5, avg.rouge1());
    // an F1 tie keeps the first reference: "a" gives P 1/2 R 1, "a b c d" gives P 1 R 1/2
    assertScore(0.5, 1.0, f1(0.5, 1.0), unstemmed.score("a b", List.of("a", "a b c d")).rouge1());
    assertScore(1.0, 0.5, f1(0.5, 1.0), unstemmed.score("a b", List.of("a b c d", "a")).rouge1());
  }

  @Test
  void rougeLsumIsTheUnionLcsOfLin2004() {
    // Lin (2004) sec. 3.2: union of LCS(r, c1) = w1 w2 and LCS(r, c2) = w1 w3 w5 -> 4 hits
    Result s = unstemmed.score("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", List.of("w1 w2 w3 w4 w5"));
    assertScore(4.0 / 10, 4.0 / 5, f1(0.4, 0.8), s.rougeLsum());
    // whole-text LCS instead: w1 w2 w3 w5 against the joined candidate is also 4 of 5
    assertScore(4.0 / 10, 4.0 / 5, f1(0.4, 0.8), s.rougeL());
  }

  @Test
  void rougeLsumBreaksLcsTiesLikeRougeScore() {
    // "a b" vs "b a": both one-token LCSs are as long; the backtrack keeps "a" (position 0), so the
    // second reference line "b" can still use the candidate's single "b": 2 hits. Keeping "b" in
    // the first line would leave 1.
    Result s = unstemmed.score("b a", List.of("a b\nb"));
    assertScore(1.0, 2.0 / 3, 0.8, s.rougeLsum());
  }

  @Test
  void rouge155CountsOverAllModels() {
    // peer cut to 3 words: dog ran quickli; models cut to 3 words:
    //   the cat - like dog  (5 unigrams, 4 bigrams) and  a dog ran  (3 unigrams, 2 bigrams)
    // ROUGE-1 hits: 1 + 2; recall 3 / 8, precision 3 / (3 peer unigrams x 2 models)
    // ROUGE-2 hits: 0 + 1 (dog ran); recall 1 / 6, precision 1 / (2 x 2)
    Result s = rouge.score155("dog ran quickly home", List.of("the cat-like dog ran", "a dog ran fast"), 3);
    assertScore(0.5, 0.375, f1(0.5, 0.375), s.rouge1());
    assertScore(0.25, 1.0 / 6, 0.2, s.rouge2());
    assertNull(s.rougeL());
    assertNull(s.rougeLsum());
    assertEquals(List.of("rouge1", "rouge2"), List.copyOf(s.byType().keySet()));
    assertThrows(IllegalArgumentException.class, () -> rouge.score155("a", List.of("a"), -1));
    Result noModels = rouge.score155("a b", List.of(), 100);
    assertScore(0, 0, 0, noModels.rouge1());
  }

  @Test
  void corpusMeansAndTheScoreLine() {
    Result a = new Result(new Score(0.5, 0.25, 0.4), new Score(0, 0, 0), new Score(1, 1, 1), new Score(0, 0, 0));
    Result b = new Result(new Score(0.2225, 0.53, 0.35), new Score(1, 1, 1), new Score(0, 0, 0),
        new Score(1, 1, 1));
    Map<String, Score> means = Rouge.Corpus.mean(List.of(a, b));
    assertEquals(Rouge.TYPES, List.copyOf(means.keySet()));
    assertScore(100.0 * (0.5 + 0.2225) / 2, 100.0 * (0.25 + 0.53) / 2, 100.0 * (0.4 + 0.35) / 2,
        means.get("rouge1"));
    assertScore(50, 50, 50, means.get("rouge2"));
    assertEquals(" ".repeat(29) + "rouge1 F 37.50 (P 36.12 R 39.00) | rouge2 F 50.00 (P 50.00 R 50.00)"
        + " | rougeL F 50.00 (P 50.00 R 50.00) | rougeLsum F 50.00 (P 50.00 R 50.00)", Rouge.Corpus.table(means));
    assertEquals(Map.of(), Rouge.Corpus.mean(List.of()));
    Result only155 = new Result(new Score(0, 0, 0), new Score(0, 0, 0), null, null);
    assertEquals(List.of("rouge1", "rouge2"), List.copyOf(Rouge.Corpus.mean(List.of(only155)).keySet()));
    assertThrows(IllegalArgumentException.class, () -> Rouge.Corpus.mean(List.of(a, only155)));
  }

  @Test
  void twoDecimalsRoundLikePython() {
    assertEquals("0.12", Rouge.Corpus.twoDecimals(0.125)); // exact tie: to even
    assertEquals("0.38", Rouge.Corpus.twoDecimals(0.375));
    assertEquals("1.00", Rouge.Corpus.twoDecimals(1.005)); // 1.00499999... in binary
    assertEquals("2.67", Rouge.Corpus.twoDecimals(2.675));
    assertEquals("100.00", Rouge.Corpus.twoDecimals(99.999));
  }
}
