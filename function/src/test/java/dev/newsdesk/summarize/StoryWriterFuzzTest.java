package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * "Never throws, never unfaithful": stories of mangled seed paragraphs and made-up sentences full of
 * the things the stage reads (names with particles and nicknames, quotes, counts, clock times, dates
 * that do not exist, datelines, dashes), seeded so every run sees the same inputs, must come out
 * faithful ({@link Faithfulness}) and the same every time.
 */
class StoryWriterFuzzTest {
  private static final String[] PIECES = {
    "LONDON (AP) _", "A US drone strike", "killed", "three", "two other", "One of the", "injured", "21",
    "on Wednesday night", "on 30 February", "at 25:61", "at 9:45 a.m.", "in Baghdad’s Mashtal neighbourhood",
    "Abu Baqir al-Saadi,", "Wissam Mohammed “Abu Bakr” al-Saadi", "a senior commander", "the commander",
    "“These crimes will not go unpunished,”", "said", "according to AFP", "- another group -", "“", "”", "\"",
    "identified as", "Joe Biden", "Hunter Biden", "President", "85 strikes", "in 1996", "last month", "But",
    "He", "In the wake of that attack,", "officials said.", "(Centcom)", "—", "’s", "Kata’ib Hezbollah", "."};

  private final StoryWriter writer = new StoryWriter(SummarizeConfig.DEFAULTS);

  @Test
  void madeUpStoriesAreFaithfulAndStable() {
    Random random = new Random(20240207);
    for (int round = 0; round < 120; round++) {
      int articles = 1 + random.nextInt(4);
      List<Analysis> members = new ArrayList<>();
      for (int a = 0; a < articles; a++) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int p = 0; p < count; p++) {
          paragraphs.add(sentence(random) + " " + sentence(random));
        }
        String date = random.nextBoolean() ? null : "2024-02-0" + (1 + random.nextInt(9));
        members.add(Seeds.article("fuzz/" + round + "/" + a, "Title " + round + " " + a + " " + sentence(random),
            date, paragraphs));
      }
      StoryDraft draft = writer.write(members, List.of());
      assertEquals(List.of(), Faithfulness.violations(draft, members), "round " + round);
      assertFalse(draft.summary().isEmpty(), "a lede for round " + round);
      assertEquals(draft, writer.write(members, List.of()), "deterministic for round " + round);
    }
  }

  private static String sentence(Random random) {
    StringBuilder out = new StringBuilder();
    int words = 3 + random.nextInt(18);
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.append('.').toString();
  }
}
