package dev.newsdesk.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Turns a date expression into an ISO-8601 value, using only the article's publication date (never
 * the clock). Immutable and thread-safe.
 *
 * <p>Values: a day {@code 2024-01-28}; a month {@code 2024-01}; a year {@code 2024}; an ISO week
 * {@code 2024-W05} ("last week"); a partial date {@code --01-28} or month {@code --01} when the year
 * is not written and no publication date is known; {@code null} for a relative expression without a
 * publication date.
 */
final class DateResolver {

  private final LocalDate published;
  private final LocalDate latest;

  /**
   * @param published     the publication date, or {@code null} when unknown
   * @param toleranceDays how far after publication a date without a year may fall
   */
  DateResolver(LocalDate published, int toleranceDays) {
    this.published = published;
    this.latest = published == null ? null : published.plusDays(toleranceDays);
  }

  boolean knowsPublication() {
    return published != null;
  }

  /** A day with a written year, or {@code null} when there is no such day (31 February). */
  static String day(int year, int month, int day) {
    if (!validDay(year, month, day)) {
      return null;
    }
    return LocalDate.of(year, month, day).toString();
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  /**
   * A day without a written year: the latest year that puts it on or before publication plus the
   * tolerance ("28 December" published 2024-01-05 is 2023-12-28); {@code --MM-DD} without a
   * publication date; {@code null} when the day does not exist in any year (31 April).
   */
  String dayWithoutYear(int month, int day) {
    if (!validDay(2000, month, day)) {
      return null;
    }
    if (published == null) {
      return String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }
    for (int year = latest.getYear(); year > latest.getYear() - 9; year--) {
      if (validDay(year, month, day)) {
        LocalDate date = LocalDate.of(year, month, day);
        if (!date.isAfter(latest)) {
          return date.toString();
        }
      }
    }
    return null;
  }

  /** A month without a written year, by the same rule applied to its first day; {@code --MM} without a publication date. */
  String monthWithoutYear(int month) {
    if (published == null) {
      return String.format(Locale.ROOT, "--%02d", month);
    }
    int year = latest.getYear();
    if (YearMonth.of(year, month).atDay(1).isAfter(latest)) {
      year--;
    }
    return month(year, month);
  }

  /**
   * A weekday: {@code step} 0 is the most recent such day on or before publication (the publication
   * day itself when it is that weekday), -1 the most recent strictly before ("last Friday"), +1 the
   * first strictly after ("next Friday"). {@code null} without a publication date.
   */
  String weekday(DayOfWeek day, int step) {
    if (published == null) {
      return null;
    }
    LocalDate date = switch (step) {
      case -1 -> published.with(TemporalAdjusters.previous(day));
      case 1 -> published.with(TemporalAdjusters.next(day));
      default -> published.with(TemporalAdjusters.previousOrSame(day));
    };
    return date.toString();
  }

  /** The publication date moved by {@code days}; {@code null} without a publication date. */
  String daysFromPublication(long days) {
    return published == null ? null : published.plusDays(days).toString();
  }

  /** The ISO week {@code weeks} weeks from the publication week ({@code 2024-W05}). */
  String weeksFromPublication(long weeks) {
    if (published == null) {
      return null;
    }
    LocalDate d = published.plusWeeks(weeks);
    return String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The month {@code months} months from the publication month ({@code 2024-01}). */
  String monthsFromPublication(long months) {
    if (published == null) {
      return null;
    }
    YearMonth m = YearMonth.from(published).plusMonths(months);
    return month(m.getYear(), m.getMonthValue());
  }

  /** The year {@code years} years from the publication year. */
  String yearsFromPublication(long years) {
    return published == null ? null : year(published.getYear() + (int) years);
  }

  private static boolean validDay(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day);
  }
}
