package dev.newsdesk.analyze;

import dev.newsdesk.analyze.Lexicon.AbbreviationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a paragraph into sentences. Every sentence is an exact substring of the paragraph after
 * whitespace normalisation (runs of white space made one space, ends trimmed), so it can be found
 * verbatim in the source.
 *
 * <p>A sentence ends after {@code .}, {@code ?}, {@code !} or an ellipsis, together with any closing
 * quotes or brackets that follow ({@code region.”} ends with its quote), when a space follows. It
 * does not end:
 * <ul>
 *   <li>when the next word starts with a lower-case letter ({@code “Why?” he asked});
 *   <li>after an ellipsis, unless an upper-case letter follows;
 *   <li>inside numbers ({@code 3.5}) or when no space follows ({@code U.S.-led}, {@code e.g.,});
 *   <li>after a single capital letter ({@code John F. Kennedy}) or a bare list number ({@code 1. });
 *   <li>after an abbreviation from {@code analyze/abbreviations.txt}, as its rule says: titles never
 *       end a sentence ({@code Gen. Soleimani}); {@code No.} and month abbreviations end one unless a
 *       number follows; {@code a.m.} and {@code p.m.} end one before a capitalised word that is not a
 *       weekday, a month or a capitalised time zone ({@code 9 p.m. The next day} splits,
 *       {@code 9 p.m. Friday} and {@code p.m. on Friday} do not); {@code U.S.}, {@code Inc.} and other
 *       dotted acronyms end one only before a capitalised stop word ({@code the U.S. The} splits,
 *       {@code the U.S. Army} does not).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class SentenceSplitter {

  private final Lexicon lexicon;

  SentenceSplitter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentences of {@code paragraph}, in order; empty for a blank paragraph. */
  List<String> split(String paragraph) {
    String p = normalise(paragraph);
    List<String> out = new ArrayList<>();
    int n = p.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (!isTerminal(p.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isTerminal(p.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && isCloser(p.charAt(k))) {
        k++;
      }
      if (k >= n) {
        break;
      }
      if (p.charAt(k) == ' ' && endsHere(p, start, i, j, k + 1)) {
        out.add(p.substring(start, k));
        start = k + 1;
      }
      i = k;
    }
    if (start < n) {
      out.add(p.substring(start));
    }
    return out;
  }

  /**
   * Whether the terminal marks at {@code [i, j)} end the sentence that began at {@code start}, given
   * that the next sentence would begin at {@code next}.
   */
  private boolean endsHere(String p, int start, int i, int j, int next) {
    int n = p.length();
    int w = next;
    while (w < n && isOpener(p.charAt(w))) {
      w++;
    }
    if (w >= n) {
      return true;
    }
    char first = p.charAt(w);
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (isEllipsis(p, i, j)) {
      return Character.isUpperCase(first);
    }
    if (j - i > 1 || p.charAt(i) != '.') {
      return true;
    }
    if (isListNumber(p, start, i)) {
      return false;
    }
    int a = i;
    while (a > start
        && (Character.isLetter(p.charAt(a - 1))
            || (p.charAt(a - 1) == '.' && a - 2 >= start && Character.isLetter(p.charAt(a - 2))))) {
      a--;
    }
    if (a == i) {
      return true;
    }
    String word = p.substring(a, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    AbbreviationRule rule = lexicon.abbreviations.get(word.toLowerCase(Locale.ROOT));
    if (rule == null) {
      if (word.indexOf('.') < 0) {
        return true;
      }
      rule = AbbreviationRule.WEAK;
    }
    String nextWord = wordAt(p, w);
    return switch (rule) {
      case NEVER -> false;
      case NUMBER -> !Character.isDigit(first);
      case TIME -> Character.isDigit(first)
          || !(lexicon.isCalendarWord(nextWord.toLowerCase(Locale.ROOT)) || isTimeZone(nextWord));
      case WEAK -> lexicon.stopWords.contains(nextWord.toLowerCase(Locale.ROOT));
    };
  }

  private static boolean isEllipsis(String p, int i, int j) {
    boolean dots = j - i >= 2;
    for (int x = i; x < j; x++) {
      char c = p.charAt(x);
      if (c == '\u2026') {
        return true;
      }
      dots &= c == '.';
    }
    return dots;
  }

  /** Whether the sentence so far is only a number, as in a numbered list ("1. Do this"). */
  private static boolean isListNumber(String p, int start, int i) {
    if (i == start) {
      return false;
    }
    for (int x = start; x < i; x++) {
      if (!Character.isDigit(p.charAt(x))) {
        return false;
      }
    }
    return true;
  }

  private static String wordAt(String p, int w) {
    int e = w;
    while (e < p.length() && Character.isLetter(p.charAt(e))) {
      e++;
    }
    return p.substring(w, e);
  }

  /** A capitalised time zone: two to four capital letters (ET, GMT, CEST). */
  private static boolean isTimeZone(String word) {
    if (word.length() < 2 || word.length() > 4) {
      return false;
    }
    for (int x = 0; x < word.length(); x++) {
      if (!Character.isUpperCase(word.charAt(x))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
  }

  private static boolean isOpener(char c) {
    return c == '\u201C' || c == '"' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB';
  }

  /**
   * {@code text} with every run of white space (including no-break spaces) made one space and the
   * ends trimmed; the same instance when it already is.
   */
  static String normalise(String text) {
    int n = text.length();
    boolean clean = true;
    for (int i = 0; i < n && clean; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        clean = c == ' ' && i > 0 && i < n - 1 && text.charAt(i - 1) != ' ';
      }
    }
    if (clean) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n);
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pending = sb.length() > 0;
      } else {
        if (pending) {
          sb.append(' ');
          pending = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
