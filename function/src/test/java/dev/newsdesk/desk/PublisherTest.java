package dev.newsdesk.desk;

import static dev.newsdesk.desk.DeskSeedsTest.CLOCK;
import static dev.newsdesk.desk.DeskSeedsTest.CONFIG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.model.DeskState;
import dev.newsdesk.publish.AtomFeed;
import dev.newsdesk.publish.Json;
import dev.newsdesk.store.ForwardingStore;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slow writer holding an older state never replaces what a newer one published. */
class PublisherTest {
  @TempDir Path tmp;

  /** Runs {@code between} once, just before the first read of {@code key}. */
  private static Store interleaving(Store store, String key, Runnable between) {
    boolean[] done = {false};
    return new ForwardingStore(store) {
      @Override
      public Optional<StoredObject> get(String k, long maxBytes) {
        if (k.equals(key) && !done[0]) {
          done[0] = true;
          between.run();
        }
        return super.get(k, maxBytes);
      }
    };
  }

  @Test
  void aNewerFeedPublishedWhileAnOlderWriterIsAtWorkStays() {
    Store store = new LocalStore(tmp);
    Samples.seeds().forEach((k, v) -> store.put(k, v, "text/plain"));
    new Desk(store, CONFIG, CLOCK).process(new ArrayList<>(Samples.seeds().keySet()));
    DeskState newer = new Json().read(store.get(CONFIG.deskPrefix() + "index.json").orElseThrow().bytes(),
        DeskState.class, "index.json");
    // The older state knew one story fewer.
    TreeMap<String, DeskState.StoryEntry> fewer = new TreeMap<>(newer.stories());
    fewer.remove(fewer.lastKey());
    DeskState older = new DeskState(newer.generation() - 1, newer.articles(), newer.keys(), fewer,
        newer.rejections(), newer.documentFrequency(), newer.documents(), 0, 0);
    Stages stages = Stages.defaults(CONFIG);
    String feed = CONFIG.publicPrefix() + "feed.xml";
    String index = CONFIG.publicPrefix() + "index.json";
    store.put(feed, stages.feed().write(older), "application/atom+xml");
    store.put(index, stages.documents().index(older), "application/json");

    // The older writer is about to write the feed when the newer one publishes everything.
    Publisher newerWriter = new Publisher(store, CONFIG, stages);
    Publisher olderWriter = new Publisher(
        interleaving(store, feed, () -> newerWriter.publish(newer, Map.of(), Map.of())), CONFIG, stages);
    olderWriter.publish(older, Map.of(), Map.of());

    assertEquals(newer.generation(), AtomFeed.generation(store.get(feed).orElseThrow().bytes()));
    assertArrayEquals(stages.feed().write(newer), store.get(feed).orElseThrow().bytes());
    assertArrayEquals(stages.documents().index(newer), store.get(index).orElseThrow().bytes());
  }
}
