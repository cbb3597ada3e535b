package dev.newsdesk.analyze;

import dev.newsdesk.model.DateMention;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds date expressions in a sentence and resolves them with a {@link DateResolver}.
 *
 * <p>Recognised, left to right, each token used at most once:
 * <ul>
 *   <li>ISO dates: {@code 2024-01-04};
 *   <li>day first: {@code 28 January}, {@code 4 January 2024}, {@code 7th of October};
 *   <li>month first: {@code January 4th}, {@code Jan 5, 2024}, {@code Jan. 5}, {@code January 2022},
 *       {@code Oct 2023};
 *   <li>a bare month after a lead word ({@code analyze/calendar.txt}: in, since, early, late, ...):
 *       {@code in January}; never for short or ambiguous names ("May", "March");
 *   <li>a bare year after a lead word: {@code in 2022}, {@code late 2022}, {@code mid-2022};
 *   <li>weekdays: {@code Wednesday}, {@code Wednesday night}, {@code early Thursday morning},
 *       {@code last Friday}, {@code next Monday}; a weekday followed by a comma and a day
 *       ({@code Wednesday, Feb. 7}) is one expression with the explicit value;
 *   <li>relative words: {@code today}, {@code yesterday}, {@code tonight}, {@code last night},
 *       {@code this morning}, {@code last week}, {@code this month}, {@code next year},
 *       {@code two days ago}.
 * </ul>
 * Month and weekday names count only when capitalised, and the short and ambiguous month names only
 * next to a day or a year, so "Iran may advise" and "protesters march" are not dates. After "the",
 * "last/next" phrases are narrative ("the next day", "the last Friday of May") and are not taken.
 *
 * <p>The text of a mention runs from its first to its last word, as written, without a trailing
 * possessive ("Wednesday night’s raid" gives {@code Wednesday night}); prepositions are not part of it
 * ("on Friday" gives {@code Friday}), but early/late/mid are. Weekday and relative expressions are
 * {@code relative}; explicit dates are not, even when their year had to be inferred.
 *
 * <p>Immutable and thread-safe.
 */
final class DateFinder {

  /** Tokens {@code [from, to)} make a date; its text is {@code [textStart, textEnd)} of the sentence. */
  private record Match(int from, int to, int textStart, int textEnd, String value, boolean relative) {}

  private final Lexicon lexicon;

  DateFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The dates of one sentence, in text order; marks the tokens they use in {@code claimed} so the
   * number finder skips them.
   */
  List<DateMention> find(int sentence, String text, List<Token> tokens, DateResolver resolver, boolean[] claimed) {
    List<DateMention> out = new ArrayList<>(2);
    Scan scan = new Scan(tokens, resolver);
    int i = 0;
    while (i < tokens.size()) {
      Match m = claimed[i] ? null : scan.match(i);
      if (m == null) {
        i++;
        continue;
      }
      out.add(new DateMention(sentence, text.substring(m.textStart, m.textEnd), m.value, m.relative));
      for (int k = m.from; k < m.to; k++) {
        claimed[k] = true;
      }
      i = m.to;
    }
    return out;
  }

  /** The matching state of one sentence. */
  private final class Scan {
    private final List<Token> tokens;
    private final DateResolver resolver;

    Scan(List<Token> tokens, DateResolver resolver) {
      this.tokens = tokens;
      this.resolver = resolver;
    }

    Match match(int i) {
      Token t = tokens.get(i);
      Match m = null;
      if (t.isNumber()) {
        m = iso(i);
        if (m == null) {
          m = dayFirst(i);
        }
        if (m == null) {
          m = yearAfterLead(i);
        }
      } else if (t.isWord()) {
        m = monthFirst(i);
        if (m == null) {
          m = weekday(i);
        }
        if (m == null) {
          m = relative(i);
        }
        if (m == null) {
          m = midYear(i);
        }
      }
      return m != null ? m : ago(i);
    }

    private Token at(int i) {
      return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private boolean is(int i, char c) {
      Token t = at(i);
      return t != null && t.is(c);
    }

    private String lowerAt(int i) {
      Token t = at(i);
      return t != null && t.isWord() ? t.lowerBase() : "";
    }

    private Match iso(int i) {
      String s = tokens.get(i).text;
      if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
        return null;
      }
      int y = digits(s, 0, 4);
      int mo = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      String value = y < 0 || mo < 0 || d < 0 ? null : DateResolver.day(y, mo, d);
      return value == null ? null : new Match(i, i + 1, tokens.get(i).start, tokens.get(i).end, value, false);
    }

