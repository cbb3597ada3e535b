package dev.newsdesk.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date spellings found in pages into ISO-8601: {@code 2024-02-07T21:30:00Z} or
 * {@code 2024-02-07T21:30:00+03:00} when the source gives a time and a zone, {@code 2024-02-07}
 * otherwise. Ambiguous spellings (such as {@code 01/05/2024}) and dates without a year give
 * {@code null}: a date is never guessed. Stateless.
 */
final class Dates {
  private Dates() {}

  private static final DateTimeFormatter OFFSET_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** A date line longer than this is a sentence that mentions a date, not a dateline. */
  private static final int MAX_DATE_LINE = 80;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+)?";
  private static final String TIME =
      "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?";
  private static final String PREFIX =
      "(?:(published|posted|updated|last\\s+updated|modified|date(?=\\s*:))(?:\\s+on)?\\s*:?\\s+)?";

  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      PREFIX + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      PREFIX + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  /** "Published 11:11 PM EST Nov 19, 2019": the time before the date. */
  private static final Pattern TIME_MONTH_DAY_YEAR = Pattern.compile(
      PREFIX + "(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?,?\\s+(?:on\\s+)?"
          + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile(
      PREFIX + "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
          + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?",
      Pattern.CASE_INSENSITIVE);

  /**
   * A date found on a line of its own.
   *
   * @param iso     the ISO date ({@code yyyy-MM-dd})
   * @param updated whether the line says the date is an update ("Updated June 16, 2024")
   */
  record DateLine(String iso, boolean updated) {}

  /**
   * Normalises a metadata value (ISO-8601, RFC 1123, or "June 15, 2024" style); {@code null} when the
   * value is not a date this class can read without guessing.
   */
  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String value = Prose.normalize(raw);
    if (value.isEmpty() || value.length() > 80) {
      return null;
    }
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      return fromIso(iso);
    }
    String rfc = fromRfc1123(value);
    if (rfc != null) {
      return rfc;
    }
    DateLine line = dateLine(value);
    return line == null ? null : line.iso();
  }

  /**
   * Reads a line that is nothing but a date, optionally with a weekday, a time, or a "Published" /
   * "Updated" prefix: {@code June 15, 2024}, {@code Jan 5, 2024}, {@code Friday 5 January 2024}.
   * Returns {@code null} for anything else, including lines that merely start with a date.
   */
  static DateLine dateLine(String line) {
    if (line.length() > MAX_DATE_LINE || !hasYearDigits(line)) {
      return null;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(line);
    if (m.matches()) {
      return dateLine(m.group(1), m.group(3), m.group(2), m.group(4));
    }
    m = DAY_MONTH_YEAR.matcher(line);
    if (m.matches()) {
      return dateLine(m.group(1), m.group(2), m.group(3), m.group(4));
    }
    m = TIME_MONTH_DAY_YEAR.matcher(line);
    if (m.matches()) {
      return dateLine(m.group(1), m.group(3), m.group(2), m.group(4));
    }
    m = ISO.matcher(line);
    if (m.matches() && m.group(5) == null) {
      String iso = fromIso(m);
      return iso == null ? null : new DateLine(iso, isUpdate(m.group(1)));
    }
    return null;
  }

  /** Whether four digits stand in a row somewhere (every date this class reads has a year). */
  private static boolean hasYearDigits(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static DateLine dateLine(String prefix, String day, String month, String year) {
    Integer monthNumber = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
    String iso = date(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
    return iso == null ? null : new DateLine(iso, isUpdate(prefix));
  }

  private static boolean isUpdate(String prefix) {
    if (prefix == null) {
      return false;
    }
    String p = prefix.toLowerCase(Locale.ROOT);
    return p.contains("updated") || p.contains("modified");
  }

  private static String fromIso(Matcher m) {
    int year = Integer.parseInt(m.group(2));
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    String date = date(year, month, day);
    if (date == null || m.group(5) == null || m.group(8) == null) {
      return date;
    }
    try {
      int seconds = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
      LocalDateTime local = LocalDateTime.of(
          year, month, day, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), seconds);
      return OffsetDateTime.of(local, offset(m.group(8))).format(OFFSET_FORMAT);
    } catch (DateTimeException e) {
      return date;
    }
  }

  private static ZoneOffset offset(String zone) {
    String z = zone.toUpperCase(Locale.ROOT);
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = z.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static String fromRfc1123(String value) {
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).format(OFFSET_FORMAT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String date(int year, int month, int day) {
    if (year < 1000 || year > 9999) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
