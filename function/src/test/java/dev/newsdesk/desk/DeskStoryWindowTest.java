package dev.newsdesk.desk;

import static dev.newsdesk.desk.DeskSeedsTest.CLOCK;
import static dev.newsdesk.desk.DeskSeedsTest.CONFIG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.model.DeskState;
import dev.newsdesk.publish.Json;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running story is written from its latest {@code storyWindow} articles, so that rewriting it
 * costs the same however many articles it has; its membership and provenance still cover them all.
 */
class DeskStoryWindowTest {
  @TempDir Path tmp;

  private static Store desk(Path root, DeskConfig config) {
    Store store = new LocalStore(root);
    Map<String, byte[]> seeds = Samples.seeds();
    seeds.forEach((k, v) -> store.put(k, v, "text/plain"));
    new Desk(store, config, CLOCK).process(new ArrayList<>(seeds.keySet()));
    return store;
  }

  private static List<String> hashes(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
    return out;
  }

  @Test
  void aStoryLongerThanTheWindowCitesOnlyItsLatestArticlesAndStillListsThemAll() throws Exception {
    Store store = desk(Files.createDirectory(tmp.resolve("window")), CONFIG.withStoryWindow(2));
    Map<String, JsonNode> stories = StoryChecks.checkAll(store, CONFIG);
    JsonNode b = DeskSeedsTest.storyWith(stories, "003"); // the three reports of the second event

    DeskState state = new Json().read(store.get(CONFIG.deskPrefix() + "index.json").orElseThrow().bytes(),
        DeskState.class, "index");
    List<String> members = state.stories().get(b.get("id").asText()).members();
    assertEquals(3, members.size(), "every article stays a member");
    List<String> canonical = members.stream()
        .sorted(Comparator.comparing((String h) -> {
          String published = state.articles().get(h).published();
          return published == null ? "\uffff" : published;
        }).thenComparing(Comparator.naturalOrder()))
        .toList();
    assertEquals(new TreeSet<>(canonical.subList(1, 3)), new TreeSet<>(hashes(b.get("sources"), "hash")),
        "the story is written from its two latest articles");
    assertEquals(new TreeSet<>(members).stream().toList(), hashes(b.at("/provenance/inputs"), null),
        "provenance lists every member");
    Store wide = desk(Files.createDirectory(tmp.resolve("wide")), CONFIG);
    assertEquals(DeskSeedsTest.storyWith(StoryChecks.checkAll(wide, CONFIG), "003").get("id"), b.get("id"),
        "the story keeps the id its first article gives it");
  }

  @Test
  void storiesWithinTheWindowAreByteIdenticalToAnUnboundedWindow() throws Exception {
    Store two = desk(Files.createDirectory(tmp.resolve("two")), CONFIG.withStoryWindow(2));
    Store wide = desk(Files.createDirectory(tmp.resolve("wide")), CONFIG.withStoryWindow(Integer.MAX_VALUE));
    JsonNode a = DeskSeedsTest.storyWith(StoryChecks.checkAll(two, CONFIG), "000"); // two articles
    String key = CONFIG.publicPrefix() + "stories/" + a.get("id").asText() + ".json";
    assertArrayEquals(wide.get(key).orElseThrow().bytes(), two.get(key).orElseThrow().bytes(), key);
  }

  @Test
  void aRewriteReadsNoArticleOutsideTheWindow() throws Exception {
    // One article per run and no analysis cache, so a rewrite reads back the members it is written
    // from; with a window of one that is at most the latest member, and none when the new one is it.
    AtomicInteger windowed = new AtomicInteger();
    ArticleReads.runOneByOne(new LocalStore(Files.createDirectory(tmp.resolve("windowed"))), windowed,
        CONFIG.withAnalysisCache(0).withStoryWindow(1));
    int runs = Samples.seeds().size();
    assertTrue(windowed.get() <= runs, "at most one member read back per run: " + windowed.get());

    AtomicInteger unbounded = new AtomicInteger();
    ArticleReads.runOneByOne(new LocalStore(Files.createDirectory(tmp.resolve("unbounded"))), unbounded,
        CONFIG.withAnalysisCache(0));
    assertTrue(unbounded.get() > windowed.get(), "the default window reads every earlier member: " + unbounded.get());
  }

  @Test
  void aWindowBelowOneIsRefusedWithTheValueNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CONFIG.withStoryWindow(0));
    assertTrue(e.getMessage().contains("storyWindow") && e.getMessage().contains("0"), e.getMessage());
  }
}
