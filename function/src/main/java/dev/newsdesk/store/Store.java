package dev.newsdesk.store;

import java.util.List;
import java.util.Optional;

/**
 * Keyed object storage with conditional writes. Keys are '/'-separated paths without a leading
 * slash, e.g. {@code desk/index.json}.
 *
 * <p>Implementations are thread-safe and safe across processes: two writers racing on
 * {@link #create} or {@link #replace} for one key never both succeed. Every method throws
 * {@link StoreException} on a systemic failure.
 */
public interface Store {

  /**
   * Reads an object, refusing to read more than {@code maxBytes} into memory.
   *
   * @return the object, or empty when there is none under {@code key}
   * @throws ObjectTooLargeException when the object is larger than {@code maxBytes}
   */
  Optional<StoredObject> get(String key, long maxBytes);

  /** Reads an object of any size. */
  default Optional<StoredObject> get(String key) {
    return get(key, Long.MAX_VALUE);
  }

  /** Every key that starts with {@code prefix}, sorted. */
  default List<String> list(String prefix) {
    return list(prefix, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} keys, in sorted order, that start with {@code prefix}. A caller that must
   * know whether there are more asks for one more than it needs. An S3 store stops paging once it
   * has them, so a small limit costs one request however many keys there are.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  List<String> list(String prefix, int limit);

  /**
   * Writes an object only if none exists under {@code key} (S3 {@code If-None-Match: *}).
   *
   * @return {@code true} if this call created it, {@code false} if an object was already there
   */
  boolean create(String key, byte[] bytes, String contentType);

  /**
   * Compare-and-swap: writes only if the current object still has {@code expectedEtag}
   * (S3 {@code If-Match}); with {@code expectedEtag == null}, only if no object exists.
   *
   * @return the new object's etag
   * @throws ConflictException when the object changed or appeared since it was read
   */
  String replace(String key, byte[] bytes, String contentType, String expectedEtag);

  /** Writes unconditionally (last writer wins). */
  void put(String key, byte[] bytes, String contentType);

  /** A short description for logs, e.g. {@code s3://bucket/prefix} or a folder path. */
  String describe();
}
