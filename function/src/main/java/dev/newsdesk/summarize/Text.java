package dev.newsdesk.summarize;

import java.util.regex.Pattern;

/** Small text helpers of the summarize stage. */
final class Text {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Text() {}

  /** Whitespace-normalised: runs of whitespace become one space, ends trimmed. */
  static String normalize(String s) {
    return normalized(s) ? s : SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** Whether a text is already whitespace-normalised (the common case: the analyze stage's sentences). */
  private static boolean normalized(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(s.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** The number of whitespace-separated words. */
  static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
