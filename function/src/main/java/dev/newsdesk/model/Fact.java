package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One typed fact of the story.
 *
 * @param slot               what the fact is about: {@code when}, {@code where}, {@code killed}, {@code injured}, ...
 * @param value              the value, as a string (a count in digits, an ISO date, a place name)
 * @param words              the words of the cited sentence the value was read from, verbatim
 * @param cite               sources whose text carries the value
 * @param independentSources how many independent sources support the value (copies do not count)
 */
public record Fact(String slot, String value, String words, List<Integer> cite, int independentSources) {
  public Fact {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(words, "words");
    cite = List.copyOf(cite);
  }
}
