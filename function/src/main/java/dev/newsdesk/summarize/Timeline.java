package dev.newsdesk.summarize;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** Ordering of timeline days whose year no source gives. */
final class Timeline {
  private Timeline() {}

  /**
   * Days without a year ({@code --MM-DD}, sorted) in the order they most likely happened. A report
   * looks back over months, not years, so its days fall within one stretch of the calendar: the year
   * turns in the longest gap between consecutive days, counted round the year. "7 October", "4
   * January" and "28 January" come out in that order, because the gap from 28 January to 7 October
   * is the longest.
   *
   * @param days {@code --MM-DD} values, ascending
   */
  static List<String> inYearOrder(List<String> days) {
    int n = days.size();
    if (n < 2) {
      return List.copyOf(days);
    }
    int[] ordinal = new int[n];
    for (int i = 0; i < n; i++) {
      try {
        // Day of a leap year, so that 29 February has a place.
        ordinal[i] = MonthDay.parse(days.get(i)).atYear(2000).getDayOfYear();
      } catch (DateTimeException e) {
        return List.copyOf(days);
      }
    }
    int start = 0;
    int longest = -1;
    for (int i = 0; i < n; i++) {
      int next = (i + 1) % n;
      int gap = Math.floorMod(ordinal[next] - ordinal[i], 366);
      if (gap > longest) {
        longest = gap;
        start = next;
      }
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(days.get((start + i) % n));
    }
    return out;
  }
}