    private Match dayFirst(int i) {
      int day = dayNumber(at(i));
      if (day < 0) {
        return null;
      }
      int j = i + 1;
      if (lowerAt(j).equals("of")) {
        j++;
      }
      Lexicon.MonthWord month = monthWord(at(j));
      if (month == null) {
        return null;
      }
      int end = j + 1;
      int textEnd = at(j).baseEnd();
      if (month.shortForm() && !at(j).possessive() && is(end, '.')) {
        textEnd = at(end).end;
        end++;
      }
      int year = -1;
      if (!at(j).possessive()) {
        if (yearNumber(at(end), 1000, 2999) > 0) {
          year = yearNumber(at(end), 1000, 2999);
          textEnd = at(end).baseEnd();
          end++;
        } else if (is(end, ',') && yearNumber(at(end + 1), 1000, 2999) > 0) {
          year = yearNumber(at(end + 1), 1000, 2999);
          textEnd = at(end + 1).baseEnd();
          end += 2;
        }
      }
      String value = year > 0
          ? DateResolver.day(year, month.month(), day)
          : resolver.dayWithoutYear(month.month(), day);
      return value == null ? null : new Match(i, end, at(i).start, textEnd, value, false);
    }

    private Match monthFirst(int i) {
      Lexicon.MonthWord month = monthWord(at(i));
      if (month == null) {
        return null;
      }
      Token t = at(i);
      int j = i + 1;
      int textEnd = t.baseEnd();
      if (month.shortForm() && !t.possessive() && is(j, '.')) {
        textEnd = at(j).end;
        j++;
      }
      if (!t.possessive()) {
        int day = dayNumber(at(j));
        if (day > 0) {
          int end = j + 1;
          textEnd = at(j).baseEnd();
          int year = -1;
          if (!at(j).possessive()) {
            if (is(end, ',') && yearNumber(at(end + 1), 1000, 2999) > 0) {
              year = yearNumber(at(end + 1), 1000, 2999);
              textEnd = at(end + 1).baseEnd();
              end += 2;
            } else if (yearNumber(at(end), 1000, 2999) > 0) {
              year = yearNumber(at(end), 1000, 2999);
              textEnd = at(end).baseEnd();
              end++;
            }
          }
          String value = year > 0
              ? DateResolver.day(year, month.month(), day)
              : resolver.dayWithoutYear(month.month(), day);
          return value == null ? null : new Match(i, end, t.start, textEnd, value, false);
        }
        int year = yearNumber(at(j), 1000, 2999);
        if (year > 0) {
          return new Match(i, j + 1, t.start, at(j).baseEnd(), DateResolver.month(year, month.month()), false);
        }
      }
      if (month.shortForm() || month.ambiguous() || !lexicon.leads.contains(lowerAt(i - 1))) {
        return null;
      }
      int from = keepsLead(lowerAt(i - 1)) ? i - 1 : i;
      return new Match(from, i + 1, at(from).start, t.baseEnd(), resolver.monthWithoutYear(month.month()), false);
    }

    private Match weekday(int i) {
      int j = i;
      String first = lowerAt(j);
      if (first.equals("early") || first.equals("late")) {
        j++;
      }
      int step = 0;
      switch (lowerAt(j)) {
        case "last" -> {
          step = -1;
          j++;
        }
        case "next" -> {
          step = 1;
          j++;
        }
        case "this" -> j++;
        default -> { }
      }
      Token w = at(j);
      if (w == null || !w.capitalised()) {
        return null;
      }
      DayOfWeek day = lexicon.weekdays.get(w.lowerBase());
      if (day == null || (step != 0 && lowerAt(i - 1).equals("the"))) {
        return null;
      }
      String before = lowerAt(j - 1);
      if (step == 0 && (before.equals("last") || before.equals("next"))) {
        return null; // the tail of a "the last Friday" already turned down
      }
      int end = j + 1;
      int textEnd = w.baseEnd();
      if (!w.possessive()) {
        Token part = at(end);
        if (part != null && part.isWord() && lexicon.dayparts.contains(part.lowerBase())) {
          textEnd = part.baseEnd();
          end++;
        } else if (is(end, ',')) {
          Match explicit = explicitDay(end + 1);
          if (explicit != null) {
            return new Match(i, explicit.to, at(i).start, explicit.textEnd, explicit.value, false);
          }
        }
      }
      return new Match(i, end, at(i).start, textEnd, resolver.weekday(day, step), true);
    }

    /** A day-first or month-first date with a day, starting at {@code i}. */
    private Match explicitDay(int i) {
      Token t = at(i);
      if (t == null) {
        return null;
      }
      Match m = t.isNumber() ? dayFirst(i) : monthFirst(i);
      if (m == null || m.value == null) {
        return null;
      }
      boolean hasDay = m.value.length() == 10 || (m.value.length() == 7 && m.value.startsWith("--"));
      return hasDay ? m : null;
    }

