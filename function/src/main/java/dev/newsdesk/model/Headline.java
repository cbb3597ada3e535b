package dev.newsdesk.model;

import java.util.Objects;

/**
 * The story's headline: the title of one source, cleaned of site suffixes.
 *
 * @param text   the headline
 * @param source the number of the source whose title it is
 */
public record Headline(String text, int source) {
  public Headline {
    Objects.requireNonNull(text, "text");
  }
}
