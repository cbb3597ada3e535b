package dev.newsdesk.summarize;

import java.util.regex.Pattern;

/** Small text helpers of the summarize stage. */
final class Text {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Text() {}

  /** Whitespace-normalised: runs of whitespace become one space, ends trimmed. */
  static String normalize(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACE.split(t).length;
  }
}
