package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * Quoted speech, verbatim.
 *
 * @param text    the words inside the quotation marks
 * @param speaker who the sentence says spoke them; optional
 * @param cite    the sources it stands in
 */
public record Quote(String text, String speaker, List<Integer> cite) {
  public Quote {
    Objects.requireNonNull(text, "text");
    cite = List.copyOf(cite);
  }
}
