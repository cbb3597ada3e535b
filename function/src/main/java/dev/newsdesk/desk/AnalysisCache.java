package dev.newsdesk.desk;

import dev.newsdesk.model.Analysis;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysed articles a desk has recently read or made, by content hash, the least recently used
 * dropped first. A story is rewritten from its members (up to {@link DeskConfig#storyWindow()} of
 * them) whenever one joins, so without it a story of n articles costs n reads per update. Entries are content-addressed and immutable, so a
 * hit gives exactly what a read would: the cache changes how fast the desk is, never what it writes.
 *
 * <p>Thread-safe.
 */
final class AnalysisCache {
  private final int capacity;
  private final Map<String, Analysis> entries;

  /** @param capacity the most entries kept; 0 keeps none */
  AnalysisCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
        return size() > AnalysisCache.this.capacity;
      }
    };
  }

  synchronized Optional<Analysis> get(String hash) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(hash, "hash")));
  }

  synchronized void put(Analysis analysis) {
    if (capacity > 0) {
      entries.put(analysis.hash(), analysis);
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
