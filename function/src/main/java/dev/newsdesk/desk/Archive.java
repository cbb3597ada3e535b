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
 *       hash, input keys, story, title, date), found by content hash;
 *   <li>{@code <deskPrefix>archive/keys/<input key>}: a mark for each input key, which the sweep lists
 *       folder by folder, as it lists the inputs.
 * </ul>
 *
 * <p>The desk writes an article's entry and marks whole, before the index that drops the article.
 * What a writer leaves here and then loses the race for the index with is harmless: the archive is
 * read only for articles and keys the index no longer holds, and archiving those writes their
 * entries again. Once archived, an entry changes only by gaining an input key, with compare-and-swap.
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

  /** An archived article's entry, with the etag it was read with. */
  record Found(DeskState.ArticleEntry entry, String etag) {}

  /** One object to write: whole when {@code etag} is {@code null}, else by compare-and-swap on it. */
  record Write(String key, byte[] bytes, String etag) {}

  /** The archived entry of the article with content {@code hash}, if its story left the index. */
  Optional<Found> find(String hash) {
    String key = articleKey(hash);
    return store.get(key).map(o -> new Found(json.read(o.bytes(), DeskState.ArticleEntry.class, key), o.etag()));
  }

  /** The input keys under {@code folder} whose articles are archived, as far as a sweep looks. */
  Set<String> keysIn(String folder) {
    int strip = keysPrefix().length();
    Set<String> keys = new HashSet<>();
    store.list(keysPrefix() + folder, config.sweepScan() + 1).forEach(k -> keys.add(k.substring(strip)));
    return keys;
  }

  /** What archiving an article writes: its entry and a mark for each of its input keys. */
  List<Write> entry(DeskState.ArticleEntry entry) {
    List<Write> writes = new ArrayList<>();
    writes.add(new Write(articleKey(entry.hash()), json.write(entry), null));
    entry.keys().forEach(key -> writes.add(mark(key, entry.hash())));
    return writes;
  }

  /** What adding input keys to an archived article writes: the entry, swapped, and their marks. */
  List<Write> addKeys(Found found, Collection<String> keys) {
    DeskState.ArticleEntry e = found.entry();
    TreeSet<String> all = new TreeSet<>(e.keys());
    all.addAll(keys);
    List<Write> writes = new ArrayList<>();
    writes.add(new Write(articleKey(e.hash()),
        json.write(new DeskState.ArticleEntry(e.hash(), List.copyOf(all), e.story(), e.title(), e.published())),
        found.etag()));
    keys.forEach(key -> writes.add(mark(key, e.hash())));
    return writes;
  }

  /**
   * Writes {@code writes} in order.
   *
   * @throws dev.newsdesk.store.ConflictException when an entry changed since it was read
   */
  void write(List<Write> writes) {
    for (Write w : writes) {
      if (w.etag() == null) {
        store.put(w.key(), w.bytes(), "application/json");
      } else {
        store.replace(w.key(), w.bytes(), "application/json", w.etag());
      }
    }
  }

  private Write mark(String inputKey, String hash) {
    Map<String, String> mark = new TreeMap<>();
    mark.put("hash", hash);
    mark.put("key", inputKey);
    return new Write(keysPrefix() + inputKey, json.write(mark), null);
  }

  private String articleKey(String hash) {
    return config.deskPrefix() + "archive/articles/" + Hashes.hex(hash) + ".json";
  }

  private String keysPrefix() {
    return config.deskPrefix() + "archive/keys/";
  }
}
