package dev.newsdesk.analyze;

/**
 * Tunables of the analyze stage. Immutable; change it by copying with {@code withX}.
 *
 * @param futureToleranceDays how far after the publication date an explicit date without a year
 *                            ("28 January") may fall; the year is chosen so the date lands on or
 *                            before publication plus this many days (0 to 366)
 * @param maxNameWords        longest name kept, in words, connectors included; longer capitalised
 *                            runs are headings or lists, not names (1 to 20)
 * @param minTermLength       shortest content term kept, in characters, before stemming (1 to 10)
 * @param stemming            whether content terms are Porter-stemmed
 */
public record AnalyzeConfig(int futureToleranceDays, int maxNameWords, int minTermLength, boolean stemming) {

  /** Seven days of tolerance, names of up to six words, terms of two characters or more, stemmed. */
  public static final AnalyzeConfig DEFAULTS = new AnalyzeConfig(7, 6, 2, true);

  /** Validates every component. */
  public AnalyzeConfig {
    check(futureToleranceDays, 0, 366, "futureToleranceDays");
    check(maxNameWords, 1, 20, "maxNameWords");
    check(minTermLength, 1, 10, "minTermLength");
  }

  private static void check(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  /** A copy with another {@link #futureToleranceDays()}. */
  public AnalyzeConfig withFutureToleranceDays(int v) {
    return new AnalyzeConfig(v, maxNameWords, minTermLength, stemming);
  }

  /** A copy with another {@link #maxNameWords()}. */
  public AnalyzeConfig withMaxNameWords(int v) {
    return new AnalyzeConfig(futureToleranceDays, v, minTermLength, stemming);
  }

  /** A copy with another {@link #minTermLength()}. */
  public AnalyzeConfig withMinTermLength(int v) {
    return new AnalyzeConfig(futureToleranceDays, maxNameWords, v, stemming);
  }

  /** A copy with {@link #stemming()} switched on or off. */
  public AnalyzeConfig withStemming(boolean v) {
    return new AnalyzeConfig(futureToleranceDays, maxNameWords, minTermLength, v);
  }
}
