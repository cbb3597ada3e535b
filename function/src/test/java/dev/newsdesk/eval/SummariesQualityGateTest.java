package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.publish.Json;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The summaries quality gate (issue 5): the desk's own selection ({@link StoryWriter#digest}, the
 * same that writes a story's lede and body) with the default configuration, scored by the Java ROUGE
 * that reproduces {@code rouge.py}: DUC 2003 task 2 as ROUGE-1.5.5 recall at 100 words
 * ({@code rouge.py --rouge155 --length-limit 100}), the Multi-News sample as F1 at 250 words. Fails
 * below the floors pinned in {@code quality/summaries-floor.properties}; skips, and says so, when the
 * development data is not beside the project.
 */
class SummariesQualityGateTest {
  private final SummariesEval eval = new SummariesEval(new Analyzer(AnalyzeConfig.DEFAULTS),
      new CopyDetector(DedupeConfig.DEFAULTS), new StoryWriter(SummarizeConfig.DEFAULTS), new Json());
  private final Floors floors = new Floors("summaries");

  private Map<String, Rouge.Score> run(String set, int words, boolean rouge155) {
    Path file = Shared.path("corpus/mds/" + set + "/clusters.jsonl").orElse(null);
    assumeTrue(file != null, "shared/corpus/mds/" + set + " not found beside the project: summaries gate skipped");
    List<SummariesEval.Cluster> clusters = eval.read(file);
    Map<String, String> summaries = eval.summarize(clusters, words);
    for (String summary : summaries.values()) {
      int length = summary.isBlank() ? 0 : summary.strip().split("\\s+").length;
      assertTrue(length <= words, "a summary of " + length + " words overruns the budget of " + words);
    }
    Map<String, Rouge.Score> means = eval.score(clusters, summaries, rouge155, words);
    System.out.println("summaries " + set + " (" + words + " words" + (rouge155 ? ", ROUGE-1.5.5 recall" : ", F1")
        + "):\n" + Rouge.Corpus.table(means));
    return means;
  }

  @Test
  void duc2003RecallAt100Words() {
    Map<String, Rouge.Score> means = run("duc2003_task2", 100, true);
    assertAtLeast("duc2003_task2.rouge1.recall", means.get("rouge1").recall());
    assertAtLeast("duc2003_task2.rouge2.recall", means.get("rouge2").recall());
  }

  @Test
  void multiNewsF1At250Words() {
    Map<String, Rouge.Score> means = run("multinews_val_sample250", 250, false);
    assertAtLeast("multinews_val_sample250.rouge1.f1", means.get("rouge1").f1());
    assertAtLeast("multinews_val_sample250.rouge2.f1", means.get("rouge2").f1());
  }

  private void assertAtLeast(String key, double percent) {
    double floor = floors.get(key);
    assertTrue(percent >= floor, String.format(Locale.ROOT, "%s fell to %.2f, below its floor %.1f", key, percent,
        floor));
  }
}
