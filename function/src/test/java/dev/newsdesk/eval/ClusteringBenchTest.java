package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.cluster.ClusterConfig;
import org.junit.jupiter.api.Test;

/**
 * The benchmark builds its synthetic stories and reports sane figures. Nothing here asserts a speed:
 * the figures are measured with {@code ClusteringBench} and reported in the README, never gated by a
 * timed test.
 */
class ClusteringBenchTest {
  @Test
  void buildsTheOpenStoriesAndTimesArticlesThatContinueThem() {
    ClusteringBench.Figures f = ClusteringBench.measure(ClusterConfig.DEFAULTS, 300, 20, 50, 4);

    assertTrue(f.openStories() > 290 && f.openStories() <= 300, "synthetic stories stay apart: " + f);
    assertEquals(50, f.measured());
    assertEquals(50, f.joined(), "every timed article continues its story");
    assertTrue(f.medianMicros() > 0 && f.p90Micros() >= f.medianMicros(), f.toString());
    assertTrue(f.postingsPerStory() > 0, f.toString());
  }

  @Test
  void theSameSeedGivesTheSameStories() {
    ClusteringBench.Figures a = ClusteringBench.measure(ClusterConfig.DEFAULTS, 100, 0, 10, 9);
    ClusteringBench.Figures b = ClusteringBench.measure(ClusterConfig.DEFAULTS, 100, 0, 10, 9);
    assertEquals(a.openStories(), b.openStories());
    assertEquals(a.postingsPerStory(), b.postingsPerStory());
  }

  @Test
  void refusesEmptySizes() {
    assertThrows(IllegalArgumentException.class, () -> ClusteringBench.measure(ClusterConfig.DEFAULTS, 0, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> ClusteringBench.measure(ClusterConfig.DEFAULTS, 1, 0, 0, 1));
  }
}
