package dev.newsdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several desks on one store at once lose no article, put none in two stories, and end with the
 * same stories as one desk given every file — equal apart from the fields that record the runs.
 */
class DeskConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void twoDesksSharingAFolderEndWithTheStoriesOfOne() throws Exception {
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    Map<String, JsonNode> single = liveStories(DeskSeedsTest.deskWith(Files.createDirectory(tmp.resolve("one")), keys));

    // With the sweep on, each desk also takes the other's keys from the folder, so both race over
    // every article; with it off, each processes only its own part.
    for (DeskConfig config : List.of(DeskSeedsTest.CONFIG, DeskSeedsTest.CONFIG.withSweepTake(0))) {
      for (List<List<String>> split : List.of(
          List.of(List.of(keys.get(0), keys.get(2), keys.get(4)), List.of(keys.get(1), keys.get(3))),
          List.of(List.of(keys.get(3), keys.get(1)), List.of(keys.get(4), keys.get(0), keys.get(2))),
          List.of(List.of(keys.get(2)), List.of(keys.get(0), keys.get(1), keys.get(3), keys.get(4))))) {
        String what = "split " + split + ", sweepTake " + config.sweepTake();
        Path root = Files.createDirectory(tmp.resolve("split" + split.hashCode() + "-" + config.sweepTake()));
        Store store = new LocalStore(root);
        Map<String, byte[]> seeds = Samples.seeds();
        keys.forEach(k -> store.put(k, seeds.get(k), "text/plain"));
        ExecutorService pool = Executors.newFixedThreadPool(split.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DeskReport>> runs = new ArrayList<>();
        for (List<String> part : split) {
          // Each desk is its own instance, as two processes would be.
          Desk desk = new Desk(new LocalStore(root), config, DeskSeedsTest.CLOCK);
          runs.add(pool.submit(() -> {
            start.await();
            return desk.process(part);
          }));
        }
        start.countDown();
        TreeSet<String> accepted = new TreeSet<>();
        for (Future<DeskReport> run : runs) {
          DeskReport report = run.get();
          assertEquals(Map.of(), report.failed(), what);
          accepted.addAll(report.accepted());
        }
        pool.shutdown();
        assertEquals(new TreeSet<>(keys), accepted, what);
        assertEquals(withoutRunFields(single), withoutRunFields(liveStories(store)), what);
      }
    }
  }

  @Test
  void manyWritersLoseNoIndexUpdate() throws Exception {
    Path root = tmp.resolve("many");
    Store store = new LocalStore(root);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String key = "articles/note-" + i + ".txt";
      // Distinct short reports on distinct subjects: each is its own story.
      store.put(key, ("Report number " + i + " on the " + word(i) + " affair\n\n"
          + "The " + word(i) + " committee of " + word(i + 50) + " met on Monday to discuss the " + word(i + 100)
          + " proposal. Members of the " + word(i) + " committee voted to send the " + word(i + 100)
          + " proposal to the " + word(i + 150) + " council for a final decision next month. The "
          + word(i + 200) + " group said the " + word(i + 100) + " plan would cost more than expected. A vote in the "
          + word(i + 150) + " council is due before the end of the year, officials said.").getBytes(), null);
      keys.add(key);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<DeskReport>> runs = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      List<String> part = keys.subList(w * 6, w * 6 + 6);
      Desk desk = new Desk(new LocalStore(root), DeskSeedsTest.CONFIG, DeskSeedsTest.CLOCK);
      runs.add(pool.submit(() -> desk.process(part)));
    }
    int retries = 0;
    for (Future<DeskReport> run : runs) {
      DeskReport report = run.get();
      assertTrue(report.failed().isEmpty(), report.failed().toString());
      assertTrue(report.rejected().isEmpty(), report.rejected().toString());
      retries += report.retries();
    }
    pool.shutdown();
    JsonNode state = StoryChecks.read(store, "desk/index.json");
    assertEquals(24, state.get("articles").size(), "every article is in the desk index");
    assertEquals(24, state.get("keys").size());
    int members = 0;
    for (JsonNode story : state.get("stories")) {
      members += story.get("members").size();
    }
    assertEquals(24, members, "every article in exactly one story");
    StoryChecks.checkAll(store, DeskSeedsTest.CONFIG);
    System.out.println("4 concurrent desks over 24 articles: " + retries + " compare-and-swap retries");
  }

  private static String word(int i) {
    String[] s = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri"};
    return s[i % 13] + s[(i / 13) % 13] + s[(i / 169) % 13] + "an";
  }

  static Map<String, JsonNode> liveStories(Store store) {
    return new TreeMap<>(StoryChecks.checkAll(store, DeskSeedsTest.CONFIG));
  }

  /** The documents without what the schema names as run fields (x-run-fields). */
  static Map<String, JsonNode> withoutRunFields(Map<String, JsonNode> stories) {
    Map<String, JsonNode> out = new TreeMap<>();
    stories.forEach((id, doc) -> {
      ObjectNode copy = doc.deepCopy();
      copy.remove(List.of("version", "updated", "changes"));
      out.put(id, copy);
    });
    return out;
  }
}
