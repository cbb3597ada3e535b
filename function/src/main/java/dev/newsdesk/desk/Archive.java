package dev.newsdesk.desk;

import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.publish.Json;
import dev.newsdesk.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the articles of closed stories go when their story leaves the desk index, so that later runs
 * still recognise them without the index holding every article ever seen:
 *
 * <ul>
 *   <li>{@code <deskPrefix>archive/articles/<hex of hash>.json}: the article's index entry (content
 *       hash, input keys, story, title, date) and the generation of the index that archived it,
 *       found by content hash;
 *   <li>{@code <deskPrefix>archive/keys/<input key>}: a mark for each input key, which the sweep lists
 *       folder by folder, as it lists the inputs.
 * </ul>
 *
 * <p>The desk writes an article's entry and marks before the index that drops the article. A writer
 * that then loses the race for the index leaves them behind, which is harmless: the archive is read
 * only for articles and keys the index no longer holds, and archiving those writes their entries
 * again. An entry is replaced only by one from the same or a later generation, so a slow writer
 * holding an older index never overwrites what a newer one archived. Once archived, an entry
 * changes only by gaining an input key, with compare-and-swap.
 */
final class Archive {
  private final Store store;
  private final DeskConfig config;
  private final Json json;

  Archive(Store store, DeskConfig config, Json json) {
    this.store = store;
    this.config = config;
    this.json = json;
  }

  /**
   * What the archive keeps of an article: its index entry's fields and the generation of the index
   * that archived it (the rank of the entry).
   */
  record Entry(String hash, List<String> keys, String story, String title, String published, long generation) {
    static Entry of(DeskState.ArticleEntry e, long generation) {
      return new Entry(e.hash(), e.keys(), e.story(), e.title(), e.published(), generation);
    }
  }

  /** An archived article's entry, with the etag it was read with. */
  record Found(Entry entry, String etag) {}

  /**
   * One object to write: by compare-and-swap on {@code etag} when there is one; else, with a
   * {@code rank} of 0 or more, unless an entry of a higher generation is there; else whole.
   */
  record Write(String key, byte[] bytes, String etag, long rank) {}

  /** The archived entry of the article with content {@code hash}, if its story left the index. */
  Optional<Found> find(String hash) {
    String key = articleKey(hash);
    return store.get(key).map(o -> new Found(json.read(o.bytes(), Entry.class, key), o.etag()));
  }

  /** The input keys under {@code folder} whose articles are archived, as far as a sweep looks. */
  Set<String> keysIn(String folder) {
    int strip = keysPrefix().length();
    Set<String> keys = new HashSet<>();
    store.list(keysPrefix() + folder, config.sweepScan() + 1).forEach(k -> keys.add(k.substring(strip)));
    return keys;
  }

  /**
   * What archiving an article in the index of {@code generation} writes: its entry and a mark for each
   * of its input keys.
   */
  List<Write> entry(DeskState.ArticleEntry entry, long generation) {
    List<Write> writes = new ArrayList<>();
    writes.add(new Write(articleKey(entry.hash()), json.write(Entry.of(entry, generation)), null, generation));
    entry.keys().forEach(key -> writes.add(mark(key, entry.hash())));
    return writes;
  }

  /** What adding input keys to an archived article writes: the entry, swapped, and their marks. */
  List<Write> addKeys(Found found, Collection<String> keys) {
    Entry e = found.entry();
    TreeSet<String> all = new TreeSet<>(e.keys());
    all.addAll(keys);
    List<Write> writes = new ArrayList<>();
    writes.add(new Write(articleKey(e.hash()),
        json.write(new Entry(e.hash(), List.copyOf(all), e.story(), e.title(), e.published(), e.generation())),
        found.etag(), -1));
    keys.forEach(key -> writes.add(mark(key, e.hash())));
    return writes;
  }

  /**
   * Writes {@code writes} in order.
   *
   * @throws dev.newsdesk.store.ConflictException when an entry gaining a key changed since it was read
   *     (apply the batch again to the newer state)
   */
  void write(List<Write> writes) {
    for (Write w : writes) {
      if (w.etag() != null) {
        store.replace(w.key(), w.bytes(), "application/json", w.etag());
      } else if (w.rank() < 0) {
        store.put(w.key(), w.bytes(), "application/json");
      } else {
        RankedWrite.ifNewer(store, w.key(), w.bytes(), w.rank(), b -> json.readLong(b, "generation", w.key()),
            "application/json");
      }
    }
  }

  private Write mark(String inputKey, String hash) {
    Map<String, String> mark = new TreeMap<>();
    mark.put("hash", hash);
    mark.put("key", inputKey);
    return new Write(keysPrefix() + inputKey, json.write(mark), null, -1);
  }

  private String articleKey(String hash) {
    return config.deskPrefix() + "archive/articles/" + Hashes.hex(hash) + ".json";
  }

  private String keysPrefix() {
    return config.deskPrefix() + "archive/keys/";
  }
}
