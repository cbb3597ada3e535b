package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  @Test
  void theYearTurnsInTheLongestGap() {
    assertEquals(List.of("--10-07", "--01-04", "--01-28"), Timeline.inYearOrder(List.of("--01-04", "--01-28", "--10-07")));
    assertEquals(List.of("--03-01", "--05-02", "--07-30"), Timeline.inYearOrder(List.of("--03-01", "--05-02", "--07-30")));
    assertEquals(List.of("--12-30", "--01-02"), Timeline.inYearOrder(List.of("--01-02", "--12-30")));
    assertEquals(List.of("--02-29"), Timeline.inYearOrder(List.of("--02-29")));
  }
}
