package dev.newsdesk.dedupe;

/**
 * Tunables of the dedupe stage. Immutable; copy with {@code withX}.
 *
 * @param shingleWords         words per shingle for near-copy detection
 * @param nearThreshold        shingle Jaccard similarity from which two texts are near copies
 * @param sentenceMatch        term Dice similarity from which two sentences say the same thing
 * @param derivativeCoverage   share of a text's sentences that must match the other text, in order
 * @param prefilter            document term Jaccard below which a pair is not examined further
 * @param checkMemory          how many articles a detector remembers the last check of: its members, in
 *                             order, and the copies found among them. A story is checked again whenever
 *                             an article joins it, and a pair's judgement depends only on the two
 *                             articles, so two members that shared a check, in the same order, are not
 *                             judged again; 0 remembers none. About 110 bytes per article, plus 112 for
 *                             its content hash when nothing else holds it (at most 4.5 MB at the
 *                             default), measured with a heap count over the 2,000 members of a
 *                             synthetic desk's 89 stories
 * @param textMemory           how many articles' comparison data (hashes of their shingles, terms and
 *                             sentences) a detector remembers between calls, by content hash, so the
 *                             members of a growing story are not read again on every check; 0
 *                             remembers none. About 19 bytes per word of text: 2.0 KB each for
 *                             85-word articles, 11.3 KB for 590-word ones (10 MB and 56 MB at the
 *                             default), measured with a heap count over 2,000 and 912 articles
 */
public record DedupeConfig(
    int shingleWords, double nearThreshold, double sentenceMatch, double derivativeCoverage, double prefilter,
    int checkMemory, int textMemory) {

  public static final DedupeConfig DEFAULTS = new DedupeConfig(5, 0.8, 0.5, 0.6, 0.15, 20_000, 5_000);

  public DedupeConfig {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be positive, was " + shingleWords);
    }
    check(nearThreshold, "nearThreshold");
    check(sentenceMatch, "sentenceMatch");
    check(derivativeCoverage, "derivativeCoverage");
    check(prefilter, "prefilter");
    if (checkMemory < 0) {
      throw new IllegalArgumentException("checkMemory must not be negative, was " + checkMemory);
    }
    if (textMemory < 0) {
      throw new IllegalArgumentException("textMemory must not be negative, was " + textMemory);
    }
  }

  private static void check(double v, String name) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], was " + v);
    }
  }

  public DedupeConfig withSentenceMatch(double v) {
    return new DedupeConfig(shingleWords, nearThreshold, v, derivativeCoverage, prefilter, checkMemory, textMemory);
  }

  public DedupeConfig withDerivativeCoverage(double v) {
    return new DedupeConfig(shingleWords, nearThreshold, sentenceMatch, v, prefilter, checkMemory, textMemory);
  }

  public DedupeConfig withCheckMemory(int v) {
    return new DedupeConfig(shingleWords, nearThreshold, sentenceMatch, derivativeCoverage, prefilter, v, textMemory);
  }

  public DedupeConfig withTextMemory(int v) {
    return new DedupeConfig(shingleWords, nearThreshold, sentenceMatch, derivativeCoverage, prefilter, checkMemory, v);
  }
}
