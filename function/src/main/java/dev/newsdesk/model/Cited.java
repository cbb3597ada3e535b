package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence as published in a story, with the sources it stands in verbatim.
 *
 * @param text the sentence exactly as in the cited sources (whitespace-normalised)
 * @param cite source numbers ({@link Source#n()}), ascending; never empty
 */
public record Cited(String text, List<Integer> cite) {
  public Cited {
    Objects.requireNonNull(text, "text");
    cite = List.copyOf(cite);
    if (cite.isEmpty()) {
      throw new IllegalArgumentException("sentence without a citation: '" + text + "'");
    }
  }
}
