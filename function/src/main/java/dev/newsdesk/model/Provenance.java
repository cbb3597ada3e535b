package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * How a story was made.
 *
 * @param method    the method statement shown to readers
 * @param generator name and version of the software that wrote it
 * @param inputs    content hashes of every member article, sorted
 */
public record Provenance(String method, String generator, List<String> inputs) {
  public Provenance {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(generator, "generator");
    inputs = List.copyOf(inputs);
  }
}
