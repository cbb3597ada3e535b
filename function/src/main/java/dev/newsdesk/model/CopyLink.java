package dev.newsdesk.model;

import java.util.Objects;

/**
 * "This article is a copy of that one": found by the dedupe stage.
 *
 * @param copy     content hash of the copy
 * @param original content hash of the earliest original it derives from
 * @param kind     {@code exact} (same text), {@code near} (same text with small edits) or
 *                 {@code derivative} (reworded, same facts in the same order)
 * @param score    the similarity that decided it, 0..1
 */
public record CopyLink(String copy, String original, String kind, double score) {
  public CopyLink {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(kind, "kind");
    if (copy.equals(original)) {
      throw new IllegalArgumentException("an article cannot be a copy of itself: " + copy);
    }
  }
}
