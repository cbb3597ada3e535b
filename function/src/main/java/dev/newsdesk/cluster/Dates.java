package dev.newsdesk.cluster;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading the analyze stage's ISO date values for time compatibility checks. */
final class Dates {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PARTIAL_DAY = Pattern.compile("--\\d{2}-\\d{2}");

  private Dates() {}

  static boolean isDay(String value) {
    return DAY.matcher(value).matches();
  }

  /**
   * The date a value names, for a full date; for a day without a year ({@code --01-28}), the
   * occurrence nearest to {@code near}; {@code null} for months, years and anything else.
   */
  static LocalDate nearest(String value, LocalDate near) {
    try {
      if (isDay(value)) {
        return LocalDate.parse(value);
      }
      if (PARTIAL_DAY.matcher(value).matches()) {
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(5, 7));
        LocalDate best = null;
        for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
          LocalDate candidate = LocalDate.of(year, month, day);
          if (best == null || Math.abs(ChronoUnit.DAYS.between(near, candidate))
              < Math.abs(ChronoUnit.DAYS.between(near, best))) {
            best = candidate;
          }
        }
        return best;
      }
    } catch (DateTimeException e) {
      return null; // "--02-30": not a real day, so no evidence
    }
    return null;
  }

  /** The weekday a date expression names ("Wednesday night" is a Wednesday), or {@code null}. */
  static DayOfWeek weekday(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (lower.contains(day.name().toLowerCase(Locale.ROOT))) {
        return day;
      }
    }
    return null;
  }
}
