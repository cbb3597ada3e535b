package dev.newsdesk.model;

import java.util.Objects;

/**
 * One line of a story's history.
 *
 * @param version the version this change produced
 * @param at      when the desk made it (ISO-8601 instant from the desk's clock)
 * @param what    what changed, in a line: new sources, a merge, a new headline
 */
public record Change(int version, String at, String what) {
  public Change {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(what, "what");
  }
}
