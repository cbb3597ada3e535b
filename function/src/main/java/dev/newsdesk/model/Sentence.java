package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article, as the analyze stage split it.
 *
 * @param index     position in the article, from 0, across all paragraphs
 * @param paragraph index of the paragraph it belongs to, from 0
 * @param text      the sentence exactly as it stands in the article (whitespace-normalised)
 * @param terms     content terms: lower-cased (Locale.ROOT), stemmed, stop words removed, in text order, with repeats
 * @param names     capitalised names it mentions, in their canonical spelling, in text order, with repeats
 */
public record Sentence(int index, int paragraph, String text, List<String> terms, List<String> names) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    terms = List.copyOf(terms);
    names = List.copyOf(names);
  }
}
