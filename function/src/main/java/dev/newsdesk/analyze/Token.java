package dev.newsdesk.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, number or punctuation mark of a sentence, with its character offsets. Immutable.
 *
 * <p>{@link #scan(String)} cuts a sentence into tokens in one left-to-right pass. A word or number
 * is a run of letters and digits, joined across a single inner mark when letters or digits stand on
 * both sides:
 * <ul>
 *   <li>hyphens: {@code Iran-backed}, {@code al-Saadi}, {@code twenty-five}, {@code 2024-01-04};
 *   <li>apostrophes between letters: {@code Kata’ib}, {@code Baghdad’s}, {@code don't};
 *   <li>a period after a single letter: {@code U.S}, {@code p.m}, {@code e.g} (the final period is
 *       a separate token);
 *   <li>between digits: a period ({@code 3.5}), a colon ({@code 21:30}), a slash ({@code 1/4}), and a
 *       comma followed by exactly three digits ({@code 2,500}).
 * </ul>
 * Every other non-space character is a punctuation token of its own.
 */
final class Token {

  /** What a token is. */
  enum Kind {
    /** Starts with a letter. */
    WORD,
    /** Starts with a digit. */
    NUMBER,
    /** One punctuation character. */
    PUNCT
  }

  final String text;
  /** {@link #text} lower-cased with {@link Locale#ROOT}, curly apostrophes made straight. */
  final String lower;
  final int start;
  final int end;
  final Kind kind;
  /** Whether the word ends in a possessive {@code 's} / {@code ’s}. */
  private final boolean possessive;
  /** {@link #lower} without a possessive ending. */
  private final String lowerBase;
  /** Whether the word has an inner hyphen. */
  private final boolean hyphenated;

  private Token(String text, int start, int end, Kind kind, boolean hyphenated) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.hyphenated = hyphenated;
    if (kind == Kind.PUNCT) {
      this.lower = text;
      this.possessive = false;
      this.lowerBase = text;
    } else {
      this.lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      int n = text.length();
      this.possessive = kind == Kind.WORD && n > 2 && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')
          && isApostrophe(text.charAt(n - 2));
      this.lowerBase = possessive ? lower.substring(0, n - 2) : lower;
    }
  }

  /** Whether this is the punctuation token {@code c}. */
  boolean is(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Whether this is a word starting with an upper-case letter. */
  boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** Whether the word ends in a possessive {@code 's} / {@code ’s}. */
  boolean possessive() {
    return possessive;
  }

  /** {@link #lower} without a possessive ending. */
  String lowerBase() {
    return lowerBase;
  }

  /** End offset of the word without a possessive ending. */
  int baseEnd() {
    return possessive ? end - 2 : end;
  }

  /** Whether the word has an inner hyphen ({@code Iran-backed}). */
  boolean hyphenated() {
    return hyphenated;
  }

  @Override
  public String toString() {
    return text;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Cuts {@code s} into tokens; see the class comment. Linear in the length of {@code s}. */
  static List<Token> scan(String s) {
    List<Token> out = new ArrayList<>(s.length() / 5 + 4);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean hyphenated = false;
        int j = i + 1;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if (j + 1 < n && joins(s, i, j)) {
            hyphenated |= isHyphen(d);
            j += 2;
          } else {
            break;
          }
        }
        out.add(new Token(s.substring(i, j), i, j, Character.isDigit(c) ? Kind.NUMBER : Kind.WORD, hyphenated));
        i = j;
      } else if (c == ' ' || SentenceSplitter.isSpace(c)) {
        i++;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        out.add(new Token(s.substring(i, j), i, j, Kind.PUNCT, false));
        i = j;
      }
    }
    return out;
  }

  /** Whether the mark at {@code j} joins the token that began at {@code start} with what follows. */
  private static boolean joins(String s, int start, int j) {
    char mark = s.charAt(j);
    char prev = s.charAt(j - 1);
    char next = s.charAt(j + 1);
    if (!Character.isLetterOrDigit(next)) {
      return false;
    }
    boolean digits = Character.isDigit(prev) && Character.isDigit(next);
    if (isHyphen(mark)) {
      return true;
    }
    if (isApostrophe(mark)) {
      return Character.isLetter(prev) && Character.isLetter(next);
    }
    return switch (mark) {
      case '.' -> digits
          || (Character.isLetter(prev) && Character.isLetter(next)
              && (j - 2 < start || !Character.isLetter(s.charAt(j - 2))));
      case ':', '/' -> digits;
      case ',' -> digits && j + 3 < s.length()
          && Character.isDigit(s.charAt(j + 2)) && Character.isDigit(s.charAt(j + 3))
          && (j + 4 >= s.length() || !Character.isDigit(s.charAt(j + 4)));
      default -> false;
    };
  }
}
