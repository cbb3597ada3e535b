package dev.newsdesk.desk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden test on the seeds (issue 2): two events with the same vocabulary stay apart, the spun
 * copy is known for a copy, every published sentence stands in a cited source, no boilerplate gets
 * through, and the output does not depend on the order the files arrive in.
 */
class DeskSeedsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-08T12:00:00Z"), ZoneOffset.UTC);
  static final DeskConfig CONFIG = DeskConfig.DEFAULTS;

  @TempDir Path tmp;

  static Store deskWith(Path root, List<String> order) {
    Store store = new LocalStore(root);
    Map<String, byte[]> seeds = Samples.seeds();
    order.forEach(k -> store.put(k, seeds.get(k), "text/plain"));
    new Desk(store, CONFIG, CLOCK).process(order);
    return store;
  }

  static Map<String, byte[]> publicFiles(Store store) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String key : store.list(CONFIG.publicPrefix())) {
      files.put(key, store.get(key).orElseThrow().bytes());
    }
    return files;
  }

  static Set<Set<String>> memberships(Map<String, JsonNode> stories) {
    Set<Set<String>> groups = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    for (JsonNode story : stories.values()) {
      Set<String> members = new TreeSet<>();
      story.get("sources").forEach(s -> members.add(Samples.number(s.get("key").asText())));
      groups.add(members);
    }
    return groups;
  }

  @Test
  void twoEventsWithTheSameWordsBecomeTwoStories() {
    Store store = deskWith(tmp, new ArrayList<>(Samples.seeds().keySet()));
    Map<String, JsonNode> stories = StoryChecks.checkAll(store, CONFIG);

    assertEquals(Set.of(Set.of("000", "001"), Set.of("002", "003", "004")),
        memberships(stories).stream().map(Set::copyOf).collect(Collectors.toSet()));
  }

  @Test
  void theSpunCopyIsACopyOfTheBbcReportAndNotASecondSource() {
    Store store = deskWith(tmp, new ArrayList<>(Samples.seeds().keySet()));
    JsonNode b = storyWith(StoryChecks.checkAll(store, CONFIG), "004");

    Map<String, JsonNode> byNumber = new TreeMap<>();
    b.get("sources").forEach(s -> byNumber.put(Samples.number(s.get("key").asText()), s));
    JsonNode copy = byNumber.get("002");
    assertEquals(byNumber.get("004").get("n").asInt(), copy.get("copyOf").asInt(), "002 is a copy of 004");
    assertFalse(copy.get("independent").asBoolean());
    assertTrue(byNumber.get("003").get("independent").asBoolean());
    assertTrue(byNumber.get("004").get("independent").asBoolean());
    assertEquals(2, b.get("independentSources").asInt());
    assertEquals("developing", b.get("status").asText());
    // A copy is cited only where it is the sole carrier of a sentence; 002 never is.
    int copyN = copy.get("n").asInt();
    b.findValues("cite").forEach(cite -> cite.forEach(n -> assertFalse(n.asInt() == copyN, "cites the copy")));
  }

  @Test
  void noBoilerplateReachesAStory() {
    Store store = deskWith(tmp, new ArrayList<>(Samples.seeds().keySet()));
    List<String> published = new ArrayList<>();
    publicFiles(store).values().forEach(bytes -> published.add(new String(bytes, StandardCharsets.UTF_8)));
    String all = String.join("\n", published);
    for (String phrase : List.of("AiBot scans breaking news", "Written by", "By AiBot", "To err is human",
        "Related Post", "Leave a Reply", "Your email address will not be published", "With Post wires",
        "REUTERS", "Double check any facts")) {
      assertFalse(all.contains(phrase), "boilerplate in a published document: " + phrase);
    }
    for (JsonNode story : StoryChecks.checkAll(store, CONFIG).values()) {
      story.findValues("text").forEach(t -> assertFalse(t.asText().strip().equals("US News"), "section label"));
    }
  }

  @Test
  void sameFilesInAnyOrderGiveByteIdenticalJson() throws Exception {
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    Map<String, byte[]> first = publicFiles(deskWith(Files.createDirectory(tmp.resolve("first")), keys));
    Map<String, byte[]> again = publicFiles(deskWith(Files.createDirectory(tmp.resolve("again")), keys));
    assertSame(first, again, "second run");

    List<String> reversed = new ArrayList<>(keys);
    Collections.reverse(reversed);
    assertSame(first, publicFiles(deskWith(Files.createDirectory(tmp.resolve("reversed")), reversed)), "reversed");
    for (long seed = 1; seed <= 3; seed++) {
      List<String> shuffled = new ArrayList<>(keys);
      Collections.shuffle(shuffled, new Random(seed));
      Map<String, byte[]> files = publicFiles(deskWith(Files.createDirectory(tmp.resolve("shuffled" + seed)), shuffled));
      assertSame(first, files, "shuffled with seed " + seed);
    }
  }

  @Test
  void aReplayChangesNothing() {
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    Store store = deskWith(tmp, keys);
    Map<String, byte[]> before = publicFiles(store);
    byte[] index = store.get(CONFIG.deskPrefix() + "index.json").orElseThrow().bytes();

    DeskReport report = new Desk(store, CONFIG, Clock.offset(CLOCK, java.time.Duration.ofHours(1))).process(keys);

    assertTrue(report.storiesCreated().isEmpty() && report.storiesUpdated().isEmpty(), report.toString());
    assertSame(before, publicFiles(store), "public documents after a replay");
    assertArrayEquals(index, store.get(CONFIG.deskPrefix() + "index.json").orElseThrow().bytes(), "desk index");
  }

  @Test
  void aReplayWritesNoStoryAgainUnlessItsDocumentIsMissing() throws Exception {
    List<String> keys = new ArrayList<>(Samples.seeds().keySet());
    Store store = deskWith(tmp, keys);
    Map<String, byte[]> before = publicFiles(store);

    DeskReport replay = new Desk(store, CONFIG, CLOCK).process(keys);
    assertFalse(replay.millisPerStage().containsKey("summarize"), "nothing to rewrite: " + replay.millisPerStage());

    // An earlier run that stopped between its commit and its publication left a story unpublished.
    String lost = before.keySet().stream().filter(k -> k.contains("/stories/")).findFirst().orElseThrow();
    Files.delete(tmp.resolve(lost));
    new Desk(store, CONFIG, CLOCK).process(keys);
    assertSame(before, publicFiles(store), "the replay published it again");
  }

  @Test
  void eachVersionSaysWhatChanged() {
    Store store = new LocalStore(tmp);
    Map<String, byte[]> seeds = Samples.seeds();
    Desk desk = new Desk(store, CONFIG, CLOCK);
    // One article arrives, then a second: two runs, two versions.
    for (String key : List.of("articles/004_29615b52c5e91245.txt", "articles/003_05e8034c6cf52475.txt")) {
      store.put(key, seeds.get(key), "text/plain");
      desk.process(List.of(key));
    }

    JsonNode b = storyWith(StoryChecks.checkAll(store, CONFIG), "004");
    assertEquals(2, b.get("version").asInt());
    String second = b.get("changes").get(1).get("what").asText();
    assertTrue(second.contains("1 new source") && second.contains("now 2 independent"), second);
    assertTrue(second.contains("new disagreement"), "the two spellings of the commander's name: " + second);
  }

  static JsonNode storyWith(Map<String, JsonNode> stories, String number) {
    for (JsonNode story : stories.values()) {
      for (JsonNode s : story.get("sources")) {
        if (Samples.number(s.get("key").asText()).equals(number)) {
          return story;
        }
      }
    }
    throw new AssertionError("no story with seed " + number);
  }

  static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": the same documents");
    expected.forEach((k, v) -> assertEquals(new String(v, StandardCharsets.UTF_8),
        new String(actual.get(k), StandardCharsets.UTF_8), what + ": " + k));
  }
}
