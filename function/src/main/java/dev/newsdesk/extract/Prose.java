package dev.newsdesk.extract;

/**
 * Small, pure text tests shared by the plain-text and HTML paths: whitespace normalisation and the
 * "does this read like a sentence" check. Stateless.
 */
final class Prose {
  private Prose() {}

  /**
   * Collapses every run of whitespace (including no-break and other Unicode spaces) to one ASCII space
   * and trims. All other characters are kept as they are.
   */
  static String normalize(CharSequence text) {
    if (text instanceof String s && isNormalized(s)) {
      return s; // most metadata values and lines already are
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@link #normalize} would leave the text as it is: no whitespace but single ASCII spaces between visible characters. */
  private static boolean isNormalized(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a character is whitespace in the sense of {@link #normalize}. */
  static boolean isSpace(char c) {
    if (c < 128) { // the common case, without the Unicode tables: the same answer for ASCII
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the text has no visible character (stops at the first one). */
  static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a (normalised) line ends like a sentence: with '.', '!', '?' or '…', possibly followed by
   * closing quotes or brackets and footnote markers such as {@code [4]}.
   */
  static boolean endsLikeSentence(String line) {
    char last = lastSignificantChar(line);
    return last == '.' || last == '!' || last == '?' || last == '…'
        || last == '。' || last == '！' || last == '？';
  }

  /** Whether a (normalised) line ends with a question mark, ignoring closing quotes and brackets. */
  static boolean endsWithQuestionMark(String line) {
    char last = lastSignificantChar(line);
    return last == '?' || last == '？';
  }

  /** The number of space-separated words in a normalised line. */
  static int wordCount(String line) {
    if (line.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** The number of characters that are not whitespace. */
  static int visibleLength(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += (' ' - c) >>> 31; // 1 above the space, without a branch the CPU would mispredict on spaces
      if (c >= 128) {
        n -= isSpace(c) ? 1 : 0;
      } else if (c < ' ' && !isSpace(c)) {
        n++; // a control character that is not whitespace is visible, as in normalize
      }
    }
    return n;
  }

  /**
   * Cuts a normalised line to at most {@code max} characters at a word boundary (no ellipsis is
   * added: the result is a prefix of the input).
   */
  static String cutAtWord(String line, int max) {
    if (line.length() <= max) {
      return line;
    }
    int cut = line.lastIndexOf(' ', max);
    return (cut > max / 2 ? line.substring(0, cut) : line.substring(0, max)).strip();
  }

  private static char lastSignificantChar(String line) {
    int end = line.length();
    while (end > 0) {
      char c = line.charAt(end - 1);
      if (isSpace(c) || isClosing(c)) {
        end--;
      } else if (c == ']') {
        int open = line.lastIndexOf('[', end - 1);
        if (open < 0 || !isFootnote(line, open + 1, end - 1)) {
          return c;
        }
        end = open;
      } else {
        return c;
      }
    }
    return 0;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')'
        || c == '」' || c == '』';
  }

  private static boolean isFootnote(String line, int from, int to) {
    if (from >= to || to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
