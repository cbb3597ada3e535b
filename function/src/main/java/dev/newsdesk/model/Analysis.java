package dev.newsdesk.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An article with everything the later stages read from its text.
 *
 * @param article   the extracted article
 * @param sentences the body split into sentences (the title is not among them)
 * @param terms     content-term counts over title and body (stems, as in {@link Sentence#terms()})
 * @param names     name counts over title and body (canonical spellings)
 * @param numbers   numbers found in the body, in text order
 * @param dates     date expressions found in the body, in text order
 */
public record Analysis(
    Article article,
    List<Sentence> sentences,
    SortedMap<String, Integer> terms,
    SortedMap<String, Integer> names,
    List<NumberMention> numbers,
    List<DateMention> dates) {
  public Analysis {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
    names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
  }

  /** Shorthand for {@code article().hash()}. */
  public String hash() {
    return article.hash();
  }
}
