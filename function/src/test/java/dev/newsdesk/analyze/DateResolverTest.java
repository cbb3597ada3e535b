package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  private final DateResolver published = new DateResolver(LocalDate.of(2024, 2, 8), 7);
  private final DateResolver unknown = new DateResolver(null, 7);

  @Test
  void explicitValues() {
    assertEquals("2024-01-04", DateResolver.day(2024, 1, 4));
    assertNull(DateResolver.day(2023, 2, 29));
    assertEquals("2024-01", DateResolver.month(2024, 1));
    assertEquals("0999", DateResolver.year(999));
  }

  @Test
  void dayWithoutYear() {
    assertEquals("2024-02-15", published.dayWithoutYear(2, 15));
    assertEquals("2023-02-16", published.dayWithoutYear(2, 16));
    assertEquals("--02-16", unknown.dayWithoutYear(2, 16));
    assertNull(published.dayWithoutYear(4, 31));
    assertEquals("2025-01-02", new DateResolver(LocalDate.of(2024, 12, 30), 7).dayWithoutYear(1, 2));
  }

  @Test
  void toleranceIsConfigurable() {
    assertEquals("2023-02-09", new DateResolver(LocalDate.of(2024, 2, 8), 0).dayWithoutYear(2, 9));
  }

  @Test
  void monthWithoutYear() {
    assertEquals("2024-02", published.monthWithoutYear(2));
    assertEquals("2023-03", published.monthWithoutYear(3));
    assertEquals("--03", unknown.monthWithoutYear(3));
  }

  @Test
  void weekdays() {
    assertEquals("2024-02-08", published.weekday(DayOfWeek.THURSDAY, 0));
    assertEquals("2024-02-01", published.weekday(DayOfWeek.THURSDAY, -1));
    assertEquals("2024-02-15", published.weekday(DayOfWeek.THURSDAY, 1));
    assertEquals("2024-02-07", published.weekday(DayOfWeek.WEDNESDAY, 0));
    assertNull(unknown.weekday(DayOfWeek.WEDNESDAY, 0));
  }

  @Test
  void relativePeriods() {
    assertEquals("2024-02-07", published.daysFromPublication(-1));
    assertEquals("2024-W05", published.weeksFromPublication(-1));
    assertEquals("2024-01", published.monthsFromPublication(-1));
    assertEquals("2023", published.yearsFromPublication(-1));
    assertEquals("2023-W52", new DateResolver(LocalDate.of(2024, 1, 5), 7).weeksFromPublication(-1));
    assertNull(unknown.daysFromPublication(-1));
    assertNull(unknown.weeksFromPublication(-1));
    assertNull(unknown.monthsFromPublication(-1));
    assertNull(unknown.yearsFromPublication(-1));
  }
}
