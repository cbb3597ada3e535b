package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence as published in a story, with the sources it stands in verbatim.
 *
 * @param text    the sentence exactly as in the cited sources (whitespace-normalised); when
 *                {@code trimmed} is set, exactly the rest of the source sentence after the cut
 * @param cite    source numbers ({@link Source#n()}), ascending; never empty
 * @param trimmed what was cut from the source sentence, e.g. {@code dateline} for a wire report's
 *                "LONDON (AP) _" label; {@code null} when the sentence is published whole
 */
public record Cited(String text, List<Integer> cite, String trimmed) {
  public Cited {
    Objects.requireNonNull(text, "text");
    cite = List.copyOf(cite);
    if (cite.isEmpty()) {
      throw new IllegalArgumentException("sentence without a citation: '" + text + "'");
    }
    if (trimmed != null && trimmed.isBlank()) {
      throw new IllegalArgumentException("trimmed must be null or say what was cut: '" + text + "'");
    }
  }

  /** A sentence published whole. */
  public Cited(String text, List<Integer> cite) {
    this(text, cite, null);
  }
}
