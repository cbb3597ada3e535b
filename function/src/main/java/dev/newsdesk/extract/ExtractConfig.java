package dev.newsdesk.extract;

/**
 * Tunables of the extract stage. Immutable; change a value by copying with a {@code withX} method.
 *
 * <pre>{@code
 * ExtractConfig config = ExtractConfig.DEFAULTS.withMinBodyChars(400);
 * }</pre>
 *
 * @param minBodyChars    an article needs at least this many characters of body text (all paragraphs
 *                        together); a document with less is rejected as {@code not-an-article}
 * @param shortBodyChars  an accepted article with fewer body characters than this carries the warning
 *                        {@code short body}; must be at least {@code minBodyChars}
 * @param maxTitleChars   a plain-text line longer than this is never taken as the headline, and a title
 *                        made from the first line is cut (at a word boundary) to this length
 * @param maxHeadingWords a line ending in '?' with at most this many words, followed by a paragraph, is a
 *                        heading ("What Comes Next?"), not prose
 */
public record ExtractConfig(int minBodyChars, int shortBodyChars, int maxTitleChars, int maxHeadingWords) {

  /** The defaults: 250 body characters minimum, warn below 500, titles up to 300 characters, headings up to 6 words. */
  public static final ExtractConfig DEFAULTS = new ExtractConfig(250, 500, 300, 6);

  /** Validates every component; throws {@link IllegalArgumentException} naming the bad one. */
  public ExtractConfig {
    if (minBodyChars < 1) {
      throw new IllegalArgumentException("minBodyChars must be at least 1, was " + minBodyChars);
    }
    if (shortBodyChars < minBodyChars) {
      throw new IllegalArgumentException(
          "shortBodyChars (" + shortBodyChars + ") must not be less than minBodyChars (" + minBodyChars + ")");
    }
    if (maxTitleChars < 20) {
      throw new IllegalArgumentException("maxTitleChars must be at least 20, was " + maxTitleChars);
    }
    if (maxHeadingWords < 1) {
      throw new IllegalArgumentException("maxHeadingWords must be at least 1, was " + maxHeadingWords);
    }
  }

  /**
   * A copy with another minimum body length. When the new minimum exceeds {@link #shortBodyChars()},
   * the short-body threshold is raised to match.
   */
  public ExtractConfig withMinBodyChars(int value) {
    return new ExtractConfig(value, Math.max(value, shortBodyChars), maxTitleChars, maxHeadingWords);
  }

  /** A copy with another short-body warning threshold. */
  public ExtractConfig withShortBodyChars(int value) {
    return new ExtractConfig(minBodyChars, value, maxTitleChars, maxHeadingWords);
  }

  /** A copy with another maximum title length. */
  public ExtractConfig withMaxTitleChars(int value) {
    return new ExtractConfig(minBodyChars, shortBodyChars, value, maxHeadingWords);
  }

  /** A copy with another maximum word count for question headings. */
  public ExtractConfig withMaxHeadingWords(int value) {
    return new ExtractConfig(minBodyChars, shortBodyChars, maxTitleChars, value);
  }
}
