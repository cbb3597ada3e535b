package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One slot on which independent sources give different values. The desk shows every value with its
 * sources and never picks one.
 *
 * @param slot   what the sources disagree about, in words
 * @param claims each value with the words it came from and its sources; at least two
 */
public record Disagreement(String slot, List<Claim> claims) {
  public Disagreement {
    Objects.requireNonNull(slot, "slot");
    claims = List.copyOf(claims);
  }

  /**
   * One side of a disagreement.
   *
   * @param value the value this side gives
   * @param words the sentence it was read from, verbatim
   * @param cite  the sources that give it
   */
  public record Claim(String value, String words, List<Integer> cite) {
    public Claim {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(words, "words");
      cite = List.copyOf(cite);
    }
  }
}
