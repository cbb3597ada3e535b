package dev.newsdesk.desk;

import static dev.newsdesk.desk.DeskSeedsTest.CLOCK;
import static dev.newsdesk.desk.DeskSeedsTest.CONFIG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep: a run also takes the inputs nobody has processed yet from the folders of its keys, so
 * notifications that arrive out of order, or twice, or not at all, give the desk of one run over
 * every file (DESIGN.md, invariant 4: the same inputs in any arrival order give the same bytes).
 */
class DeskSweepTest {
  @TempDir Path tmp;

  private static Store seeded(Path root) {
    Store store = new LocalStore(root);
    Samples.seeds().forEach((k, v) -> store.put(k, v, "text/plain"));
    return store;
  }

  /** Every object under the desk's and the public prefix, by key. */
  private static Map<String, byte[]> outputs(Store store) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String prefix : List.of(CONFIG.deskPrefix(), CONFIG.publicPrefix())) {
      for (String key : store.list(prefix)) {
        files.put(key, store.get(key).orElseThrow().bytes());
      }
    }
    return files;
  }

  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": the same objects");
    expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k),
        () -> what + ": " + k + "\n" + new String(actual.get(k), StandardCharsets.UTF_8)));
  }

  @Test
  void oneKeyPerRunInAnyOrderAndRepeatedGivesTheBytesOfOneRunOverEveryFile() throws Exception {
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    Store once = seeded(Files.createDirectory(tmp.resolve("once")));
    new Desk(once, CONFIG, CLOCK).process(keys);
    Map<String, byte[]> expected = outputs(once);

    for (long seed = 1; seed <= 4; seed++) {
      List<String> deliveries = new ArrayList<>();
      for (int copy = 0; copy < 3; copy++) {
        deliveries.addAll(keys);
      }
      Collections.shuffle(deliveries, new Random(seed));
      Store store = seeded(Files.createDirectory(tmp.resolve("shuffled" + seed)));
      Desk desk = new Desk(store, CONFIG, CLOCK);
      for (String key : deliveries) {
        DeskReport report = desk.process(List.of(key));
        assertEquals(Map.of(), report.failed(), deliveries.toString());
      }
      assertSameBytes(expected, outputs(store), "one key per run in the order " + deliveries);
    }
  }

  @Test
  void theSweepTakesOnlyUnprocessedInputsFromTheFoldersOfItsKeys() {
    Store store = new LocalStore(tmp);
    byte[] article = Samples.seeds().values().iterator().next();
    for (String key : List.of("articles/a/1.txt", "articles/a/2.txt", "articles/a/deeper/3.txt", "articles/b/4.txt")) {
      store.put(key, article, "text/plain");
    }
    store.put("articles/a/empty.txt", new byte[0], "text/plain");
    store.put("elsewhere/5.txt", article, "text/plain");
    Desk desk = new Desk(store, CONFIG, CLOCK);

    DeskReport first = desk.process(List.of("articles/a/2.txt"));
    assertEquals(List.of("articles/a/1.txt", "articles/a/deeper/3.txt", "articles/a/empty.txt"), first.swept(),
        "the folder of the key and its subfolders, nothing beside them");
    assertEquals(List.of("articles/a/1.txt", "articles/a/2.txt", "articles/a/deeper/3.txt"), first.accepted());
    assertEquals("articles/a/empty.txt", first.rejected().get(0).key());

    // Processed and rejected inputs are not taken again; the untouched folder is.
    DeskReport second = desk.process(List.of("articles/a/1.txt"));
    assertEquals(List.of(), second.swept());
    DeskReport third = desk.process(List.of("articles/b/4.txt", "articles/a/2.txt"));
    assertEquals(List.of(), third.swept());
    assertEquals(List.of("articles/a/2.txt", "articles/b/4.txt"), third.accepted());
  }

  @Test
  void aRunTakesAtMostSweepTakeInputsTheFirstInKeyOrder() {
    Store store = seeded(tmp);
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    DeskReport report = new Desk(store, CONFIG.withSweepTake(2), CLOCK).process(List.of(keys.get(4)));
    assertEquals(keys.subList(0, 2), report.swept());
  }

  @Test
  void aFolderWithMoreThanSweepScanObjectsIsNotSwept() {
    Store store = seeded(tmp);
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    DeskReport report = new Desk(store, CONFIG.withSweepScan(4), CLOCK).process(List.of(keys.get(0)));
    assertEquals(List.of(), report.swept(), "five objects, four allowed");
    assertEquals(List.of(keys.get(0)), report.accepted());

    DeskReport fits = new Desk(store, CONFIG.withSweepScan(5), CLOCK).process(List.of(keys.get(1)));
    assertEquals(List.of(keys.get(2), keys.get(3), keys.get(4)), fits.swept());
  }

  @Test
  void withSweepTakeZeroARunProcessesExactlyItsKeys() {
    Store store = seeded(tmp);
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    DeskReport report = new Desk(store, CONFIG.withSweepTake(0), CLOCK).process(List.of(keys.get(3)));
    assertEquals(List.of(), report.swept());
    assertEquals(List.of(keys.get(3)), report.accepted());
  }

  @Test
  void sweepLimitsAreValidatedWithTheBadValueNamed() {
    var scan = assertThrows(IllegalArgumentException.class, () -> CONFIG.withSweepScan(0));
    assertTrue(scan.getMessage().contains("sweepScan") && scan.getMessage().contains("was 0"), scan.getMessage());
    var tooMuch = assertThrows(IllegalArgumentException.class, () -> CONFIG.withSweepScan(DeskConfig.MAX_SWEEP_SCAN + 1));
    assertTrue(tooMuch.getMessage().contains("was 10001"), tooMuch.getMessage());
    var take = assertThrows(IllegalArgumentException.class, () -> CONFIG.withSweepTake(-1));
    assertTrue(take.getMessage().contains("sweepTake") && take.getMessage().contains("was -1"), take.getMessage());
  }
}
