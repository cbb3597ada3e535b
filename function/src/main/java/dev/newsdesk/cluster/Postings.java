package dev.newsdesk.cluster;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The inverted index: for each vocabulary id, the open stories posted under it, in the order they
 * were posted. A story is posted again each time it changes, so the order is the order in which
 * stories were last continued, and a lookup reads only the newest {@code cap} live postings of a
 * list: a key as common as "said" costs no more to look up at 100,000 open stories than at 1,000,
 * and yields the stories most likely to be continued. A story that no longer shows up under a
 * common key is still found through its rarer keys.
 *
 * <p>Postings are never edited in place: a posting is an (index handle, touch stamp) pair, and it is
 * live while the story holding that handle still carries that stamp. Replacing or removing a story
 * leaves its old postings dead; a list is compacted when most of it is dead. What a lookup returns
 * therefore depends only on the open stories, not on the history of the index, so an index rebuilt
 * from persisted profiles answers exactly as the live one did.
 *
 * <p>Eight bytes a posting. Not thread-safe.
 */
final class Postings {
  /** Whether the story at a handle still carries a stamp. */
  interface Liveness {
    boolean live(int handle, int stamp);
  }

  private final int cap;
  private final Liveness liveness;
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];
  private int[] alive = new int[1024];
  private long entries;

  Postings(int cap, Liveness liveness) {
    this.cap = cap;
    this.liveness = liveness;
  }

  /** Posts the story at {@code handle}, carrying {@code stamp}, under {@code key}. */
  void add(int key, int handle, int stamp) {
    ensure(key);
    int[] list = lists[key] == null ? new int[4] : lists[key];
    int size = sizes[key];
    if (size + 2 > list.length) {
      list = Arrays.copyOf(list, 2 * list.length);
    }
    list[size] = handle;
    list[size + 1] = stamp;
    lists[key] = list;
    sizes[key] = size + 2;
    alive[key]++;
    entries++;
  }

  /** Notes that one posting under {@code key} died; compacts the list when most of it is dead. */
  void died(int key) {
    alive[key]--;
    if (sizes[key] / 2 > 2 * alive[key] + 8) {
      compact(key);
    }
  }

  /** Calls {@code action} with the handles of the newest {@code cap} live postings of {@code key}, newest first. */
  void forNewest(int key, IntConsumer action) {
    if (key >= lists.length || lists[key] == null) {
      return;
    }
    int[] list = lists[key];
    int found = 0;
    for (int i = sizes[key] - 2; i >= 0 && found < cap; i -= 2) {
      if (liveness.live(list[i], list[i + 1])) {
        action.accept(list[i]);
        found++;
      }
    }
  }

  /** Live postings over all keys (for sizing the index). */
  long live() {
    long sum = 0;
    for (int a : alive) {
      sum += a;
    }
    return sum;
  }

  /** Postings held, live or not yet compacted away. */
  long entries() {
    return entries;
  }

  private void compact(int key) {
    int[] list = lists[key];
    int kept = 0;
    for (int i = 0; i < sizes[key]; i += 2) {
      if (liveness.live(list[i], list[i + 1])) {
        list[kept] = list[i];
        list[kept + 1] = list[i + 1];
        kept += 2;
      }
    }
    entries -= (sizes[key] - kept) / 2;
    sizes[key] = kept;
    lists[key] = kept == 0 ? null : Arrays.copyOf(list, Math.max(4, kept));
    alive[key] = kept / 2;
  }

  private void ensure(int key) {
    if (key >= lists.length) {
      int length = Math.max(key + 1, 2 * lists.length);
      lists = Arrays.copyOf(lists, length);
      sizes = Arrays.copyOf(sizes, length);
      alive = Arrays.copyOf(alive, length);
    }
  }
}
