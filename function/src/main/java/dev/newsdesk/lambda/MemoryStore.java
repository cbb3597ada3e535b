package dev.newsdesk.lambda;

import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.ObjectTooLargeException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link Store} held in memory, for the {@link Priming} run: that run must touch no network, no
 * bucket and no disk. It keeps the port's contract, conditional writes included, so the desk runs
 * over it exactly as it runs over S3.
 *
 * <p>Etags are a write counter, so every write gives a new etag. Every object carries the instant
 * given to the constructor as its last-modified time, and the content type it was written with.
 *
 * <p>Thread-safe: every method holds the store's lock. Meant for a few small objects; nothing is
 * ever evicted, so drop the store when done.
 */
final class MemoryStore implements Store {
  private record Entry(byte[] bytes, String etag, String contentType) {}

  private final TreeMap<String, Entry> objects = new TreeMap<>();
  private final Instant lastModified;
  private long writes;

  /** An empty store whose objects all report {@code lastModified} as their time. */
  MemoryStore(Instant lastModified) {
    this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
  }

  @Override
  public synchronized Optional<StoredObject> get(String key, long maxBytes) {
    Entry entry = objects.get(checkKey(key));
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.bytes().length > maxBytes) {
      throw new ObjectTooLargeException(key, entry.bytes().length, maxBytes);
    }
    return Optional.of(new StoredObject(key, entry.bytes().clone(), entry.etag(), lastModified, entry.contentType()));
  }

  @Override
  public synchronized List<String> list(String prefix, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return objects.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().limit(limit).toList();
  }

  @Override
  public synchronized boolean create(String key, byte[] bytes, String contentType) {
    if (objects.containsKey(checkKey(key))) {
      return false;
    }
    write(key, bytes, contentType);
    return true;
  }

  @Override
  public synchronized String replace(String key, byte[] bytes, String contentType, String expectedEtag) {
    Entry current = objects.get(checkKey(key));
    String currentEtag = current == null ? null : current.etag();
    if (!Objects.equals(currentEtag, expectedEtag)) {
      throw new ConflictException(key);
    }
    return write(key, bytes, contentType);
  }

  @Override
  public synchronized void put(String key, byte[] bytes, String contentType) {
    write(checkKey(key), bytes, contentType);
  }

  @Override
  public String describe() {
    return "memory";
  }

  private String write(String key, byte[] bytes, String contentType) {
    String etag = Long.toString(++writes);
    objects.put(key, new Entry(Objects.requireNonNull(bytes, "bytes").clone(), etag, contentType));
    return etag;
  }

  private static String checkKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.startsWith("/")) {
      throw new IllegalArgumentException("key '" + key + "' must be non-empty and not start with '/'");
    }
    return key;
  }
}
