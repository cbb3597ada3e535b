package dev.newsdesk.desk;

import static dev.newsdesk.desk.DeskSeedsTest.CLOCK;
import static dev.newsdesk.desk.DeskSeedsTest.CONFIG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.store.ForwardingStore;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCacheTest {
  @TempDir Path tmp;

  private static List<Analysis> seedAnalyses() {
    Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);
    Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);
    List<Analysis> out = new ArrayList<>();
    Samples.seeds().forEach((key, bytes) -> out.add(
        analyzer.analyze((Article) extractor.extract(new RawDocument(key, bytes, null, "text/plain")))));
    return out;
  }

  @Test
  void theLeastRecentlyUsedEntryGoesFirst() {
    List<Analysis> a = seedAnalyses();
    AnalysisCache cache = new AnalysisCache(2);
    cache.put(a.get(0));
    cache.put(a.get(1));
    assertTrue(cache.get(a.get(0).hash()).isPresent()); // 0 is now the most recently used
    cache.put(a.get(2));

    assertEquals(2, cache.size());
    assertTrue(cache.get(a.get(0).hash()).isPresent());
    assertEquals(Optional.empty(), cache.get(a.get(1).hash()));
    assertTrue(cache.get(a.get(2).hash()).isPresent());
  }

  @Test
  void capacityZeroKeepsNothingAndANegativeCapacityIsRefused() {
    AnalysisCache none = new AnalysisCache(0);
    none.put(seedAnalyses().get(0));
    assertEquals(0, none.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AnalysisCache(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CONFIG.withAnalysisCache(-3));
  }

  /** A store that counts reads of analysed articles under {@code desk/articles/}. */
  private static Store counting(Store store, AtomicInteger articleReads) {
    return new ForwardingStore(store) {
      @Override
      public Optional<StoredObject> get(String key, long maxBytes) {
        if (key.startsWith(CONFIG.deskPrefix() + "articles/")) {
          articleReads.incrementAndGet();
        }
        return super.get(key, maxBytes);
      }
    };
  }

  /** Articles arriving one run at a time, each read counted; returns every output object. */
  private static Map<String, byte[]> runOneByOne(Store store, AtomicInteger articleReads, DeskConfig config) {
    Desk desk = new Desk(counting(store, articleReads), config.withSweepTake(0), CLOCK);
    Samples.seeds().forEach((key, bytes) -> {
      store.put(key, bytes, "text/plain");
      desk.process(List.of(key));
    });
    Map<String, byte[]> out = new TreeMap<>();
    for (String prefix : List.of(CONFIG.deskPrefix(), CONFIG.publicPrefix())) {
      store.list(prefix).forEach(k -> out.put(k, store.get(k).orElseThrow().bytes()));
    }
    return out;
  }

  @Test
  void aWarmDeskReadsNoMemberAgainAndWritesTheSameBytes() throws Exception {
    AtomicInteger cold = new AtomicInteger();
    AtomicInteger warm = new AtomicInteger();
    Map<String, byte[]> without = runOneByOne(
        new LocalStore(Files.createDirectory(tmp.resolve("without"))), cold, CONFIG.withAnalysisCache(0));
    Map<String, byte[]> with = runOneByOne(new LocalStore(Files.createDirectory(tmp.resolve("with"))), warm, CONFIG);

    assertTrue(cold.get() > 0, "without a cache, earlier members are read back: " + cold.get());
    assertEquals(0, warm.get(), "with one, every member is in memory");
    assertEquals(without.keySet(), with.keySet());
    without.forEach((k, v) -> assertArrayEquals(v, with.get(k), k));
  }
}
