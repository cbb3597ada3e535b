package dev.newsdesk.desk;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.LruMemory;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysed articles a desk has recently read or made, by content hash, the least recently used
 * dropped first. A story is rewritten from its members (up to {@link DeskConfig#storyWindow()} of
 * them) whenever one joins, so without it a story of n articles costs n reads per update. Entries
 * are content-addressed and immutable, so a hit gives exactly what a read would: the cache changes
 * how fast the desk is, never what it writes.
 *
 * <p>Thread-safe.
 */
final class AnalysisCache {
  private final LruMemory<String, Analysis> entries;

  /** @param capacity the most entries kept; 0 keeps none */
  AnalysisCache(int capacity) {
    this.entries = new LruMemory<>(capacity);
  }

  Optional<Analysis> get(String hash) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(hash, "hash")));
  }

  void put(Analysis analysis) {
    entries.put(analysis.hash(), analysis);
  }

  int size() {
    return entries.size();
  }
}
