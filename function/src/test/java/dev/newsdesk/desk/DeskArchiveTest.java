package dev.newsdesk.desk;

import static dev.newsdesk.desk.DeskSeedsTest.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.publish.Json;
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
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closed stories beyond the newest {@code keepClosed} leave the desk index for the archive, so the
 * index every run reads and writes stays bounded; what a later run must recognise (an article's
 * content, an input key) is still recognised, and nothing published is taken down.
 *
 * <p>The desk benchmark's synthetic stream: 200 articles, 40 events three days apart, five articles
 * each, in four runs of 50. Stories close after the clustering stage's quiet period (seven days).
 * Here on a folder; {@code DeskArchiveS3IT} runs the same tests on S3 (s3proxy).
 */
class DeskArchiveTest {
  private static final DeskConfig KEEP_FIVE = DeskConfig.DEFAULTS.withKeepClosed(5);
  private static final int ARTICLES = 200;
  private static final int RUN = 50;

  @TempDir Path tmp;
  private final Json json = new Json();
  private Store store;

  @BeforeEach
  void ingest() throws Exception {
    store = ingest(newStore("keep-five"), KEEP_FIVE);
  }

  /** An empty store named {@code name}, a new one for every name. */
  Store newStore(String name) throws Exception {
    return new LocalStore(Files.createDirectory(tmp.resolve(name)));
  }

  private static Store ingest(Store store, DeskConfig config) {
    Map<String, byte[]> articles = DeskBench.syntheticArticles(0, ARTICLES);
    articles.forEach((k, v) -> store.put(k, v, "text/plain"));
    List<String> keys = new ArrayList<>(articles.keySet());
    Desk desk = new Desk(store, config.withSweepTake(0), CLOCK);
    for (int from = 0; from < ARTICLES; from += RUN) {
      desk.process(keys.subList(from, from + RUN));
    }
    return store;
  }

  private DeskState index() {
    return json.read(store.get("desk/index.json").orElseThrow().bytes(), DeskState.class, "index");
  }

  private static List<DeskState.StoryEntry> closed(DeskState state) {
    return state.stories().values().stream().filter(s -> s.movedTo() == null && s.profile() == null).toList();
  }

  private List<String> archivedHashes() {
    return store.list("desk/archive/articles/").stream()
        .map(k -> json.read(store.get(k).orElseThrow().bytes(), DeskState.ArticleEntry.class, k).hash())
        .toList();
  }

  @Test
  void closedStoriesBeyondTheNewestKeptLeaveTheIndexAndStayPublished() throws Exception {
    DeskState state = index();
    assertEquals(5, closed(state).size(), "the index keeps the five newest closed stories");
    assertTrue(state.archivedStories() >= 10, "a quarter of 40 events are long closed: " + state.archivedStories());
    List<String> archived = archivedHashes();
    assertEquals(state.archivedArticles(), archived.size());
    assertEquals(ARTICLES, state.articles().size() + archived.size(), "every article is in one place or the other");
    for (String hash : archived) {
      assertFalse(state.articles().containsKey(hash), hash);
    }
    // Every input key is in the index or marked in the archive, never both.
    for (String key : DeskBench.syntheticArticles(0, ARTICLES).keySet()) {
      boolean marked = store.get("desk/archive/keys/" + key).isPresent();
      assertTrue(marked != state.keys().containsKey(key), key);
    }

    // The archived stories are the closed stories of a desk that keeps them all, less the five newest.
    TreeSet<String> archivedStories = new TreeSet<>();
    for (String k : store.list("desk/archive/articles/")) {
      archivedStories.add(json.read(store.get(k).orElseThrow().bytes(), DeskState.ArticleEntry.class, k).story());
    }
    assertEquals(state.archivedStories(), archivedStories.size());
    Store everything = ingest(newStore("keep-all"), DeskConfig.DEFAULTS);
    DeskState all = json.read(everything.get("desk/index.json").orElseThrow().bytes(), DeskState.class, "index");
    TreeSet<String> closedInAll = new TreeSet<>();
    closed(all).forEach(s -> closedInAll.add(s.id()));
    TreeSet<String> closedHere = new TreeSet<>();
    closed(state).forEach(s -> closedHere.add(s.id()));
    TreeSet<String> union = new TreeSet<>(archivedStories);
    union.addAll(closedHere);
    assertEquals(closedInAll, union);
    String newestArchived = archivedStories.stream().map(id -> all.stories().get(id).card().published())
        .max(String::compareTo).orElseThrow();
    for (String id : closedHere) {
      assertTrue(all.stories().get(id).card().published().compareTo(newestArchived) >= 0, id);
    }

    // Their documents are still published, and the public index lists exactly the stories the desk
    // index holds.
    for (String id : archivedStories) {
      assertFalse(state.stories().containsKey(id), id);
      assertTrue(store.get("public/stories/" + id + ".json").isPresent(), id);
    }
    JsonNode publicIndex = json.read(store.get("public/index.json").orElseThrow().bytes(), JsonNode.class, "index");
    TreeSet<String> listed = new TreeSet<>();
    publicIndex.get("stories").forEach(s -> listed.add(s.get("id").asText()));
    TreeSet<String> live = new TreeSet<>();
    state.stories().values().stream().filter(s -> s.movedTo() == null).forEach(s -> live.add(s.id()));
    assertEquals(live, listed);
  }

