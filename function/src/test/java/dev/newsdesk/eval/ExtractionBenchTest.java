package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark runs and reports sane figures. Nothing here asserts a speed: the figures are measured
 * with {@code ExtractionBench} and reported in the README, never gated by a timed test.
 */
class ExtractionBenchTest {
  private static final String PAGE = "<html><head><title>Bridge reopens</title></head><body><article>"
      + "<p>The old bridge reopened to traffic on Monday after two years of repairs, the council said.</p>".repeat(5)
      + "</article></body></html>";

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  @Test
  void measuresBothJobsOnTheSamePages() {
    Map<String, byte[]> pages = Map.of("a", PAGE.getBytes(StandardCharsets.UTF_8),
        "b", PAGE.replace("Bridge", "Tunnel").getBytes(StandardCharsets.UTF_8));

    ExtractionBench.Result result = ExtractionBench.measure(pages, extractor, 1, 3);

    assertEquals(2, result.pages());
    assertEquals(3, result.rounds());
    assertTrue(result.jsoupMsPerPage() > 0 && result.jsoupBytesMsPerPage() > 0 && result.extractMsPerPage() > 0,
        result.format());
    assertTrue(result.checksum() > 0, "work was done");
    assertTrue(result.format().contains("ratio"), result.format());
  }

  @Test
  void refusesNoPagesOrNoRounds() {
    assertThrows(IllegalArgumentException.class, () -> ExtractionBench.measure(Map.of(), extractor, 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> ExtractionBench.measure(Map.of("a", PAGE.getBytes(StandardCharsets.UTF_8)), extractor, 0, 0));
  }
}