    private Match relative(int i) {
      Token t = at(i);
      String w = t.lowerBase();
      Integer days = lexicon.relativeDays.get(w);
      if (days != null) {
        return new Match(i, i + 1, t.start, t.baseEnd(), resolver.daysFromPublication(days), true);
      }
      int step;
      switch (w) {
        case "last" -> step = -1;
        case "this" -> step = 0;
        case "next" -> step = 1;
        default -> {
          return null;
        }
      }
      if (step != 0 && lowerAt(i - 1).equals("the")) {
        return null;
      }
      Token unit = at(i + 1);
      if (unit == null || !unit.isWord()) {
        return null;
      }
      String value;
      switch (unit.lowerBase()) {
        case "week" -> value = resolver.weeksFromPublication(step);
        case "month" -> value = resolver.monthsFromPublication(step);
        case "year" -> value = resolver.yearsFromPublication(step);
        case "night" -> {
          if (step != -1) {
            return null;
          }
          value = resolver.daysFromPublication(-1);
        }
        case "morning", "afternoon", "evening" -> {
          if (step != 0) {
            return null;
          }
          value = resolver.daysFromPublication(0);
        }
        default -> {
          return null;
        }
      }
      return new Match(i, i + 2, t.start, unit.baseEnd(), value, true);
    }

    /** "two days ago", "3 weeks ago", "a year ago". */
    private Match ago(int i) {
      if (!lowerAt(i + 2).equals("ago") || at(i + 1) == null || !at(i + 1).isWord()) {
        return null;
      }
      Token t = at(i);
      long count;
      if (t.isNumber()) {
        count = digits(t.text, 0, t.text.length());
      } else if (t.lower.equals("a") || t.lower.equals("an")) {
        count = 1;
      } else {
        Lexicon.NumberWord word = lexicon.numberWords.get(t.lower);
        count = word == null || word.scale() ? -1 : word.value();
      }
      if (count < 0) {
        return null;
      }
      String value;
      switch (at(i + 1).lower) {
        case "day", "days" -> value = resolver.daysFromPublication(-count);
        case "week", "weeks" -> value = resolver.weeksFromPublication(-count);
        case "month", "months" -> value = resolver.monthsFromPublication(-count);
        case "year", "years" -> value = resolver.yearsFromPublication(-count);
        default -> {
          return null;
        }
      }
      return new Match(i, i + 3, t.start, at(i + 2).end, value, true);
    }

    private Match yearAfterLead(int i) {
      int year = yearNumber(at(i), 1800, 2199);
      String lead = lowerAt(i - 1);
      if (year < 0 || !lexicon.leads.contains(lead)) {
        return null;
      }
      int from = keepsLead(lead) ? i - 1 : i;
      return new Match(from, i + 1, at(from).start, at(i).baseEnd(), DateResolver.year(year), false);
    }

    /** "mid-2022". */
    private Match midYear(int i) {
      Token t = at(i);
      String s = t.lower;
      if (s.length() != 8 || !s.startsWith("mid") || !Token.isHyphen(s.charAt(3))) {
        return null;
      }
      int year = digits(s, 4, 8);
      if (year < 1800 || year > 2199) {
        return null;
      }
      return new Match(i, i + 1, t.start, t.end, DateResolver.year(year), false);
    }

    private Lexicon.MonthWord monthWord(Token t) {
      return t != null && t.capitalised() ? lexicon.months.get(t.lowerBase()) : null;
    }
  }

  private static boolean keepsLead(String lead) {
    return lead.equals("early") || lead.equals("late") || lead.equals("mid");
  }

  /** 1 to 31 from "4", "28", "4th", "1st"; otherwise -1. */
  private static int dayNumber(Token t) {
    if (t == null || !t.isNumber()) {
      return -1;
    }
    String s = t.lowerBase();
    int n = s.length();
    if (n > 2 && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
      n -= 2;
    }
    if (n > 2) {
      return -1;
    }
    int d = digits(s, 0, n);
    return d >= 1 && d <= 31 ? d : -1;
  }

  /** A four-digit year within {@code [min, max]}, or -1. */
  private static int yearNumber(Token t, int min, int max) {
    if (t == null || !t.isNumber() || t.lowerBase().length() != 4) {
      return -1;
    }
    int y = digits(t.lowerBase(), 0, 4);
    return y >= min && y <= max ? y : -1;
  }

  /** The number written by the ASCII digits {@code s[from, to)}, or -1 when any is not a digit. */
  private static int digits(String s, int from, int to) {
    if (to <= from || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