  @Test
  void archivingChangesNoStoryDocument() throws Exception {
    Store everything = ingest(newStore("keep-all"), DeskConfig.DEFAULTS);
    assertTrue(everything.list("desk/archive/").isEmpty(), "the default keeps every closed story of this stream");
    List<String> documents = everything.list("public/stories/");
    assertEquals(documents, store.list("public/stories/"));
    for (String key : documents) {
      assertArrayEquals(everything.get(key).orElseThrow().bytes(), store.get(key).orElseThrow().bytes(), key);
    }
  }

  @Test
  void aReplayOfAnArchivedKeyChangesNothing() {
    String key = DeskBench.syntheticKey(0); // the first event's: archived long ago
    assertTrue(store.get("desk/archive/keys/" + key).isPresent());
    byte[] before = store.get("desk/index.json").orElseThrow().bytes();
    List<String> stories = store.list("public/stories/");

    DeskReport report = new Desk(store, KEEP_FIVE, CLOCK).process(List.of(key));

    assertEquals(List.of(key), report.accepted());
    assertTrue(report.storiesCreated().isEmpty() && report.storiesUpdated().isEmpty(), report.toString());
    assertArrayEquals(before, store.get("desk/index.json").orElseThrow().bytes());
    assertEquals(stories, store.list("public/stories/"));
  }

  @Test
  void anArchivedArticleUnderANewKeyJoinsItsArchivedEntry() {
    String copy = "articles/resent/000000.txt";
    byte[] bytes = store.get(DeskBench.syntheticKey(0)).orElseThrow().bytes();
    store.put(copy, bytes, "text/plain");
    byte[] before = store.get("desk/index.json").orElseThrow().bytes();

    DeskReport report = new Desk(store, KEEP_FIVE, CLOCK).process(List.of(copy));

    assertEquals(List.of(copy), report.accepted());
    assertTrue(report.storiesCreated().isEmpty(), "the old article opens no new story");
    assertArrayEquals(before, store.get("desk/index.json").orElseThrow().bytes());
    String marker = "desk/archive/articles/" + Hashes.hex(Hashes.sha256(bytes)) + ".json";
    DeskState.ArticleEntry entry =
        json.read(store.get(marker).orElseThrow().bytes(), DeskState.ArticleEntry.class, marker);
    assertEquals(List.of(copy, DeskBench.syntheticKey(0)), entry.keys());
    assertTrue(store.get("desk/archive/keys/" + copy).isPresent(), "the sweep will know the new key");
  }

  @Test
  void theSweepTakesNoArchivedKeyAndStillFindsAMissedOne() {
    String missed = DeskBench.syntheticKey(ARTICLES);
    String notified = DeskBench.syntheticKey(ARTICLES + 1);
    DeskBench.syntheticArticles(ARTICLES, 2).forEach((k, v) -> store.put(k, v, "text/plain"));

    DeskReport report = new Desk(store, KEEP_FIVE, CLOCK).process(List.of(notified));

    assertEquals(List.of(missed), report.swept(), "archived keys in the same folder are not taken again");
    assertEquals(List.of(missed, notified), report.accepted());
  }

