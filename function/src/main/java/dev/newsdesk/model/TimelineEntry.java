package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event mentioned by a source.
 *
 * @param date ISO-8601 date as resolved by the analyze stage: {@code 2024-01-28}, or {@code --01-28} when
 *             the year is unknown, or a month {@code 2024-01}
 * @param text the sentence that mentions it, verbatim
 * @param cite the sources it stands in
 */
public record TimelineEntry(String date, String text, List<Integer> cite) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    cite = List.copyOf(cite);
  }
}
