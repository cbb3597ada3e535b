package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2024-02-07T21:30:00Z | 2024-02-07T21:30:00Z",
    "2024-02-07T21:30Z | 2024-02-07T21:30:00Z",
    "2024-02-07T21:30:00.123+03:00 | 2024-02-07T21:30:00+03:00",
    "2024-02-07T21:30:00+0300 | 2024-02-07T21:30:00+03:00",
    "2024-02-07 21:30:00 -05 | 2024-02-07T21:30:00-05:00",
    "2024-02-07T21:30:00 | 2024-02-07",
    "2024-02-07 | 2024-02-07",
    "2024/2/7 | 2024-02-07",
    "Wed, 07 Feb 2024 21:30:00 GMT | 2024-02-07T21:30:00Z",
    "Wed, 7 Feb 2024 21:30:00 +0100 | 2024-02-07T21:30:00+01:00",
    "June 15, 2024 | 2024-06-15",
    "Jan 5, 2024 | 2024-01-05",
    "Sept. 5, 2024 | 2024-09-05",
    "January 4th, 2024 | 2024-01-04",
    "5 January 2024 | 2024-01-05",
    "Friday, 5 January 2024 | 2024-01-05",
    "February 7, 2024 10:30 AM EST | 2024-02-07",
  })
  void normalisesToIso(String raw, String iso) {
    assertEquals(iso, Dates.normalize(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01/05/2024", "January 4", "2024-02-30", "yesterday", "June 35, 2024", "0099-01-01",
    "Jan 4, 2024: US strikes PMF militia base in Baghdad"})
  void doesNotGuess(String raw) {
    assertNull(Dates.normalize(raw));
  }

  @Test
  void dateLinesAreWholeLines() {
    assertEquals("2024-01-05", Dates.dateLine("Jan 5, 2024").iso());
    assertEquals("2024-01-05", Dates.dateLine("Published: Jan 5, 2024").iso());
    assertFalse(Dates.dateLine("Published: Jan 5, 2024").updated());
    assertTrue(Dates.dateLine("Updated on June 16, 2024").updated());
    assertNull(Dates.dateLine("Date January 4, 2023"), "a table row, not a dateline");
    assertEquals("2023-01-04", Dates.dateLine("Date: January 4, 2023").iso());
    assertNull(Dates.dateLine("A strike on January 4, 2024 killed a commander."));
  }

  @Test
  void timeMayComeBeforeTheDate() {
    Dates.DateLine published = Dates.dateLine("Published 11:11 PM EST Nov 19, 2019");
    assertEquals("2019-11-19", published.iso(), "a date only: the zone abbreviation is not guessed into an offset");
    assertFalse(published.updated());
    assertTrue(Dates.dateLine("Updated 7:07 p.m. ET Nov. 20, 2019").updated());
    assertNull(Dates.dateLine("11:11 PM"), "no date");
  }
}
