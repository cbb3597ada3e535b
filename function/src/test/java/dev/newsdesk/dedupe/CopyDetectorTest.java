package dev.newsdesk.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  private final CopyDetector detector = new CopyDetector(DedupeConfig.DEFAULTS);
  private final Map<String, Analysis> seeds = Seeds.analysed();

  /** Hand-written for this test: an original report and a rewrite that keeps its facts and order. */
  static final List<String> ORIGINAL = List.of(
      "Flood waters forced 4,000 residents of Riverton to leave their homes on Tuesday after the Grey River burst its banks.",
      "Emergency crews used boats to reach families trapped on rooftops in the northern districts.",
      "Mayor Helen Okafor said two shelters had opened at the city's schools and asked people to stay away from the bridges.",
      "The river rose by three metres in twelve hours after a week of heavy rain, according to the regional weather office.",
      "No deaths have been reported, but hospital officials said eleven people were treated for hypothermia.",
      "Rail services between Riverton and Eastport were suspended and the main highway was closed.");
  static final List<String> REWRITE = List.of(
      "On Tuesday, about 4,000 people living in Riverton had to abandon their houses when the Grey River overflowed.",
      "Rescue teams in boats got to households stranded on roofs across the city's northern districts.",
      "Two emergency shelters are now open in local schools, Mayor Helen Okafor announced, urging residents to avoid the bridges.",
      "Following seven days of intense rainfall, the water level climbed three metres within twelve hours, the regional weather office reported.",
      "Hospital staff treated eleven people for hypothermia, although nobody is known to have died.",
      "Trains linking Riverton with Eastport were halted and authorities shut the main highway.");
  /** An independent report of the same flood, with its own facts and order. */
  static final List<String> INDEPENDENT = List.of(
      "Residents of Riverton spent Tuesday night in school gyms as the swollen Grey River covered much of the north of the city.",
      "Shop owner Daniel Reyes watched water pour into his bakery.",
      "\u201cWe lost everything on the ground floor,\u201d he said.",
      "Volunteers handed out blankets and soup at the shelter in Hill Street School.",
      "Farmers upstream warned that more rain forecast for the weekend could push the river higher still.",
      "The regional council said it would ask the national government for emergency funds.");

  @Test
  void theSpunSeedIsADerivativeOfTheBbcReport() {
    List<CopyLink> links = detector.detect(List.of(seeds.get("004"), seeds.get("002")));

    assertEquals(1, links.size(), links.toString());
    assertEquals(seeds.get("002").hash(), links.get(0).copy());
    assertEquals(seeds.get("004").hash(), links.get(0).original());
    assertEquals("derivative", links.get(0).kind());
  }

  @Test
  void directionDoesNotDependOnTheOrderGiven() {
    List<CopyLink> links = detector.detect(List.of(seeds.get("002"), seeds.get("004")));

    assertEquals(1, links.size(), links.toString());
    assertEquals(seeds.get("002").hash(), links.get(0).copy());
  }

  /** A flood report, the original of {@link #floodRewrite} and {@link #floodWire}. */
  private static Analysis flood() {
    return Seeds.article("articles/flood.txt", "Thousands flee as Grey River floods Riverton", "2024-03-05", ORIGINAL);
  }

  /** The flood report reworded, with no 8-word run in common. */
  private static Analysis floodRewrite() {
    return Seeds.article("articles/flood-rewrite.txt", "Grey River overflow drives thousands from homes", "2024-03-05",
        REWRITE);
  }

  /** An independent report of the same flood. */
  private static Analysis floodLocal() {
    return Seeds.article("articles/flood-local.txt", "Riverton counts the cost of the flood", "2024-03-05", INDEPENDENT);
  }

  /** The flood report's text a day later under a wire headline: an exact copy. */
  private static Analysis floodWire() {
    return Seeds.article("articles/flood-wire.txt", "Thousands flee as Grey River floods Riverton - Wire", "2024-03-06",
        ORIGINAL);
  }

  @Test
  void twoIndependentReportsOfOneEventAreNotCopies() {
    assertTrue(detector.detect(List.of(seeds.get("003"), seeds.get("004"))).isEmpty());
    assertTrue(detector.detect(List.of(seeds.get("000"), seeds.get("001"))).isEmpty());
  }

  @Test
  void aRewriteWithNoSharedEightWordRunIsStillCaught() {
    Analysis original = flood();
    Analysis rewrite = floodRewrite();
    assertTrue(longestSharedRun(ORIGINAL, REWRITE) < 8, "the fixture must share no 8-word run");

    List<CopyLink> links = detector.detect(List.of(original, rewrite));

    assertEquals(1, links.size(), links.toString());
    assertEquals(rewrite.hash(), links.get(0).copy());
    assertEquals("derivative", links.get(0).kind());
  }

  @Test
  void anIndependentReportOfTheSameFloodIsNotACopy() {
    Analysis original = flood();
    Analysis independent = floodLocal();

    assertTrue(detector.detect(List.of(original, independent)).isEmpty());
  }

  @Test
  void exactAndNearCopiesLinkToTheEarliestOriginal() {
    Analysis original = Seeds.article("articles/a.txt", "Thousands flee as Grey River floods Riverton", "2024-03-05",
        ORIGINAL);
    Analysis exact = Seeds.article("articles/b.txt", "Thousands flee as Grey River floods Riverton - Wire", "2024-03-06",
        ORIGINAL);
    List<String> edited = new ArrayList<>(ORIGINAL);
    edited.set(5, "Rail services between Riverton and Eastport were suspended.");
    Analysis near = Seeds.article("articles/c.txt", "Thousands flee Riverton floods", "2024-03-06", edited);

    List<CopyLink> links = detector.detect(List.of(original, exact, near));

    assertEquals(2, links.size(), links.toString());
    for (CopyLink link : links) {
      assertEquals(original.hash(), link.original(), link.toString());
    }
    assertEquals(Set.of("exact", "near"), new TreeSet<>(links.stream().map(CopyLink::kind).toList()));
  }

  /**
   * Grows a story one member at a time, in {@code rounds} shuffled orders, and checks that the
   * detectors with memories give the links of the one without, asked once and again.
   */
  private static void assertSameLinksAsAStoryGrows(List<Analysis> articles, long seed, int rounds,
      CopyDetector forgetful, CopyDetector remembering, CopyDetector small) {
    List<Analysis> all = new ArrayList<>(articles);
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < rounds; round++) {
      List<Analysis> members = new ArrayList<>();
      for (Analysis a : all) {
        members.add(a);
        List<CopyLink> expected = forgetful.detect(members);
        assertEquals(expected, remembering.detect(members), "round " + round + ", " + members.size() + " members");
        assertEquals(expected, remembering.detect(members), "asked again");
        assertEquals(expected, small.detect(members), "with a memory smaller than the story");
      }
      java.util.Collections.shuffle(all, random);
    }
  }

  @Test
  void rememberedJudgementsGiveTheLinksOfFreshOnes() {
    Analysis original = flood();
    Analysis rewrite = floodRewrite();
    Analysis independent = floodLocal();
    List<Analysis> all = new ArrayList<>(seeds.values());
    all.addAll(List.of(original, rewrite, independent));
    CopyDetector remembering = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(1_000));
    CopyDetector forgetful = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(0));
    CopyDetector small = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(3));

    assertSameLinksAsAStoryGrows(all, 11, 4, forgetful, remembering, small);
    assertEquals(1, forgetful.detect(List.of(original, rewrite)).size(), "the fixture has a copy in it");
    assertThrows(IllegalArgumentException.class, () -> DedupeConfig.DEFAULTS.withCheckMemory(-1));
  }

  @Test
  void rememberedTextsGiveTheLinksOfFreshOnes() {
    List<Analysis> all = new ArrayList<>(seeds.values());
    all.addAll(List.of(flood(), floodRewrite(), floodLocal(), floodWire()));
    // No check memory, so every call judges every pair and reads every member's text.
    CopyDetector forgetful = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(0).withTextMemory(0));
    CopyDetector remembering = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(0).withTextMemory(1_000));
    CopyDetector small = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(0).withTextMemory(2));

    assertSameLinksAsAStoryGrows(all, 5, 3, forgetful, remembering, small);
    List<CopyLink> links = forgetful.detect(all);
    assertEquals(Set.of("derivative", "exact"), new TreeSet<>(links.stream().map(CopyLink::kind).toList()),
        "the fixture has copies in it: " + links);
  }

  @Test
  void rememberedChecksGiveTheLinksOfFreshOnesWhenStoriesMerge() {
    Analysis original = flood();
    Analysis wire = floodWire();
    List<Analysis> all = new ArrayList<>(seeds.values());
    all.addAll(List.of(original, wire, floodRewrite(), floodLocal()));
    CopyDetector fresh = new CopyDetector(DedupeConfig.DEFAULTS.withCheckMemory(0));
    CopyDetector remembering = new CopyDetector(DedupeConfig.DEFAULTS);

    // Two stories checked apart, then merged either way round: the pairs within each were judged,
    // the pairs across them were not.
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 20; round++) {
      java.util.Collections.shuffle(all, random);
      int cut = 1 + random.nextInt(all.size() - 1);
      List<Analysis> a = all.subList(0, cut);
      List<Analysis> b = all.subList(cut, all.size());
      assertEquals(fresh.detect(a), remembering.detect(a), "round " + round);
      assertEquals(fresh.detect(b), remembering.detect(b), "round " + round);
      List<Analysis> merged = new ArrayList<>(b);
      merged.addAll(a);
      assertEquals(fresh.detect(merged), remembering.detect(merged), "round " + round + ", merged");
      assertEquals(fresh.detect(all), remembering.detect(all), "round " + round + ", merged the other way");
    }
    // A member listed twice stands for two places; its copies are found as without a memory.
    List<Analysis> twice = List.of(original, wire, wire);
    assertEquals(2, fresh.detect(twice).size());
    assertEquals(fresh.detect(twice), remembering.detect(twice));
    assertEquals(fresh.detect(twice), remembering.detect(twice), "asked again");
  }

  @Test
  void rejectsANegativeTextMemory() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DedupeConfig.DEFAULTS.withTextMemory(-1));
    assertEquals("textMemory must not be negative, was -1", e.getMessage());
    assertEquals(0, DedupeConfig.DEFAULTS.withTextMemory(0).textMemory());
  }

  @Test
  void rejectsInvalidConfig() {
    assertThrows(IllegalArgumentException.class, () -> DedupeConfig.DEFAULTS.withSentenceMatch(0));
    assertThrows(IllegalArgumentException.class, () -> DedupeConfig.DEFAULTS.withDerivativeCoverage(1.5));
    assertFalse(DedupeConfig.DEFAULTS.sentenceMatch() <= 0);
  }

  private static int longestSharedRun(List<String> a, List<String> b) {
    String[] x = String.join(" ", a).toLowerCase(Locale.ROOT).split("\\W+");
    String[] y = String.join(" ", b).toLowerCase(Locale.ROOT).split("\\W+");
    int best = 0;
    int[][] run = new int[x.length + 1][y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        if (x[i - 1].equals(y[j - 1])) {
          run[i][j] = run[i - 1][j - 1] + 1;
          best = Math.max(best, run[i][j]);
        }
      }
    }
    return best;
  }
}
