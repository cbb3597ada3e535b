package dev.newsdesk.analyze;

import dev.newsdesk.model.NumberMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds counts and amounts in a sentence: digits ({@code 85}, {@code 2,500}, {@code 3.5}, with a
 * following scale word: {@code 2.5 million}) and number words ({@code three}, {@code twenty-five},
 * {@code two hundred}, {@code one hundred and twenty}; {@code analyze/number-words.txt}).
 *
 * <p>Not numbers: tokens already used by a date ({@code 28} in "28 January", {@code 2022} in
 * "in 2022"); times ({@code 21:30}); ordinals ({@code 4th}); fractions and slashed dates; hyphenated
 * words that are not wholly number words ({@code two-state}, {@code 18-year-old}); bracketed
 * citation marks ({@code [3]}); "one" after a determiner ("the one", "no one"); and words such as
 * "dozens" or "hundreds", which the list leaves out.
 *
 * <p>The unit is the lower-cased word after the number, skipping up to two capitalised words,
 * hyphenated adjectives and quantity adjectives ("three US troops" gives {@code troops}, "two more
 * soldiers" and "two explosives-laden drones" give {@code soldiers} and {@code drones}); {@code percent} for a following {@code %}; none when a stop word, a number or
 * punctuation comes first ("900 in Syria").
 *
 * <p>Immutable and thread-safe.
 */
final class NumberFinder {

  /** Words after which "one" is a pronoun, not a count. */
  private static final Set<String> DETERMINERS =
      Set.of("the", "no", "any", "every", "each", "this", "that", "which", "another", "some");

  /** Words between a number and its noun that the unit skips. */
  private static final Set<String> QUANTITY_ADJECTIVES =
      Set.of("more", "other", "additional", "further", "extra", "fewer", "less");

  private final Lexicon lexicon;

  NumberFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The numbers of one sentence, in text order, skipping tokens marked in {@code claimed}. */
  List<NumberMention> find(int sentence, String text, List<Token> tokens, boolean[] claimed) {
    List<NumberMention> out = new ArrayList<>(2);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (claimed[i]) {
        i++;
        continue;
      }
      Token t = tokens.get(i);
      int end = -1;
      double value = 0;
      if (t.isNumber()) {
        double v = plain(t.text);
        if (!Double.isNaN(v) && !citation(tokens, i)) {
          value = v;
          end = i + 1;
          Long scale = end < n && !claimed[end] && tokens.get(end).isWord() ? scale(tokens.get(end).lower) : null;
          if (scale != null) {
            value *= scale;
            end++;
          }
        }
      } else if (t.isWord()) {
        Phrase phrase = words(tokens, i, claimed);
        if (phrase != null) {
          value = phrase.value;
          end = phrase.end;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      out.add(new NumberMention(sentence, text.substring(t.start, tokens.get(end - 1).end), value,
          unitAfter(tokens, end, claimed)));
      i = end;
    }
    return out;
  }

  private record Phrase(double value, int end) {}

  /** A run of number words starting at {@code i}, or {@code null}. */
  private Phrase words(List<Token> tokens, int i, boolean[] claimed) {
    int n = tokens.size();
    long total = 0;
    long current = 0;
    long lastUnit = -1;
    boolean any = false;
    boolean lastScale = false;
    int j = i;
    while (j < n && !claimed[j] && tokens.get(j).isWord()) {
      String w = tokens.get(j).lower;
      Lexicon.NumberWord word = lexicon.numberWords.get(w);
      Long unit = word != null ? (word.scale() ? null : Long.valueOf(word.value()))
          : tokens.get(j).hyphenated() ? unit(w) : null;
      if (unit != null) {
        boolean afterTens = lastUnit >= 20 && lastUnit % 10 == 0 && unit < 10;
        if (lastUnit >= 0 && !afterTens) {
          break;
        }
        current += unit;
        lastUnit = unit;
        lastScale = false;
        any = true;
        j++;
        continue;
      }
      Long scale = word != null && word.scale() ? Long.valueOf(word.value()) : null;
      if (scale != null) {
        long base = current == 0 ? 1 : current;
        if (scale == 100) {
          current = base * 100;
        } else {
          total += base * scale;
          current = 0;
        }
        lastUnit = -1;
        lastScale = true;
        any = true;
        j++;
        continue;
      }
      if (any && lastScale && w.equals("and") && j + 1 < n && unit(tokens.get(j + 1).lower) != null) {
        j++;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    if (j == i + 1 && tokens.get(i).lower.equals("one") && i > 0
        && DETERMINERS.contains(tokens.get(i - 1).lower)) {
      return null;
    }
    return new Phrase(total + current, j);
  }

  /** The value of a number word that is not a scale ("three", "twenty-five"), or {@code null}. */
  private Long unit(String lower) {
    Lexicon.NumberWord word = lexicon.numberWords.get(lower);
    if (word != null) {
      return word.scale() ? null : word.value();
    }
    int hyphen = 0;
    while (hyphen < lower.length() && !Token.isHyphen(lower.charAt(hyphen))) {
      hyphen++;
    }
    if (hyphen == 0 || hyphen >= lower.length()) {
      return null;
    }
    Lexicon.NumberWord tens = lexicon.numberWords.get(lower.substring(0, hyphen));
    Lexicon.NumberWord ones = lexicon.numberWords.get(lower.substring(hyphen + 1));
    if (tens == null || ones == null || tens.scale() || ones.scale()
        || tens.value() < 20 || tens.value() % 10 != 0 || ones.value() < 1 || ones.value() > 9) {
      return null;
    }
    return tens.value() + ones.value();
  }

  private Long scale(String lower) {
    Lexicon.NumberWord word = lexicon.numberWords.get(lower);
    return word != null && word.scale() ? word.value() : null;
  }

  private String unitAfter(List<Token> tokens, int j, boolean[] claimed) {
    int skipped = 0;
    for (int k = j; k < tokens.size() && skipped <= 2; k++) {
      Token w = tokens.get(k);
      if (w.is('%')) {
        return "percent";
      }
      if (claimed[k] || !w.isWord()) {
        return null;
      }
      String lower = w.lowerBase();
      if (unit(lower) != null || scale(lower) != null) {
        return null;
      }
      if (w.capitalised() || QUANTITY_ADJECTIVES.contains(lower) || hasHyphen(lower)) {
        skipped++;
        continue;
      }
      if (lexicon.stopWords.contains(lower)) {
        return null;
      }
      return lower;
    }
    return null;
  }

  private static boolean hasHyphen(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Token.isHyphen(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "[3]": a citation mark, not a number. */
  private static boolean citation(List<Token> tokens, int i) {
    return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).is('[') && tokens.get(i + 1).is(']');
  }

  /** The value of digits with thousands commas and at most one decimal point; NaN otherwise. */
  private static double plain(String s) {
    boolean point = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (point) {
          return Double.NaN;
        }
        point = true;
      } else if (c != ',' && (c < '0' || c > '9')) {
        return Double.NaN;
      }
    }
    return Double.parseDouble(s.replace(",", ""));
  }
}
