package dev.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.eval.Shared;
import dev.newsdesk.eval.SummariesEval;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.publish.Json;
import dev.newsdesk.testing.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faithfulness invariant ({@link Faithfulness}) over everything the summarize stage writes: the
 * seeds' two stories and every seed alone, and every cluster of both development sets (when
 * {@code shared/} is beside the project). 100% is the target: one violation fails the test.
 */
class FaithfulnessTest {
  private final StoryWriter writer = new StoryWriter(SummarizeConfig.DEFAULTS);
  private final CopyDetector copies = new CopyDetector(DedupeConfig.DEFAULTS);

  private List<String> check(String name, List<Analysis> members) {
    StoryDraft draft = writer.write(members, copies.detect(members));
    List<String> out = new ArrayList<>();
    Faithfulness.violations(draft, members).forEach(v -> out.add(name + ": " + v));
    return out;
  }

  @Test
  void seedStoriesAndEverySeedAlone() {
    Map<String, Analysis> seeds = Seeds.analysed();
    List<String> violations = new ArrayList<>();
    violations.addAll(check("seeds A", List.of(seeds.get("000"), seeds.get("001"))));
    violations.addAll(check("seeds B", List.of(seeds.get("004"), seeds.get("002"), seeds.get("003"))));
    seeds.forEach((n, a) -> violations.addAll(check("seed " + n, List.of(a))));
    assertEquals(List.of(), violations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duc2003_task2", "multinews_val_sample250"})
  void everyDevelopmentCluster(String set) {
    Path file = Shared.path("corpus/mds/" + set + "/clusters.jsonl").orElse(null);
    assumeTrue(file != null, "shared/corpus/mds/" + set + " not found beside the project: skipped");
    Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);
    SummariesEval eval = new SummariesEval(analyzer, copies, writer, new Json());
    List<String> violations = new ArrayList<>();
    int stories = 0;
    for (SummariesEval.Cluster c : eval.read(file)) {
      List<Analysis> members = new ArrayList<>();
      c.docs().forEach(d -> members.add(analyzer.analyze(d.article())));
      members.sort(Comparator.comparing((Analysis a) -> a.article().published() == null ? "\uffff"
          : a.article().published()).thenComparing(Analysis::hash));
      violations.addAll(check(c.id(), members));
      stories++;
    }
    assertTrue(stories > 0, "no clusters in " + file);
    assertEquals(List.of(), violations.stream().limit(20).toList(), violations.size() + " violations");
  }
}
