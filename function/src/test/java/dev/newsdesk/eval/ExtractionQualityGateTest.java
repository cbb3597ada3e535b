package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality gate: extracts all pages of the article-extraction benchmark and fails when
 * F1, precision or recall falls below the floors pinned in
 * {@code src/test/resources/quality/extraction-floor.properties} (a file whose numbers only move up).
 *
 * <p>The benchmark lives outside the repository, in {@code ../shared/corpus/extraction-benchmark}
 * beside the project (override the {@code shared} folder with {@code -Dnewsdesk.shared=<dir>}). On a
 * machine without it the gate is skipped, and says so.
 */
class ExtractionQualityGateTest {
  static final String FLOORS = "/quality/extraction-floor.properties";

  /** The {@code shared} folder: {@code -Dnewsdesk.shared}, else {@code ../../shared} from {@code function/}. */
  static Path sharedFolder() {
    String override = System.getProperty("newsdesk.shared");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../../shared").normalize();
  }

  /** The benchmark folder, or a skipped test saying where it was looked for. */
  static Path benchmark() {
    Path corpus = sharedFolder().resolve("corpus/extraction-benchmark");
    Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("html")) && Files.isRegularFile(corpus.resolve("ground-truth.json")),
        () -> "skipped: no extraction benchmark at " + corpus + " (set -Dnewsdesk.shared=<dir> to point at it)");
    return corpus;
  }

  @Test
  void benchmarkScoresStayAboveTheFloors() throws IOException {
    Path corpus = benchmark();
    Properties floors = floors();

    ExtractionEval eval = new ExtractionEval(new Extractor(ExtractConfig.DEFAULTS));
    Map<String, String> bodies = eval.run(corpus);
    ExtractionScores scores = eval.score(bodies, corpus.resolve("ground-truth.json"));
    System.out.println("extraction benchmark: " + scores.format());

    assertEquals(181, scores.pages(), "pages in the benchmark");
    assertAll(
        () -> assertAtLeast("f1", scores.f1(), floors),
        () -> assertAtLeast("precision", scores.precision(), floors),
        () -> assertAtLeast("recall", scores.recall(), floors));
  }

  private static Properties floors() throws IOException {
    Properties floors = new Properties();
    try (InputStream in = ExtractionQualityGateTest.class.getResourceAsStream(FLOORS)) {
      assertNotNull(in, "missing floors file " + FLOORS);
      floors.load(in);
    }
    return floors;
  }

  private static void assertAtLeast(String name, double value, Properties floors) {
    String floor = floors.getProperty(name);
    assertNotNull(floor, "no floor for " + name + " in " + FLOORS);
    assertTrue(value >= Double.parseDouble(floor), () -> String.format(Locale.ROOT,
        "%s fell to %.4f, below its floor %s in %s", name, value, floor, FLOORS));
  }
}
