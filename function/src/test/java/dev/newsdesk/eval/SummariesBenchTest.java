package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports every size; it asserts no time (speed is reported, not tested). */
class SummariesBenchTest {
  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);
  private final CopyDetector copies = new CopyDetector(DedupeConfig.DEFAULTS);
  private final StoryWriter writer = new StoryWriter(SummarizeConfig.DEFAULTS);

  @Test
  void syntheticArticlesAreTheSameEveryTime() {
    assertEquals(SummariesBench.synthetic(12, 7), SummariesBench.synthetic(12, 7));
  }

  @Test
  void measuresEverySize() {
    List<Article> articles = SummariesBench.synthetic(100, 7);
    List<Analysis> analysed = articles.stream().map(analyzer::analyze).toList();
    SummariesBench.Result result = SummariesBench.measure("synthetic", analysed, copies, writer, 0, 1);
    assertEquals(SummariesBench.SIZES, result.rows().stream().map(SummariesBench.Row::articles).toList());
    assertTrue(result.checksum() > 0, "stories were written");
    assertTrue(result.format().contains("100 articles/story"), result.format());
  }

  @Test
  void needsEnoughArticles() {
    List<Analysis> few = SummariesBench.synthetic(10, 7).stream().map(analyzer::analyze).toList();
    assertThrows(IllegalArgumentException.class, () -> SummariesBench.measure("synthetic", few, copies, writer, 0, 1));
  }
}
