package dev.newsdesk.desk;

import dev.newsdesk.store.ForwardingStore;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often a desk reads an analysed article back from {@code desk/articles/}. */
final class ArticleReads {
  private ArticleReads() {}

  /** {@code store}, with every read under the default desk prefix's {@code articles/} counted in {@code reads}. */
  static Store counting(Store store, AtomicInteger reads) {
    String prefix = DeskConfig.DEFAULTS.deskPrefix() + "articles/";
    return new ForwardingStore(store) {
      @Override
      public Optional<StoredObject> get(String key, long maxBytes) {
        if (key.startsWith(prefix)) {
          reads.incrementAndGet();
        }
        return super.get(key, maxBytes);
      }
    };
  }

  /**
   * The seeds arriving one run at a time (sweep off), on a desk with {@code config} whose reads of
   * analysed articles are counted in {@code reads}; returns every object under the desk and public
   * prefixes.
   */
  static Map<String, byte[]> runOneByOne(Store store, AtomicInteger reads, DeskConfig config) {
    Desk desk = new Desk(counting(store, reads), config.withSweepTake(0), DeskSeedsTest.CLOCK);
    Samples.seeds().forEach((key, bytes) -> {
      store.put(key, bytes, "text/plain");
      desk.process(List.of(key));
    });
    Map<String, byte[]> out = new TreeMap<>();
    for (String prefix : List.of(config.deskPrefix(), config.publicPrefix())) {
      store.list(prefix).forEach(k -> out.put(k, store.get(k).orElseThrow().bytes()));
    }
    return out;
  }
}
