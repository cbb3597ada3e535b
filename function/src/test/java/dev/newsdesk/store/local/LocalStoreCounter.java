package dev.newsdesk.store.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import java.nio.file.Path;

/**
 * A counter kept in one store object and increased by compare-and-swap, retrying on conflict.
 *
 * <p>Its {@link #main} is the child process of {@link LocalStoreCrossProcessTest}:
 * {@code LocalStoreCounter <root> <key> <increments>} increments the counter and prints how many
 * conflicts it retried on.
 */
final class LocalStoreCounter {
  private LocalStoreCounter() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: LocalStoreCounter <root> <key> <increments>");
      System.exit(2);
    }
    Store store = new LocalStore(Path.of(args[0]));
    int conflicts = 0;
    for (int i = 0; i < Integer.parseInt(args[2]); i++) {
      conflicts += increment(store, args[1]);
    }
    System.out.println("conflicts=" + conflicts);
  }

  /** Adds one to the counter under {@code key}; returns how many conflicts it retried on. */
  static int increment(Store store, String key) {
    int conflicts = 0;
    while (true) {
      StoredObject current = store.get(key).orElseThrow(() -> new IllegalStateException("no counter at " + key));
      long value = Long.parseLong(new String(current.bytes(), UTF_8));
      try {
        store.replace(key, Long.toString(value + 1).getBytes(UTF_8), "text/plain", current.etag());
        return conflicts;
      } catch (ConflictException e) {
        conflicts++; // another writer won this round: read its value and try again
      }
    }
  }
}
