package dev.newsdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs are recorded and skipped; the batch goes on; nothing is lost silently. */
class DeskInputsTest {
  @TempDir Path tmp;

  @Test
  void badObjectsBecomeRecordedRejectionsAndTheBatchGoesOn() {
    Store store = new LocalStore(tmp);
    Map<String, byte[]> seeds = Samples.seeds();
    String good = "articles/004_29615b52c5e91245.txt";
    store.put(good, seeds.get(good), null);
    store.put("articles/empty.txt", new byte[0], null);
    store.put("articles/scan.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(), null);
    DeskConfig config = DeskSeedsTest.CONFIG.withMaxObjectBytes(20_000);
    byte[] big = new byte[30_000];
    java.util.Arrays.fill(big, (byte) 'a');
    store.put("articles/huge.html", big, null);

    DeskReport report = new Desk(store, config, DeskSeedsTest.CLOCK).process(List.of(good, "articles/empty.txt",
        "articles/scan.pdf", "articles/huge.html", "articles/gone.txt", "desk/index.json", "public/index.json",
        "articles/folder/"));

    assertEquals(List.of(good), report.accepted());
    Map<String, String> reasons = new TreeMap<>();
    for (Rejection r : report.rejected()) {
      reasons.put(r.key(), r.reason());
    }
    assertEquals(Map.of("articles/empty.txt", "empty", "articles/scan.pdf", "binary", "articles/huge.html",
        "too-large"), reasons);
    assertEquals(List.of("articles/gone.txt"), List.copyOf(report.failed().keySet()), "a missing object is retried");
    assertEquals(List.of("articles/folder/", "desk/index.json", "public/index.json"), report.ignored());

    JsonNode state = StoryChecks.read(store, "desk/index.json");
    assertEquals(3, state.get("rejections").size(), "rejections are kept in the desk state");
    assertEquals("too-large", state.at("/rejections/articles~1huge.html/reason").asText());
    StoryChecks.checkAll(store, config);
  }

  @Test
  void aKeyThatLaterHoldsAnArticleIsNoLongerRejected() {
    Store store = new LocalStore(tmp);
    String key = "articles/late.txt";
    store.put(key, new byte[0], null);
    Desk desk = new Desk(store, DeskSeedsTest.CONFIG, DeskSeedsTest.CLOCK);
    desk.process(List.of(key));
    assertEquals(1, StoryChecks.read(store, "desk/index.json").get("rejections").size());

    store.put(key, Samples.seeds().get("articles/003_05e8034c6cf52475.txt"), null);
    DeskReport report = desk.process(List.of(key));

    assertEquals(List.of(key), report.accepted());
    JsonNode state = StoryChecks.read(store, "desk/index.json");
    assertEquals(0, state.get("rejections").size());
    assertEquals(1, state.get("articles").size());
    assertTrue(report.storiesCreated().size() == 1, report.toString());
  }
}
