package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Cited;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.Section;
import dev.newsdesk.model.Source;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.TimelineEntry;
import dev.newsdesk.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryWriterTest {
  private static final Pattern DANGLING = Pattern.compile("^(But|And|However|He|She|They|It|This|That)\\b.*");
  private final StoryWriter writer = new StoryWriter(SummarizeConfig.DEFAULTS);
  private final Map<String, Analysis> seeds = Seeds.analysed();

  private StoryDraft storyB() {
    List<Analysis> members = List.of(seeds.get("004"), seeds.get("002"), seeds.get("003"));
    List<CopyLink> copies = new CopyDetector(DedupeConfig.DEFAULTS).detect(members);
    return writer.write(members, copies);
  }

  private static List<Cited> everySentence(StoryDraft draft) {
    List<Cited> all = new ArrayList<>(draft.summary());
    for (Section s : draft.body()) {
      all.addAll(s.sentences());
    }
    return all;
  }

  @Test
  void everySentenceStandsVerbatimInEverySourceItCites() {
    StoryDraft draft = storyB();
    List<Analysis> bySource = List.of(seeds.get("004"), seeds.get("002"), seeds.get("003"));
    for (Cited sentence : everySentence(draft)) {
      for (int n : sentence.cite()) {
        Analysis source = bySource.get(n - 1);
        assertTrue(source.sentences().stream().anyMatch(s -> s.text().equals(sentence.text())),
            "not in source " + n + ": " + sentence.text());
      }
    }
    for (TimelineEntry t : draft.timeline()) {
      assertTrue(t.cite().stream().allMatch(n -> bySource.get(n - 1).sentences().stream()
          .anyMatch(s -> s.text().equals(t.text()))), t.toString());
    }
  }

  @Test
  void theCopyIsListedButNeverCitedOrCounted() {
    StoryDraft draft = storyB();
    Source copy = draft.sources().get(1);
    assertEquals("articles/002_2d5c1ef77a0ef731.txt", copy.key());
    assertEquals(1, copy.copyOf());
    assertFalse(copy.independent());
    assertEquals(2, draft.independentSources());
    for (Cited sentence : everySentence(draft)) {
      assertFalse(sentence.cite().contains(2), "cites the copy: " + sentence.text());
    }
    assertFalse(draft.headline().source() == 2, "headline from a copy");
  }

  @Test
  void theLedeHasOneToThreeStandaloneSentencesAndNothingIsRepeated() {
    StoryDraft draft = storyB();
    assertTrue(draft.summary().size() >= 1 && draft.summary().size() <= 3, draft.summary().toString());
    List<String> texts = everySentence(draft).stream().map(Cited::text).toList();
    assertEquals(texts.size(), texts.stream().distinct().count(), "a sentence appears twice");
    for (String t : texts) {
      assertFalse(DANGLING.matcher(t).matches(), "needs a previous sentence: " + t);
      assertFalse(t.contains("[1]"), "reference marks: " + t);
    }
  }

  @Test
  void theHeadlineIsASourceTitle() {
    StoryDraft draft = storyB();
    assertEquals(draft.sources().get(draft.headline().source() - 1).title(), draft.headline().text());
  }

  @Test
  void timelineIsSortedAndHoldsOnlyDatesAndMonths() {
    StoryDraft draft = writer.write(List.of(seeds.get("000"), seeds.get("001")), List.of());
    List<String> dates = draft.timeline().stream().map(TimelineEntry::date).toList();
    for (String d : dates) {
      assertTrue(d.matches("\\d{4}-\\d{2}(-\\d{2})?|--\\d{2}-\\d{2}"), d);
    }
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(String::compareTo);
    assertEquals(sorted, dates);
  }

  @Test
  void aSingleArticleMakesASingleSourceStory() {
    StoryDraft draft = writer.write(List.of(seeds.get("004")), List.of());
    assertEquals(1, draft.independentSources());
    assertEquals("US drone strike kills Iran-backed militia leader in Baghdad", draft.headline().text());
    assertFalse(draft.summary().isEmpty());
  }

  @Test
  void theDigestIsTheStorysSelectionWithinABudget() {
    List<Analysis> members = List.of(seeds.get("004"), seeds.get("002"), seeds.get("003"));
    List<CopyLink> copies = new CopyDetector(DedupeConfig.DEFAULTS).detect(members);
    for (int budget : new int[] {25, 60, 100, 250}) {
      List<String> digest = writer.digest(members, copies, budget);
      assertFalse(digest.isEmpty(), "budget " + budget);
      int words = digest.stream().mapToInt(s -> s.split("\\s+").length).sum();
      assertTrue(words <= budget, words + " words for a budget of " + budget);
    }
    StoryDraft draft = writer.write(members, copies);
    assertEquals(draft.summary().get(0).text(), writer.digest(members, copies, 400).get(0), "the lede opens both");
  }

  @Test
  void theSameMembersGiveTheSameDraft() {
    assertEquals(storyB(), storyB());
    assertEquals(writer.write(List.of(seeds.get("000"), seeds.get("001")), List.of()),
        new StoryWriter(SummarizeConfig.DEFAULTS).write(List.of(seeds.get("000"), seeds.get("001")), List.of()));
  }

  @Test
  void aDatelineIsCutAndRecorded() {
    Analysis wire = Seeds.article("articles/wire.txt", "Pinochet arrested in London", "1998-10-17", List.of(
        "LONDON (AP) _ British police said Saturday they have arrested former Chilean dictator Gen. Augusto "
            + "Pinochet on allegations of murdering Spanish citizens.",
        "Pinochet, 82, in London for surgery, was held Friday night after British authorities received a Spanish "
            + "extradition warrant."));
    StoryDraft draft = writer.write(List.of(wire), List.of());
    Cited lede = draft.summary().get(0);
    assertEquals("dateline", lede.trimmed());
    assertTrue(lede.text().startsWith("British police said Saturday"), lede.text());
  }

  @Test
  void aStoryOfFragmentsStillHasALede() {
    Analysis fragments = Seeds.article("articles/short.txt", "Storm hits the coast", null,
        List.of("Storm warning.", "Roads closed."));
    StoryDraft draft = writer.write(List.of(fragments), List.of());
    assertEquals(new Cited("Storm warning.", List.of(1)), draft.summary().get(0));
  }

  @Test
  void aStoryNeedsArticles() {
    assertThrows(IllegalArgumentException.class, () -> writer.write(List.of(), List.of()));
  }
}
