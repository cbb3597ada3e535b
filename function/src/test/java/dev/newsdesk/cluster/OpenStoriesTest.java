package dev.newsdesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.StoryProfile;
import dev.newsdesk.testing.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenStoriesTest {
  private final Map<String, Analysis> seeds = Seeds.analysed();

  private static OpenStories empty() {
    return empty(ClusterConfig.DEFAULTS);
  }

  private static OpenStories empty(ClusterConfig config) {
    return OpenStories.of(config, new TreeMap<>(), new TreeMap<>(), 0);
  }

  @Test
  void theSeedsFormTheSameTwoStoriesInEveryOneOfTheir120Orders() {
    List<String> numbers = List.copyOf(seeds.keySet());
    Set<String> outcomes = new TreeSet<>();
    for (List<String> order : permutations(numbers)) {
      OpenStories stories = empty();
      Map<String, String> storyOf = new TreeMap<>();
      Map<String, String> mergedInto = new TreeMap<>();
      for (String n : order) {
        Assignment a = stories.assign(seeds.get(n), "st-" + n);
        a.merged().forEach(m -> mergedInto.put(m, a.storyId()));
        storyOf.put(n, a.storyId());
      }
      Map<String, List<String>> groups = new TreeMap<>();
      storyOf.forEach((n, story) -> groups.computeIfAbsent(follow(mergedInto, story), k -> new ArrayList<>()).add(n));
      Set<String> partition = new TreeSet<>();
      groups.values().forEach(g -> partition.add(new TreeSet<>(g).toString()));
      outcomes.add(partition.toString());
    }
    assertEquals(Set.of("[[000, 001], [002, 003, 004]]"), outcomes);
  }

  @Test
  void publicationDatesFurtherApartThanTheQuietPeriodNeverJoin() {
    List<String> text = List.of("Fire crews fought a blaze at the Harbour Street warehouse in Portvale for six hours.",
        "Chief officer Mara Quist said the building could not be saved.");
    String title = "Blaze destroys Portvale warehouse";
    OpenStories stories = empty();
    Assignment first = stories.assign(Seeds.article("a", title, "2024-05-01", text), "st-a");
    Assignment same = stories.assign(Seeds.article("b", title, "2024-05-02", text), "st-b");
    Assignment later = stories.assign(Seeds.article("c", title, "2024-08-20", text), "st-c");

    assertTrue(first.opened());
    assertEquals("st-a", same.storyId());
    assertTrue(later.opened(), "110 days later is another event");
    assertEquals(List.of("st-a"), later.closed(), "the quiet story closed when the later article came");
  }

  @Test
  void candidatesComeFromTheIndexAmongManyOpenStories() {
    OpenStories stories = empty();
    for (int i = 0; i < 500; i++) {
      // Articles with no word in common with one another: each must open its own story.
      stories.assign(Seeds.article("x" + i, word(4 * i) + " " + word(4 * i + 1), "2024-05-01",
          List.of(word(4 * i + 2) + " " + word(4 * i + 3) + " " + word(4 * i) + " " + word(4 * i + 1) + ".")),
          "st-x" + i);
    }
    Analysis bbc = seeds.get("004");
    Analysis spun = seeds.get("002");
    Assignment opened = stories.assign(bbc, "st-bbc");
    Assignment joined = stories.assign(spun, "st-spun");

    assertTrue(opened.opened());
    assertEquals("st-bbc", joined.storyId());
    assertFalse(stories.profiles().containsKey("st-spun"));
    assertEquals(501, stories.profiles().size());
    assertEquals(501, stories.size());
  }

  @Test
  void profilesStayBounded() {
    OpenStories stories = empty();
    seeds.values().forEach(a -> stories.assign(a, "st-" + Integer.toHexString(a.hash().hashCode())));
    for (StoryProfile p : stories.profiles().values()) {
      assertTrue(p.terms().size() <= ClusterConfig.DEFAULTS.profileTerms(), "terms " + p.terms().size());
      assertTrue(p.names().size() <= ClusterConfig.DEFAULTS.profileNames(), "names " + p.names().size());
    }
  }

  @Test
  void aStoryIdCannotBeUsedTwice() {
    OpenStories stories = empty();
    stories.assign(seeds.get("000"), "st-one");
    assertThrows(IllegalArgumentException.class, () -> stories.assign(seeds.get("004"), "st-one"));
  }

  @Test
  void configIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withJoinThreshold(1.5));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withNameWeight(-0.1));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withMaxGapDays(-1));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withQuietDays(-1));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withMaxOpenStories(0));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withMergeCohesion(1.5));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withRecencyBoost(-1));
    assertThrows(IllegalArgumentException.class, () -> ClusterConfig.DEFAULTS.withColdDocuments(-1));
    assertFalse(ClusterConfig.DEFAULTS.joinThreshold() <= 0);
  }

  // ------------------------------------------------------------------------------------------ merges

  /** Two reports of one collision that share no word, and a third that tells both halves. */
  private static final List<String> SHIP = List.of(
      "A cargo vessel struck a pillar of the Harbour Bridge at dawn.",
      "The freighter's hull was gashed and the crew of eleven escaped unhurt.");
  private static final List<String> DETOURS = List.of(
      "Commuters queued for hours on the ring road as engineers inspected cracked concrete.",
      "Buses were diverted through the old town until the inspection ends.");

  /**
   * Merges at a lower similarity and without the cohesion check, and without the cold-start discount
   * (these tests start from an empty desk, and are about merging, not about how a new desk weighs words).
   */
  private static final ClusterConfig EAGER_MERGES =
      ClusterConfig.DEFAULTS.withMergeThreshold(0.3).withMergeCohesion(0).withColdDocuments(0);

  private static Analysis ship(String key, String published) {
    return Seeds.article(key, "Freighter strikes bridge pillar", published, SHIP);
  }

  private static Analysis detours(String key, String published) {
    return Seeds.article(key, "Commuters stranded by long detours", published, DETOURS);
  }

  private static Analysis bridging(String key, String published) {
    List<String> both = new ArrayList<>(SHIP);
    both.addAll(DETOURS);
    return Seeds.article(key, "Freighter strikes bridge pillar, commuters stranded by long detours", published, both);
  }

  @Test
  void anArticleMatchingTwoOpenStoriesStronglyMergesThemIntoTheOlder() {
    OpenStories stories = empty(EAGER_MERGES);
    assertTrue(stories.assign(ship("a", "2024-05-01"), "st-ship").opened());
    assertTrue(stories.assign(detours("b", "2024-05-01"), "st-detours").opened(), "no shared word: two stories");

    Assignment bridge = stories.assign(bridging("c", "2024-05-02"), "st-bridge");

    assertFalse(bridge.opened());
    assertEquals("st-ship", bridge.storyId(), "the story opened first keeps its id");
    assertEquals(List.of("st-detours"), bridge.merged());
    assertEquals(Set.of("st-ship"), stories.profiles().keySet());
    StoryProfile merged = stories.profile("st-ship");
    assertEquals(3, merged.size());
    assertEquals(Map.of("2024-05-01", 2, "2024-05-02", 1), merged.dates());
    assertNull(stories.profile("st-detours"));
    // The absorbed story left the index: another report of the detours finds the merged story.
    assertEquals("st-ship", stories.assign(detours("d", "2024-05-02"), "st-d").storyId());
  }

  @Test
  void aHeadlineThatMatchesTwoStoriesStronglyDoesNotBridgeThem() {
    Analysis headline = Seeds.article("h", "Freighter strikes bridge pillar, commuters stranded by long detours",
        "2024-05-02", List.of());
    // Each story alone: the headline matches it at or above the merge threshold.
    for (Analysis story : List.of(ship("a", "2024-05-01"), detours("b", "2024-05-01"))) {
      OpenStories one = empty(EAGER_MERGES);
      one.assign(story, "st-one");
      Assignment joined = one.assign(headline, "st-h");
      assertFalse(joined.opened());
      assertTrue(joined.score() >= EAGER_MERGES.mergeThreshold(), "score " + joined.score());
    }
    OpenStories stories = empty(EAGER_MERGES);
    stories.assign(ship("a", "2024-05-01"), "st-ship");
    stories.assign(detours("b", "2024-05-01"), "st-detours");

    Assignment a = stories.assign(headline, "st-h");

    assertFalse(a.opened());
    assertEquals(List.of(), a.merged(), "a headline's few words do not show two stories to be one event");
    assertEquals(Set.of("st-ship", "st-detours"), stories.profiles().keySet());
  }

  @Test
  void theOlderStoryKeepsItsIdEvenWhenTheBridgingArticleIsCloserToTheYounger() {
    OpenStories stories = empty(EAGER_MERGES);
    stories.assign(ship("a", "2024-05-01"), "st-ship");
    stories.assign(detours("b", "2024-05-01"), "st-detours");
    List<String> mostlyDetours = new ArrayList<>(DETOURS);
    mostlyDetours.add(SHIP.get(0));
    mostlyDetours.add(SHIP.get(1));
    mostlyDetours.addAll(DETOURS);

    Assignment bridge = stories.assign(Seeds.article("c", "Commuters stranded by long detours", "2024-05-02",
        mostlyDetours), "st-c");

    assertEquals("st-ship", bridge.storyId());
    assertEquals(List.of("st-detours"), bridge.merged());
    assertEquals(1, stories.size());
  }

  @Test
  void storiesThatShareNoWordAreNotMergedByDefaultEvenWhenOneArticleTellsBoth() {
    OpenStories stories = empty();
    stories.assign(ship("a", "2024-05-01"), "st-ship");
    stories.assign(detours("b", "2024-05-01"), "st-detours");

    Assignment roundup = stories.assign(bridging("c", "2024-05-02"), "st-c");

    assertTrue(roundup.merged().isEmpty(), "a round-up of two events must not merge them");
    assertEquals(Set.of("st-detours", "st-ship"), stories.profiles().keySet());
  }

  @Test
  void storiesFurtherApartInTimeThanTheQuietPeriodDoNotMerge() {
    OpenStories stories = empty(EAGER_MERGES.withQuietDays(3));
    // The later report arrives first, so that the earlier one is still open when the bridge comes.
    stories.assign(detours("b", "2024-05-06"), "st-detours");
    stories.assign(ship("a", "2024-05-01"), "st-ship");

    Assignment bridge = stories.assign(bridging("c", "2024-05-04"), "st-c");

    assertFalse(bridge.opened(), "within the quiet period of each story");
    assertTrue(bridge.merged().isEmpty(), "but five days apart from one another");
    assertEquals(Set.of("st-detours", "st-ship"), stories.profiles().keySet());
  }

  // ----------------------------------------------------------------------------------------- closing

  @Test
  void quietStoriesCloseAndLeaveTheIndex() {
    OpenStories stories = empty(ClusterConfig.DEFAULTS.withQuietDays(10));
    stories.assign(ship("a", "2024-05-01"), "st-ship");
    stories.assign(detours("b", "2024-05-08"), "st-detours");

    assertEquals(List.of(), stories.closeQuiet(LocalDate.parse("2024-05-11")));
    assertEquals(List.of("st-ship"), stories.closeQuiet(LocalDate.parse("2024-05-12")));
    assertEquals(Set.of("st-detours"), stories.profiles().keySet());
    assertEquals(List.of("st-detours"), stories.closeQuiet(LocalDate.parse("2024-06-01")));
    assertEquals(0, stories.size());
    assertEquals(0, stories.postings(), "closed stories leave no live posting behind");
    // A new report of the closed event opens a new story.
    assertTrue(stories.assign(ship("c", "2024-06-01"), "st-again").opened());
  }

  @Test
  void assigningADatedArticleClosesTheStoriesThatWentQuietBeforeIt() {
    OpenStories stories = empty(ClusterConfig.DEFAULTS.withQuietDays(10));
    stories.assign(ship("a", "2024-05-01"), "st-ship");
    stories.assign(detours("b", "2024-05-20"), "st-detours");
    assertEquals(Set.of("st-detours"), stories.profiles().keySet());

    Assignment a = stories.assign(ship("c", "2024-06-10"), "st-late");
    assertEquals(List.of("st-detours"), a.closed());
    assertEquals(Set.of("st-late"), stories.profiles().keySet());
  }

  @Test
  void oneArticleWithAFarOffDateDoesNotCloseTheStoriesBeingContinued() {
    OpenStories stories = empty(ClusterConfig.DEFAULTS.withQuietDays(10));
    for (int i = 0; i < 5; i++) {
      stories.assign(Seeds.article("s" + i, word(10 * i) + " " + word(10 * i + 1), "2024-05-0" + (1 + i),
          List.of(word(10 * i + 2) + " " + word(10 * i + 3) + " " + word(10 * i + 4) + ".")), "st-" + i);
    }

    Assignment odd = stories.assign(Seeds.article("odd", word(90) + " " + word(91), "2031-01-01",
        List.of(word(92) + " " + word(93) + ".")), "st-odd");

    assertEquals(List.of(), odd.closed());
    assertEquals(6, stories.size());
  }

  @Test
  void aFullIndexClosesTheLeastRecentlyContinuedStory() {
    OpenStories stories = empty(ClusterConfig.DEFAULTS.withMaxOpenStories(2));
    stories.assign(Seeds.article("a", word(1) + " " + word(2), null, List.of(word(3) + " " + word(4) + ".")), "st-a");
    stories.assign(Seeds.article("b", word(5) + " " + word(6), null, List.of(word(7) + " " + word(8) + ".")), "st-b");
    Assignment again = stories.assign(Seeds.article("a2", word(1) + " " + word(2), null,
        List.of(word(3) + " " + word(4) + ".")), "st-a2");
    assertEquals("st-a", again.storyId());

    Assignment third = stories.assign(Seeds.article("c", word(9) + " " + word(10), null,
        List.of(word(11) + " " + word(12) + ".")), "st-c");

    assertTrue(third.opened());
    assertEquals(List.of("st-b"), third.closed());
    assertEquals(Set.of("st-a", "st-c"), stories.profiles().keySet());
  }

  // ------------------------------------------------------------------------------------ determinism

  @Test
  void anIndexRebuiltFromItsPersistedStateDecidesAsTheLiveOne() {
    List<Analysis> stream = syntheticStream(240);
    OpenStories live = empty();
    List<String> liveIds = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      liveIds.add(live.assign(stream.get(i), "st-" + i).storyId());
    }

    OpenStories reloaded = empty();
    List<String> reloadedIds = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      if (i % 17 == 0) {
        reloaded = OpenStories.of(ClusterConfig.DEFAULTS, reloaded.profiles(), reloaded.documentFrequency(),
            reloaded.documents());
      }
      reloadedIds.add(reloaded.assign(stream.get(i), "st-" + i).storyId());
    }

    assertEquals(liveIds, reloadedIds);
    assertEquals(live.profiles(), reloaded.profiles());
    assertEquals(live.documentFrequency(), reloaded.documentFrequency());
    assertTrue(new TreeSet<>(liveIds).size() < stream.size() / 2, "the synthetic stream has stories to find");
  }

  @Test
  void theSameArticlesInTheSameOrderGiveTheSameProfiles() {
    List<Analysis> stream = syntheticStream(120);
    OpenStories one = empty();
    OpenStories two = empty();
    for (int i = 0; i < stream.size(); i++) {
      assertEquals(one.assign(stream.get(i), "st-" + i), two.assign(stream.get(i), "st-" + i));
    }
    assertEquals(one.profiles(), two.profiles());
    assertNotEquals(0, one.profiles().size());
  }

  /** Articles about a dozen made-up events, interleaved, over a few days; some have no date. */
  private static List<Analysis> syntheticStream(int size) {
    Random random = new Random(11);
    List<Analysis> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int event = random.nextInt(12);
      List<String> sentences = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        StringBuilder sentence = new StringBuilder("Officials in " + capital(word(500 + event)) + " said");
        for (int w = 0; w < 8; w++) {
          sentence.append(' ').append(random.nextInt(3) == 0 ? word(random.nextInt(400)) : word(1000 + 20 * event
              + random.nextInt(6)));
        }
        sentences.add(sentence + ".");
      }
      String published = random.nextInt(5) == 0 ? null : "2024-05-0" + (1 + i * 5 / size);
      out.add(Seeds.article("s" + i, capital(word(1000 + 20 * event)) + " " + word(1001 + 20 * event) + " "
          + word(random.nextInt(400)), published, sentences));
    }
    return out;
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String follow(Map<String, String> mergedInto, String story) {
    String current = story;
    while (mergedInto.containsKey(current)) {
      current = mergedInto.get(current);
    }
    return current;
  }

  private static String word(int i) {
    String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "we", "zo", "pe", "qu", "di"};
    return "x" + syllables[i % 13] + syllables[(i / 13) % 13] + syllables[(i / 169) % 13] + "ly";
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> all = new ArrayList<>();
    for (String first : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<String> tail : permutations(rest)) {
        List<String> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        all.add(p);
      }
    }
    return all;
  }

  @Test
  void documentFrequenciesPastTheLimitKeepNineTenthsOfItTheMostFrequentFirst() {
    TreeMap<String, Integer> df = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      df.put(String.format("t:%02d", i), 1 + i % 7); // frequencies 1 to 7, ties among them
    }
    OpenStories stories = OpenStories.of(ClusterConfig.DEFAULTS, new TreeMap<>(), df, 100);
    assertEquals(df, stories.documentFrequency(30), "within the limit: all of them");

    Map<String, Integer> kept = stories.documentFrequency(20);
    assertEquals(18, kept.size(), "nine tenths of the limit");
    int weakestKept = kept.values().stream().min(Integer::compare).orElseThrow();
    df.forEach((key, n) -> {
      if (!kept.containsKey(key)) {
        assertTrue(n <= weakestKept, key + " (" + n + ") dropped before a rarer key was");
        if (n == weakestKept) {
          assertTrue(kept.keySet().stream().filter(k -> kept.get(k) == weakestKept).allMatch(k -> k.compareTo(key) < 0),
              "ties are kept in key order: " + key);
        }
      } else {
        assertEquals(n, kept.get(key));
      }
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stories.documentFrequency(9));
    assertEquals("limit must be at least 10, was 9", e.getMessage());
  }
}
