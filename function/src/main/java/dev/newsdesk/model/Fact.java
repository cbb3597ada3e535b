package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One typed fact of the story.
 *
 * @param slot               what the fact is about: {@code when}, {@code time}, {@code where},
 *                           {@code actor}, {@code target}, {@code killed}, {@code injured}, {@code count}
 * @param value              the value in the source's own words, verbatim: {@code three},
 *                           {@code Wednesday night}, {@code Baghdad’s Mashtal neighbourhood}, {@code 85 strikes}
 * @param words              the sentence of the first cited source the value was read from, verbatim;
 *                           it contains {@code value}
 * @param cite               independent sources whose text gives the value
 * @param independentSources how many independent sources support the value (copies do not count)
 * @param normalized         the value in machine-readable form when the desk can know it: a count in
 *                           digits ({@code 3}), an ISO-8601 date ({@code 2024-02-07}, {@code --01-28}),
 *                           a clock time ({@code 21:30}); {@code null} otherwise
 */
public record Fact(String slot, String value, String words, List<Integer> cite, int independentSources,
    String normalized) {
  public Fact {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(words, "words");
    cite = List.copyOf(cite);
  }

  /** A fact without a machine-readable form. */
  public Fact(String slot, String value, String words, List<Integer> cite, int independentSources) {
    this(slot, value, words, cite, independentSources, null);
  }
}
