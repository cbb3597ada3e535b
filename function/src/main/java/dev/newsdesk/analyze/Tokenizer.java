package dev.newsdesk.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The content-term pipeline: the terms {@link dev.newsdesk.model.Sentence#terms()} holds, and the
 * terms counted in {@link dev.newsdesk.model.Analysis#terms()}. Exposed so that evaluation and
 * summarization code can put other text (reference summaries, queries) through the same pipeline.
 *
 * <p>The pipeline, in one left-to-right pass:
 * <ol>
 *   <li>split into words on every character that is not a letter or digit; hyphens split too
 *       ({@code Iran-backed} gives {@code iran} and {@code backed}), because the parts are what
 *       other articles repeat;
 *   <li>an apostrophe between two letters joins them ({@code Kata’ib} gives {@code kataib}, as in
 *       {@code Kataib}) and a possessive {@code 's} is dropped ({@code Iraq’s} gives {@code iraq});
 *   <li>between two digits a period, colon or comma does not split: {@code 3.5}, {@code 21:30}, and
 *       {@code 2,500} (written {@code 2500}; a comma is dropped when exactly three digits follow it);
 *   <li>lower-case with {@link java.util.Locale#ROOT} rules ({@link Character#toLowerCase(char)});
 *   <li>drop words shorter than {@link AnalyzeConfig#minTermLength()} and stop words
 *       ({@code analyze/stopwords.txt});
 *   <li>stem with the Porter (1980) algorithm when {@link AnalyzeConfig#stemming()} is on (words
 *       outside {@code a-z}, such as numbers or accented words, are kept as they are).
 * </ol>
 *
 * <p>Immutable and thread-safe; the stop list is read once, in the constructor.
 */
public final class Tokenizer {

  private final WordSet stopWords;
  private final PorterStemmer stemmer = new PorterStemmer();
  private final int minLength;
  private final boolean stemming;

  /**
   * A tokenizer with the term settings of {@code config}.
   *
   * @param config the stage configuration; only its term settings are used
   */
  public Tokenizer(AnalyzeConfig config) {
    this(config, Lexicon.load());
  }

  Tokenizer(AnalyzeConfig config, Lexicon lexicon) {
    Objects.requireNonNull(config, "config");
    this.stopWords = lexicon.stopWords;
    this.minLength = config.minTermLength();
    this.stemming = config.stemming();
  }

  /**
   * The content terms of {@code text}, in text order, with repeats.
   *
   * @param text any text; {@code null} is not allowed
   * @return a new mutable list of terms (possibly empty)
   */
  public List<String> terms(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    // The word being read; a String is made only for the words that are kept.
    char[] word = new char[32];
    int length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        word[length++] = Character.toLowerCase(c);
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      if (Token.isApostrophe(c) && Character.isLetter(prev) && Character.isLetter(next)) {
        boolean possessive = (next == 's' || next == 'S')
            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
        if (possessive) {
          i++; // drop "'s"; the word ends at the next character
        }
        continue;
      }
      if (Character.isDigit(prev) && Character.isDigit(next) && length > 0) {
        if (c == '.' || c == ':') {
          if (length == word.length) {
            word = Arrays.copyOf(word, length * 2);
          }
          word[length++] = c;
          continue;
        }
        if (c == ',' && thousands(text, i)) {
          continue;
        }
      }
      emit(word, length, out);
      length = 0;
    }
    emit(word, length, out);
    return out;
  }

  /** Whether the comma at {@code i} is followed by exactly three digits. */
  private static boolean thousands(String text, int i) {
    int n = text.length();
    return i + 3 < n && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
        && (i + 4 >= n || !Character.isDigit(text.charAt(i + 4)));
  }

  private void emit(char[] word, int length, List<String> out) {
    if (length == 0 || length < minLength || stopWords.contains(word, length)) {
      return;
    }
    out.add(stemming ? stemmer.stem(word, length) : new String(word, 0, length));
  }
}
