package dev.newsdesk.desk;

import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredObject;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A write that never replaces a newer object: each object carries a rank (a story's version, the
 * generation of the index it was made from), and is replaced only by one of equal or higher rank,
 * with compare-and-swap, so a slow writer holding an older state never overwrites a newer one.
 */
final class RankedWrite {
  private static final int ATTEMPTS = 10;

  private RankedWrite() {}

  /**
   * Writes {@code bytes} under {@code key} unless the object there already has them or a higher rank
   * than {@code rank}, looking again when another writer got in between.
   *
   * @param rankOf the rank of an object's bytes
   * @throws StoreException when other writers got in between {@value #ATTEMPTS} times
   */
  static void ifNewer(Store store, String key, byte[] bytes, long rank, ToLongFunction<byte[]> rankOf,
      String contentType) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<StoredObject> current = store.get(key);
      if (current.isPresent()) {
        if (Arrays.equals(current.get().bytes(), bytes)) {
          return;
        }
        if (rankOf.applyAsLong(current.get().bytes()) > rank) {
          return;
        }
      }
      try {
        store.replace(key, bytes, contentType, current.map(StoredObject::etag).orElse(null));
        return;
      } catch (ConflictException e) {
        // Someone else wrote it meanwhile; look again.
      }
    }
    throw new StoreException("could not write " + key + " after " + ATTEMPTS + " attempts");
  }
}
