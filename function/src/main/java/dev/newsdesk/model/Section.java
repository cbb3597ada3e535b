package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of the story body.
 *
 * @param section   what the paragraph is for: {@code what happened}, {@code details}, {@code reactions}, {@code background}
 * @param sentences its sentences, in reading order
 */
public record Section(String section, List<Cited> sentences) {
  public Section {
    Objects.requireNonNull(section, "section");
    sentences = List.copyOf(sentences);
  }
}
