package dev.newsdesk.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * ROUGE as the reference scorer {@code shared/eval/quality/rouge.py} computes it, in its two modes.
 *
 * <ul>
 *   <li>{@link #score}: like Google's {@code rouge-score} with stemming. Text is lower-cased, every
 *       run of characters outside [a-z0-9] separates tokens, tokens longer than 3 characters get the
 *       NLTK-flavoured Porter stem. ROUGE-1 and -2 count clipped n-gram matches, ROUGE-L takes the
 *       LCS of the whole texts, ROUGE-Lsum the summary-level union LCS with sentences = lines. With
 *       several references each ROUGE type keeps the reference of highest F1 ({@link Multi#MAX},
 *       the default) or averages them ({@link Multi#AVG}).
 *   <li>{@link #score155}: an emulation of perl ROUGE-1.5.5 as run for DUC ({@code -n 2 -m -l N -f
 *       A}), ROUGE-1 and -2 only: summary and models cut to their first N words, hyphens kept as
 *       tokens, the original Porter on tokens of 3 or more characters, and model-average counting.
 * </ul>
 *
 * <p>Corpus figures ({@link Corpus#mean}) are the arithmetic means of the per-summary scores, times
 * 100. Instances are immutable and safe to share between threads.
 */
public final class Rouge {
  /** The ROUGE types of {@link #score}, in the order {@code rouge.py} prints them. */
  public static final List<String> TYPES = List.of("rouge1", "rouge2", "rougeL", "rougeLsum");

  /** How {@link #score} combines the scores against several references. */
  public enum Multi {
    /** Per ROUGE type, the scores against the reference with the highest F1 (the first on ties). */
    MAX,
    /** Per ROUGE type, precision, recall and F1 each averaged over the references. */
    AVG
  }

  /**
   * Precision, recall and F1, each a fraction in [0, 1].
   *
   * @param precision matches over the prediction's units
   * @param recall    matches over the reference's units
   * @param f1        harmonic mean of the two (0 when both are 0)
   */
  public record Score(double precision, double recall, double f1) {
    /** The score for {@code hits} matches out of {@code predicted} and {@code reference} units. */
    static Score of(int hits, int predicted, int reference) {
      double p = predicted > 0 ? (double) hits / predicted : 0.0;
      double r = reference > 0 ? (double) hits / reference : 0.0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      return new Score(p, r, f);
    }
  }

  private static final Score ZERO = new Score(0.0, 0.0, 0.0);

  /**
   * The scores of one summary. {@link #score155} computes ROUGE-1 and -2 only (as {@code rouge.py
   * --rouge155} does): its results have {@code null} {@code rougeL} and {@code rougeLsum}.
   *
   * @param rouge1    unigram overlap
   * @param rouge2    bigram overlap
   * @param rougeL    LCS over the whole token sequences, or null
   * @param rougeLsum summary-level union LCS over lines, or null
   */
  public record Result(Score rouge1, Score rouge2, Score rougeL, Score rougeLsum) {
    /** Checks that ROUGE-1 and -2 are present. */
    public Result {
      Objects.requireNonNull(rouge1, "rouge1");
      Objects.requireNonNull(rouge2, "rouge2");
    }

    /** The scores present, keyed by ROUGE type name, in {@link #TYPES} order. */
    public Map<String, Score> byType() {
      Map<String, Score> out = new LinkedHashMap<>();
      out.put("rouge1", rouge1);
      out.put("rouge2", rouge2);
      if (rougeL != null) {
        out.put("rougeL", rougeL);
      }
      if (rougeLsum != null) {
        out.put("rougeLsum", rougeLsum);
      }
      return Collections.unmodifiableMap(out);
    }
  }

  private final boolean stem;
  private final Multi multi;

  /** The reference scorer's defaults: Porter stemming on, {@link Multi#MAX}. */
  public Rouge() {
    this(true, Multi.MAX);
  }

  /**
   * A scorer with the given options.
   *
   * @param stem  whether to Porter-stem tokens ({@code rouge.py --no-stem} turns it off; applies to
   *              both modes)
   * @param multi how {@link #score} combines several references ({@code --multi})
   */
  public Rouge(boolean stem, Multi multi) {
    this.stem = stem;
    this.multi = Objects.requireNonNull(multi, "multi");
  }

  /**
   * ROUGE-1, -2, -L and -Lsum of {@code prediction} against {@code references}, in the
   * {@code rouge-score}-compatible F1 mode ({@code rouge.py} without {@code --rouge155}). For
   * ROUGE-Lsum the sentences are the lines of each text.
   *
   * @throws IllegalArgumentException if there is no reference
   */
  public Result score(String prediction, List<String> references) {
    Objects.requireNonNull(prediction, "prediction");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("no reference to score against");
    }
    Coder coder = new Coder();
    Tokens predicted = new Tokens(prediction, stem, coder);
    List<Tokens> refs = new ArrayList<>();
    for (String reference : references) {
      refs.add(new Tokens(Objects.requireNonNull(reference, "reference"), stem, coder));
    }
    Map<Long, Integer> predicted1 = RougeMatch.ngrams(predicted.all, 1);
    Map<Long, Integer> predicted2 = RougeMatch.ngrams(predicted.all, 2);
    List<Result> perReference = new ArrayList<>();
    for (Tokens ref : refs) {
      perReference.add(new Result(
          rougeN(predicted1, RougeMatch.ngrams(ref.all, 1)),
          rougeN(predicted2, RougeMatch.ngrams(ref.all, 2)),
          rougeL(predicted.all, ref.all),
          rougeLsum(predicted.sentences, ref.sentences, coder.size())));
    }
    if (perReference.size() == 1) {
      return perReference.get(0);
    }
    return new Result(combine(perReference, Result::rouge1), combine(perReference, Result::rouge2),
        combine(perReference, Result::rougeL), combine(perReference, Result::rougeLsum));
  }

  /**
   * ROUGE-1 and -2 of {@code prediction} against the model summaries {@code references} as
   * {@code rouge.py --rouge155 --length-limit words} computes them: summary and models are cut to
   * their first {@code words} whitespace-separated words ({@code 0}: no cut); recall is the hits
   * summed over all models over the models' n-grams summed, precision the same hits over the
   * summary's n-gram count times the number of models, F1 their harmonic mean. No ROUGE-L.
   *
   * @throws IllegalArgumentException if {@code words} is negative
   */
  public Result score155(String prediction, List<String> references, int words) {
    Objects.requireNonNull(prediction, "prediction");
    if (words < 0) {
      throw new IllegalArgumentException("word limit must be 0 (none) or positive: " + words);
    }
    Coder coder = new Coder();
    int[] peer = coder.code(RougeTokens.tokenize155(RougeTokens.truncateWords(prediction, words), stem));
    List<int[]> models = new ArrayList<>();
    for (String reference : references) {
      models.add(coder.code(RougeTokens.tokenize155(
          RougeTokens.truncateWords(Objects.requireNonNull(reference, "reference"), words), stem)));
    }
    return new Result(modelAverage(peer, models, 1), modelAverage(peer, models, 2), null, null);
  }

  private static Score modelAverage(int[] peer, List<int[]> models, int n) {
    Map<Long, Integer> peerGrams = RougeMatch.ngrams(peer, n);
    int peerCount = RougeMatch.total(peerGrams);
    int hits = 0;
    int modelCount = 0;
    for (int[] model : models) {
      Map<Long, Integer> modelGrams = RougeMatch.ngrams(model, n);
      hits += RougeMatch.clippedOverlap(peerGrams, modelGrams);
      modelCount += RougeMatch.total(modelGrams);
    }
    return Score.of(hits, peerCount * models.size(), modelCount);
  }

  private static Score rougeN(Map<Long, Integer> predicted, Map<Long, Integer> reference) {
    return Score.of(RougeMatch.clippedOverlap(predicted, reference), RougeMatch.total(predicted),
        RougeMatch.total(reference));
  }

  private static Score rougeL(int[] predicted, int[] reference) {
    if (predicted.length == 0 || reference.length == 0) {
      return ZERO;
    }
    return Score.of(RougeMatch.lcsLength(reference, predicted), predicted.length, reference.length);
  }

  private static Score rougeLsum(List<int[]> predicted, List<int[]> reference, int vocabulary) {
    int predictedTokens = predicted.stream().mapToInt(s -> s.length).sum();
    int referenceTokens = reference.stream().mapToInt(s -> s.length).sum();
    if (predictedTokens == 0 || referenceTokens == 0) {
      return ZERO;
    }
    return Score.of(RougeMatch.unionLcsHits(reference, predicted, vocabulary), predictedTokens,
        referenceTokens);
  }

  private Score combine(List<Result> perReference, Function<Result, Score> type) {
    if (multi == Multi.MAX) {
      Score best = type.apply(perReference.get(0));
      for (Result r : perReference) {
        Score s = type.apply(r);
        if (s.f1() > best.f1()) {
          best = s;
        }
      }
      return best;
    }
    double p = 0.0;
    double r = 0.0;
    double f = 0.0;
    for (Result result : perReference) {
      Score s = type.apply(result);
      p += s.precision();
      r += s.recall();
      f += s.f1();
    }
    int k = perReference.size();
    return new Score(p / k, r / k, f / k);
  }

  /** Token codes shared by the texts of one call: equal tokens, equal codes, from 0 up. */
  private static final class Coder {
    private final Map<String, Integer> codes = new HashMap<>();

    int[] code(List<String> tokens) {
      int[] out = new int[tokens.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = codes.computeIfAbsent(tokens.get(i), t -> codes.size());
      }
      return out;
    }

    int size() {
      return codes.size();
    }
  }

  /** A text's tokens, whole and by non-empty line. */
  private static final class Tokens {
    final int[] all;
    final List<int[]> sentences = new ArrayList<>();

    Tokens(String text, boolean stem, Coder coder) {
      // tokens never span a line break, so the whole text's tokens are the lines' tokens in order
      List<String> whole = new ArrayList<>();
      for (String line : RougeTokens.lines(text)) {
        List<String> tokens = RougeTokens.tokenize(line, stem);
        if (!tokens.isEmpty()) {
          sentences.add(coder.code(tokens));
          whole.addAll(tokens);
        }
      }
      all = coder.code(whole);
    }
  }

  /**
   * Corpus figures as {@code rouge.py} prints them: per ROUGE type, the mean precision, recall and
   * F1 over the summaries, times 100.
   */
  public static final class Corpus {
    private Corpus() {}

    /**
     * Per ROUGE type present in the results (all of {@link #TYPES} for {@link #score}, ROUGE-1 and
     * -2 for {@link #score155}), the means times 100, in {@link #TYPES} order; empty for no
     * results. Like {@code rouge.py}, pass only the summaries that exist: a cluster without a
     * prediction is left out, not scored as zero.
     *
     * @throws IllegalArgumentException if the results do not all have the same ROUGE types
     */
    public static Map<String, Score> mean(List<Result> results) {
      Map<String, Score> means = new LinkedHashMap<>();
      if (results.isEmpty()) {
        return Collections.unmodifiableMap(means);
      }
      List<Map<String, Score>> rows = new ArrayList<>();
      for (Result result : results) {
        rows.add(result.byType());
      }
      var types = rows.get(0).keySet();
      for (Map<String, Score> row : rows) {
        if (!row.keySet().equals(types)) {
          throw new IllegalArgumentException("results mix ROUGE types: " + types + " and " + row.keySet());
        }
      }
      for (String type : types) {
        double p = 0.0;
        double r = 0.0;
        double f = 0.0;
        for (Map<String, Score> row : rows) {
          // summed in list order one term at a time, as Python's sum() does up to 3.11
          Score s = row.get(type);
          p += s.precision();
          r += s.recall();
          f += s.f1();
        }
        int n = results.size();
        means.put(type, new Score(100.0 * p / n, 100.0 * r / n, 100.0 * f / n));
      }
      return Collections.unmodifiableMap(means);
    }

    /**
     * The score line {@code rouge.py} prints (without {@code --json}) for corpus means from
     * {@link #mean}: {@code "rouge1 F 37.50 (P 36.12 R 39.01) | rouge2 F ..."} after 29 spaces.
     * Numbers are rounded like Python's {@code %.2f}: the exact binary value, ties to even.
     */
    public static String table(Map<String, Score> means) {
      List<String> cells = new ArrayList<>();
      means.forEach((type, s) -> cells.add(String.format(Locale.ROOT, "%s F %s (P %s R %s)", type,
          twoDecimals(s.f1()), twoDecimals(s.precision()), twoDecimals(s.recall()))));
      return " ".repeat(29) + String.join(" | ", cells);
    }

    /** {@code value} with two decimals, as Python's {@code "%.2f" % value} writes it. */
    public static String twoDecimals(double value) {
      return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
  }
}
