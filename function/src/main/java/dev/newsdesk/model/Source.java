package dev.newsdesk.model;

import java.util.Objects;

/**
 * One article a story draws on.
 *
 * @param n           the number sentences cite it by, from 1
 * @param key         the store key of the article
 * @param hash        content hash of the article's bytes
 * @param title       its title
 * @param publisher   optional
 * @param url         optional
 * @param published   optional, ISO-8601
 * @param copyOf      for a copy or rewrite: the number of the original it was derived from; else {@code null}
 * @param copyKind    {@code exact}, {@code near} or {@code derivative} for copies; else {@code null}
 * @param independent whether it counts as an independent source (false for every copy)
 */
public record Source(
    int n,
    String key,
    String hash,
    String title,
    String publisher,
    String url,
    String published,
    Integer copyOf,
    String copyKind,
    boolean independent) {
  public Source {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(title, "title");
    if (independent && copyOf != null) {
      throw new IllegalArgumentException("source " + n + " is a copy of " + copyOf + " and cannot be independent");
    }
  }
}
