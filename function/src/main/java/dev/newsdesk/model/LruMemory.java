package dev.newsdesk.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map that forgets the least recently used entry first: the memory behind the desk's
 * analysis cache and copy detection's fingerprints and checks. Thread-safe; a capacity of 0
 * remembers nothing.
 *
 * @param <K> keys, with value equality
 * @param <V> values; not null
 */
public final class LruMemory<K, V> {
  private final int capacity;
  private final Map<K, V> entries;

  /** @param capacity the most entries kept; 0 keeps none */
  public LruMemory(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > LruMemory.this.capacity;
      }
    };
  }

  /** The remembered value, now the most recently used, or {@code null}. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    if (capacity > 0) {
      entries.put(key, value);
    }
  }

  public synchronized int size() {
    return entries.size();
  }
}
