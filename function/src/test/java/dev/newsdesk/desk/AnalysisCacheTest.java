package dev.newsdesk.desk;

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
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void aWarmDeskReadsNoMemberAgainAndWritesTheSameBytes() throws Exception {
    AtomicInteger cold = new AtomicInteger();
    AtomicInteger warm = new AtomicInteger();
    Map<String, byte[]> without = ArticleReads.runOneByOne(
        new LocalStore(Files.createDirectory(tmp.resolve("without"))), cold, CONFIG.withAnalysisCache(0));
    Map<String, byte[]> with = ArticleReads.runOneByOne(new LocalStore(Files.createDirectory(tmp.resolve("with"))), warm, CONFIG);

    assertTrue(cold.get() > 0, "without a cache, earlier members are read back: " + cold.get());
    assertEquals(0, warm.get(), "with one, every member is in memory");
    assertEquals(without.keySet(), with.keySet());
    without.forEach((k, v) -> assertArrayEquals(v, with.get(k), k));
  }
}
