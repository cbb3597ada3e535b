package dev.newsdesk.dedupe;

/**
 * Tunables of the dedupe stage. Immutable; copy with {@code withX}.
 *
 * @param shingleWords         words per shingle for near-copy detection
 * @param nearThreshold        shingle Jaccard similarity from which two texts are near copies
 * @param sentenceMatch        term Dice similarity from which two sentences say the same thing
 * @param derivativeCoverage   share of a text's sentences that must match the other text, in order
 * @param prefilter            document term Jaccard below which a pair is not examined further
 */
public record DedupeConfig(
    int shingleWords, double nearThreshold, double sentenceMatch, double derivativeCoverage, double prefilter) {

  public static final DedupeConfig DEFAULTS = new DedupeConfig(5, 0.8, 0.5, 0.6, 0.15);

  public DedupeConfig {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be positive, was " + shingleWords);
    }
    check(nearThreshold, "nearThreshold");
    check(sentenceMatch, "sentenceMatch");
    check(derivativeCoverage, "derivativeCoverage");
    check(prefilter, "prefilter");
  }

  private static void check(double v, String name) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], was " + v);
    }
  }

  public DedupeConfig withSentenceMatch(double v) {
    return new DedupeConfig(shingleWords, nearThreshold, v, derivativeCoverage, prefilter);
  }

  public DedupeConfig withDerivativeCoverage(double v) {
    return new DedupeConfig(shingleWords, nearThreshold, sentenceMatch, v, prefilter);
  }
}
