package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two tokenisers of {@code rouge.py}: the {@code rouge-score} one (lower-case, anything but
 * ASCII letters and digits separates, NLTK-flavoured Porter on tokens longer than 3 characters)
 * and the ROUGE-1.5.5 one (the same, but every hyphen is a token of its own and the original Porter
 * applies from 3 characters on), plus the whitespace word limit of the latter.
 */
final class RougeTokens {
  private static final RougeStemmer NLTK = new RougeStemmer(RougeStemmer.Mode.NLTK);
  private static final RougeStemmer ORIGINAL = new RougeStemmer(RougeStemmer.Mode.ORIGINAL);
  private static final String HYPHEN = "-";

  private RougeTokens() {}

  /** {@code rouge-score} tokens of {@code text}, stemmed when {@code stem} is set. */
  static List<String> tokenize(String text, boolean stem) {
    List<String> tokens = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean inWord = i < lower.length() && isAsciiAlnum(lower.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String token = lower.substring(start, i);
        tokens.add(stem && token.length() > 3 ? NLTK.stem(token) : token);
        start = -1;
      }
    }
    return tokens;
  }

  /**
   * ROUGE-1.5.5-style tokens of {@code text}: a hyphen is a token, other characters outside
   * [a-z0-9] separate, and tokens of 3 or more characters get the original Porter when
   * {@code stem} is set.
   */
  static List<String> tokenize155(String text, boolean stem) {
    List<String> tokens = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean inWord = i < lower.length() && isAsciiAlnum(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String token = lower.substring(start, i);
        tokens.add(stem && token.length() > 2 ? ORIGINAL.stem(token) : token);
        start = -1;
      }
      if (c == '-') {
        tokens.add(HYPHEN);
      }
    }
    return tokens;
  }

  /**
   * The first {@code limit} words of {@code text} joined by single spaces, words being what
   * Python's {@code str.split()} yields; {@code limit == 0} leaves the text as it is.
   */
  static String truncateWords(String text, int limit) {
    if (limit == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int words = 0;
    int start = -1;
    for (int i = 0; i <= text.length() && words < limit; i++) {
      boolean inWord = i < text.length() && !isPythonSpace(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        if (words > 0) {
          out.append(' ');
        }
        out.append(text, start, i);
        words++;
        start = -1;
      }
    }
    return out.toString();
  }

  /** Lines of {@code text}: pieces between {@code '\n'} characters, empty ones included. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      lines.add(text.substring(from, nl));
      from = nl + 1;
    }
    lines.add(text.substring(from));
    return lines;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Python's {@code str.isspace()}: general category Zs or bidirectional class WS, B or S. All such
   * characters are in the Basic Multilingual Plane, so a UTF-16 unit suffices.
   */
  static boolean isPythonSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    switch (c) {
      case '\u0085': case '\u00a0': case '\u1680': case '\u2028': case '\u2029': case '\u202f':
      case '\u205f': case '\u3000':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200a';
    }
  }
}
