package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Article-body extraction scores as {@code shared/eval/extraction/score.py} computes them (the metric
 * of the Zyte / Scrapinghub article-extraction benchmark), without the bootstrap.
 *
 * <ul>
 *   <li>Tokens are the maximal runs of word characters as Python's {@code \w+} reads them (letters,
 *       digits and other numbers of any script, and '{@code _}'; combining marks are not word
 *       characters), case kept.
 *   <li>A text becomes the multiset of its token 4-grams; a text of 1 to 3 tokens gives one shorter
 *       shingle, a text without tokens none.
 *   <li>Per page, tp, fp and fn are the sizes of the multiset intersection and the two differences,
 *       each divided by their sum.
 *   <li>Precision is the mean page precision over pages whose prediction has a shingle; recall the
 *       mean page recall over pages whose truth has one; a page where fp and fn are both 0 scores 1.
 *       F1 is the harmonic mean of those two means.
 *   <li>Accuracy is the share of pages whose predicted token list equals the true one.
 * </ul>
 *
 * @param f1        harmonic mean of {@code precision} and {@code recall}
 * @param precision macro precision over pages with a non-empty prediction
 * @param recall    macro recall over pages with a non-empty truth
 * @param accuracy  share of pages predicted token for token
 * @param pages     pages scored (the pages of the truth)
 * @param empty     pages whose prediction has no token
 */
public record ExtractionScores(double f1, double precision, double recall, double accuracy, int pages, int empty) {

  /** The n of the n-gram shingles. */
  static final int NGRAM = 4;

  /**
   * One page's normalised counts.
   *
   * @param tp    shared shingles over all shingles
   * @param fp    predicted-only shingles over all shingles
   * @param fn    true-only shingles over all shingles
   * @param exact whether the token lists are equal
   * @param predictedTokens tokens in the prediction
   */
  record Page(double tp, double fp, double fn, boolean exact, int predictedTokens) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp + fp > 0 ? tp / (tp + fp) : 0.0;
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp + fn > 0 ? tp / (tp + fn) : 0.0;
    }
  }

  /**
   * Scores predicted bodies against true ones.
   *
   * @param truth     page id to true body, in the order pages are averaged (the truth file's order)
   * @param predicted page id to predicted body; every page of {@code truth} must have one
   * @throws IllegalArgumentException when a page of the truth has no prediction (score.py stops too)
   */
  public static ExtractionScores of(Map<String, String> truth, Map<String, String> predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    List<Page> pages = new ArrayList<>(truth.size());
    int missing = 0;
    String firstMissing = null;
    for (Map.Entry<String, String> entry : truth.entrySet()) {
      String body = predicted.get(entry.getKey());
      if (body == null) {
        missing++;
        firstMissing = firstMissing == null ? entry.getKey() : firstMissing;
        continue;
      }
      pages.add(page(entry.getValue(), body));
    }
    if (missing > 0) {
      throw new IllegalArgumentException(missing + " of " + truth.size() + " pages have no prediction (first: "
          + firstMissing + ")");
    }
    return aggregate(pages);
  }

  /** The scores of already counted pages. */
  static ExtractionScores aggregate(List<Page> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    double exact = 0;
    int empty = 0;
    for (Page page : pages) {
      if (page.tp() + page.fp() > 0) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.tp() + page.fn() > 0) {
        recallSum += page.recall();
        recallPages++;
      }
      exact += page.exact() ? 1.0 : 0.0;
      empty += page.predictedTokens() == 0 ? 1 : 0;
    }
    double p = precisionPages == 0 ? 0.0 : precisionSum / precisionPages;
    double r = recallPages == 0 ? 0.0 : recallSum / recallPages;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    double accuracy = pages.isEmpty() ? 0.0 : exact / pages.size();
    return new ExtractionScores(f1, p, r, accuracy, pages.size(), empty);
  }

  /** The counts of one page. */
  static Page page(String trueText, String predictedText) {
    List<String> trueTokens = tokens(trueText);
    List<String> predictedTokens = tokens(predictedText);
    Map<String, Integer> t = shingles(trueTokens);
    Map<String, Integer> p = shingles(predictedTokens);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> entry : p.entrySet()) {
      int inTruth = t.getOrDefault(entry.getKey(), 0);
      tp += Math.min(entry.getValue(), inTruth);
      fp += Math.max(0, entry.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> entry : t.entrySet()) {
      fn += Math.max(0, entry.getValue() - p.getOrDefault(entry.getKey(), 0));
    }
    long total = tp + fp + fn;
    double dtp = tp;
    double dfp = fp;
    double dfn = fn;
    if (total > 0) {
      dtp = tp / (double) total;
      dfp = fp / (double) total;
      dfn = fn / (double) total;
    }
    return new Page(dtp, dfp, dfn, trueTokens.equals(predictedTokens), predictedTokens.size());
  }

  /** The {@code \w+} tokens of a text, as Python's {@code re} finds them in a {@code str}. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /**
   * Python's Unicode {@code \w}: {@code str.isalnum()} (letters of categories Lu, Ll, Lt, Lm, Lo and
   * numbers of categories Nd, Nl, No) or the underscore.
   */
  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** The multiset of token 4-grams (keys are the tokens joined by a space, which no token holds). */
  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    if (tokens.size() < NGRAM) {
      shingles.put(String.join(" ", tokens), 1);
      return shingles;
    }
    for (int i = 0; i + NGRAM <= tokens.size(); i++) {
      shingles.merge(String.join(" ", tokens.subList(i, i + NGRAM)), 1, Integer::sum);
    }
    return shingles;
  }

  /** One line in the reference scorer's style: F1, precision, recall, accuracy, empty/pages. */
  public String format() {
    return String.format(Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  empty %d/%d",
        f1, precision, recall, accuracy, empty, pages);
  }
}