  @Test
  void aReplayOfEveryRunChangesNothing() {
    byte[] before = store.get("desk/index.json").orElseThrow().bytes();
    List<String> keys = new ArrayList<>(DeskBench.syntheticArticles(0, ARTICLES).keySet());
    Desk desk = new Desk(store, KEEP_FIVE.withSweepTake(0), CLOCK);
    for (int from = 0; from < ARTICLES; from += RUN) {
      DeskReport report = desk.process(keys.subList(from, from + RUN));
      assertTrue(report.storiesCreated().isEmpty() && report.storiesUpdated().isEmpty(), "run at " + from);
    }
    assertArrayEquals(before, store.get("desk/index.json").orElseThrow().bytes());
  }

  @Test
  void onlyContentStoredBeforeIsLookedUpInTheArchive() {
    List<String> looked = new ArrayList<>();
    Store watched = new ForwardingStore(store) {
      @Override
      public Optional<StoredObject> get(String key, long maxBytes) {
        if (key.startsWith("desk/archive/articles/")) {
          looked.add(key);
        }
        return super.get(key, maxBytes);
      }
    };
    Desk desk = new Desk(watched, KEEP_FIVE.withSweepTake(0), CLOCK);
    DeskBench.syntheticArticles(ARTICLES, 2).forEach((k, v) -> store.put(k, v, "text/plain"));
    desk.process(List.of(DeskBench.syntheticKey(ARTICLES), DeskBench.syntheticKey(ARTICLES + 1)));
    assertEquals(List.of(), looked, "two new articles: nothing to look up");

    byte[] old = store.get(DeskBench.syntheticKey(0)).orElseThrow().bytes();
    store.put("articles/resent/000000.txt", old, "text/plain");
    desk.process(List.of("articles/resent/000000.txt"));
    assertEquals(List.of("desk/archive/articles/" + Hashes.hex(Hashes.sha256(old)) + ".json"), looked);
  }

  @Test
  void aWriterHoldingAnOlderIndexNeverReplacesWhatANewerOneArchived() {
    Archive archive = new Archive(store, KEEP_FIVE, json);
    String hash = Hashes.sha256("an article");
    String key = "desk/archive/articles/" + Hashes.hex(hash) + ".json";
    DeskState.ArticleEntry renamed = new DeskState.ArticleEntry(hash, List.of("articles/a.txt"), "st-new", "A", null);
    DeskState.ArticleEntry stale = new DeskState.ArticleEntry(hash, List.of("articles/a.txt"), "st-old", "A", null);

    archive.write(archive.entry(renamed, 7));
    archive.write(archive.entry(stale, 5)); // a slow writer, its attempt built on generation 4
    assertEquals("st-new", json.read(store.get(key).orElseThrow().bytes(), DeskState.ArticleEntry.class, key).story());

    archive.write(archive.entry(stale, 8)); // a later generation wins
    assertEquals("st-old", json.read(store.get(key).orElseThrow().bytes(), DeskState.ArticleEntry.class, key).story());
    assertEquals(8, archive.find(hash).orElseThrow().entry().generation());
  }

  @Test
  void theIndexKeepsTheDocumentFrequenciesOfAtMostMaxVocabularyKeys() throws Exception {
    DeskState all = index();
    assertTrue(all.documentFrequency().size() > 600, "the stream has more: " + all.documentFrequency().size());
    Store capped = ingest(newStore("capped"), KEEP_FIVE.withMaxVocabulary(500));
    DeskState state = json.read(capped.get("desk/index.json").orElseThrow().bytes(), DeskState.class, "index");
    assertTrue(state.documentFrequency().size() <= 500, "at most the limit: " + state.documentFrequency().size());
    assertEquals(all.documents(), state.documents(), "every article is still counted");
  }

  @Test
  void aVocabularyBelowAHundredIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeskConfig.DEFAULTS.withMaxVocabulary(99));
    assertEquals("maxVocabulary must be at least 100, was 99", e.getMessage());
  }

  @Test
  void aNegativeCountIsRefusedWithTheValueNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeskConfig.DEFAULTS.withKeepClosed(-3));
    assertEquals("keepClosed must not be negative, was -3", e.getMessage());
  }
}
