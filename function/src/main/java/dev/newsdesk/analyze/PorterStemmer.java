package dev.newsdesk.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Porter stemming algorithm as published in M.F. Porter, "An algorithm for suffix stripping",
 * <i>Program</i> 14(3), 1980, pp. 130-137: steps 1a, 1b, 1c, 2, 3, 4, 5a and 5b, with the rule
 * tables of the paper (including {@code ABLI -> ABLE} in step 2).
 *
 * <p>Terms used below, from the paper: a <i>consonant</i> is a letter other than a, e, i, o, u, and
 * other than y preceded by a consonant; any word is {@code [C](VC)^m[V]} and {@code m} is its
 * <i>measure</i>. Within a step, only the rule with the longest matching suffix is considered; if
 * its condition fails, the step does nothing.
 *
 * <p>Input must already be lower case. Words of one or two letters, and words with characters
 * outside {@code a-z}, are returned unchanged. Stateless and thread-safe.
 */
final class PorterStemmer {

  private static final Rules STEP2 = new Rules(new String[][] {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
      {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
      {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
      {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}});

  private static final Rules STEP3 = new Rules(new String[][] {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
      {"ness", ""}});

  private static final Rules STEP4 = new Rules(new String[][] {
      {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
      {"ant", ""}, {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ion", ""}, {"ou", ""}, {"ism", ""},
      {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""}});

  /** The stem of {@code word}; see the class comment for the words left alone. */
  String stem(String word) {
    char[] chars = word.toCharArray();
    return stemmable(chars, chars.length) ? run(chars, chars.length) : word;
  }

  /** The stem of the word written by {@code chars[0, length)}; the array is not modified. */
  String stem(char[] chars, int length) {
    return stemmable(chars, length)
        ? run(Arrays.copyOf(chars, length), length)
        : new String(chars, 0, length);
  }

  private static boolean stemmable(char[] chars, int length) {
    if (length <= 2) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[i] < 'a' || chars[i] > 'z') {
        return false;
      }
    }
    return true;
  }

  private static String run(char[] letters, int length) {
    Word w = new Word(letters, length);
    w.step1a();
    w.step1b();
    w.step1c();
    w.replaceLongest(STEP2, 0);
    w.replaceLongest(STEP3, 0);
    w.step4();
    w.step5a();
    w.step5b();
    return w.toString();
  }

  /** A rule table ({suffix, replacement} pairs) indexed by the suffix's last letter, longest suffix first. */
  private static final class Rules {
    private final String[][][] byLastLetter = new String[26][][];

    Rules(String[][] rules) {
      for (char c = 'a'; c <= 'z'; c++) {
        List<String[]> list = new ArrayList<>();
        for (String[] rule : rules) {
          if (rule[0].charAt(rule[0].length() - 1) == c) {
            list.add(rule);
          }
        }
        list.sort((x, y) -> Integer.compare(y[0].length(), x[0].length()));
        byLastLetter[c - 'a'] = list.toArray(new String[0][]);
      }
    }

    /** The rules whose suffix ends with {@code last}, longest first. */
    String[][] endingWith(char last) {
      return byLastLetter[last - 'a'];
    }
  }

  /** The word being stemmed: a letter buffer and its current length. Never grows past the input. */
  private static final class Word {
    private final char[] b;
    private int len;

    /** Takes ownership of {@code letters}. */
    Word(char[] letters, int length) {
      b = letters;
      len = length;
    }

    /** Whether the letter at {@code i} is a consonant, in the paper's sense. */
    private boolean consonant(int i) {
      switch (b[i]) {
        case 'a', 'e', 'i', 'o', 'u':
          return false;
        case 'y':
          return i == 0 || !consonant(i - 1);
        default:
          return true;
      }
    }

    /** The measure m of the first {@code n} letters. */
    private int measure(int n) {
      int i = 0;
      while (i < n && consonant(i)) {
        i++;
      }
      int m = 0;
      while (true) {
        while (i < n && !consonant(i)) {
          i++;
        }
        if (i >= n) {
          return m;
        }
        while (i < n && consonant(i)) {
          i++;
        }
        m++;
      }
    }

    /** *v*: the first {@code n} letters contain a vowel. */
    private boolean hasVowel(int n) {
      for (int i = 0; i < n; i++) {
        if (!consonant(i)) {
          return true;
        }
      }
      return false;
    }

    /** *d: the first {@code n} letters end with a double consonant. */
    private boolean doubleConsonant(int n) {
      return n >= 2 && b[n - 1] == b[n - 2] && consonant(n - 1);
    }

    /** *o: the first {@code n} letters end consonant-vowel-consonant, the last not w, x or y. */
    private boolean cvc(int n) {
      if (n < 3 || !consonant(n - 1) || consonant(n - 2) || !consonant(n - 3)) {
        return false;
      }
      char last = b[n - 1];
      return last != 'w' && last != 'x' && last != 'y';
    }

    private boolean endsWith(String suffix) {
      int n = suffix.length();
      if (n > len) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (b[len - n + i] != suffix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Replaces the last {@code cut} letters with {@code replacement} (never longer than what it replaces, plus one). */
    private void replace(int cut, String replacement) {
      len -= cut;
      for (int i = 0; i < replacement.length(); i++) {
        b[len++] = replacement.charAt(i);
      }
    }

    void step1a() {
      if (endsWith("sses")) {
        replace(4, "ss");
      } else if (endsWith("ies")) {
        replace(3, "i");
      } else if (endsWith("ss")) {
        return;
      } else if (endsWith("s")) {
        replace(1, "");
      }
    }

    void step1b() {
      boolean removed = false;
      if (endsWith("eed")) {
        if (measure(len - 3) > 0) {
          replace(3, "ee");
        }
      } else if (endsWith("ed") && hasVowel(len - 2)) {
        replace(2, "");
        removed = true;
      } else if (endsWith("ing") && hasVowel(len - 3)) {
        replace(3, "");
        removed = true;
      }
      if (!removed) {
        return;
      }
      // At least two letters were removed, so appending one stays within the buffer.
      if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
        replace(0, "e");
      } else if (doubleConsonant(len) && b[len - 1] != 'l' && b[len - 1] != 's' && b[len - 1] != 'z') {
        replace(1, "");
      } else if (measure(len) == 1 && cvc(len)) {
        replace(0, "e");
      }
    }

    void step1c() {
      if (endsWith("y") && hasVowel(len - 1)) {
        b[len - 1] = 'i';
      }
    }

    /** Steps 2 and 3: the longest matching suffix is replaced when the stem's measure exceeds {@code minMeasure}. */
    void replaceLongest(Rules rules, int minMeasure) {
      for (String[] rule : rules.endingWith(b[len - 1])) {
        if (endsWith(rule[0])) {
          if (measure(len - rule[0].length()) > minMeasure) {
            replace(rule[0].length(), rule[1]);
          }
          return;
        }
      }
    }

    void step4() {
      for (String[] rule : STEP4.endingWith(b[len - 1])) {
        String suffix = rule[0];
        if (endsWith(suffix)) {
          int stem = len - suffix.length();
          boolean condition = measure(stem) > 1;
          if (suffix.equals("ion")) {
            condition &= stem > 0 && (b[stem - 1] == 's' || b[stem - 1] == 't');
          }
          if (condition) {
            replace(suffix.length(), "");
          }
          return;
        }
      }
    }

    void step5a() {
      if (endsWith("e")) {
        int m = measure(len - 1);
        if (m > 1 || (m == 1 && !cvc(len - 1))) {
          replace(1, "");
        }
      }
    }

    void step5b() {
      if (b[len - 1] == 'l' && doubleConsonant(len) && measure(len) > 1) {
        replace(1, "");
      }
    }

    @Override
    public String toString() {
      return new String(b, 0, len);
    }
  }
}
