package dev.newsdesk.model;

import java.util.Objects;

/**
 * A number in the text, with the noun it counts when there is one.
 *
 * @param sentence index of the sentence it stands in
 * @param text     the words as written, e.g. {@code three}, {@code 2,500}, {@code 85}
 * @param value    its numeric value
 * @param unit     the lower-cased noun that follows (e.g. {@code troops}, {@code strikes}); optional
 */
public record NumberMention(int sentence, String text, double value, String unit) {
  public NumberMention {
    Objects.requireNonNull(text, "text");
  }
}
