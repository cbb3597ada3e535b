package dev.newsdesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.StoryProfile;
import dev.newsdesk.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenStoriesTest {
  private final Map<String, Analysis> seeds = Seeds.analysed();

  private static OpenStories empty() {
    return OpenStories.of(ClusterConfig.DEFAULTS, new TreeMap<>(), new TreeMap<>(), 0);
  }

  @Test
  void theSeedsFormTheSameTwoStoriesInEveryOneOfTheir120Orders() {
    List<String> numbers = List.copyOf(seeds.keySet());
    Set<String> outcomes = new TreeSet<>();
    for (List<String> order : permutations(numbers)) {
      OpenStories stories = empty();
      Map<String, List<String>> groups = new TreeMap<>();
      for (String n : order) {
        Assignment a = stories.assign(seeds.get(n), "st-" + n);
        groups.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(n);
      }
      Set<String> partition = new TreeSet<>();
      groups.values().forEach(g -> partition.add(new TreeSet<>(g).toString()));
      outcomes.add(partition.toString());
    }
    assertEquals(Set.of("[[000, 001], [002, 003, 004]]"), outcomes);
  }

  @Test
  void publicationDatesFurtherApartThanTheWindowNeverJoin() {
    List<String> text = List.of("Fire crews fought a blaze at the Harbour Street warehouse in Portvale for six hours.",
        "Chief officer Mara Quist said the building could not be saved.");
    OpenStories stories = empty();
    Assignment first = stories.assign(Seeds.article("a", "Blaze destroys Portvale warehouse", "2024-05-01", text), "st-a");
    Assignment same = stories.assign(Seeds.article("b", "Blaze destroys Portvale warehouse", "2024-05-02", text), "st-b");
    Assignment later = stories.assign(Seeds.article("c", "Blaze destroys Portvale warehouse", "2024-06-20", text), "st-c");

    assertTrue(first.opened());
    assertEquals("st-a", same.storyId());
    assertTrue(later.opened(), "49 days later is another event");
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
    assertFalse(ClusterConfig.DEFAULTS.joinThreshold() <= 0);
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
}
