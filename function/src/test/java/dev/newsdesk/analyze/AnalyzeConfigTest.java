package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnalyzeConfigTest {

  @Test
  void defaults() {
    AnalyzeConfig c = AnalyzeConfig.DEFAULTS;
    assertEquals(7, c.futureToleranceDays());
    assertEquals(6, c.maxNameWords());
    assertEquals(2, c.minTermLength());
    assertTrue(c.stemming());
  }

  @Test
  void copiesChangeOneComponent() {
    AnalyzeConfig c = AnalyzeConfig.DEFAULTS.withFutureToleranceDays(0).withMaxNameWords(3)
        .withMinTermLength(1).withStemming(false);
    assertEquals(new AnalyzeConfig(0, 3, 1, false), c);
    assertEquals(7, AnalyzeConfig.DEFAULTS.futureToleranceDays());
    assertFalse(c.stemming());
  }

  @Test
  void rejectsOutOfRangeValuesNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeConfig.DEFAULTS.withFutureToleranceDays(-1));
    assertTrue(e.getMessage().contains("futureToleranceDays"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AnalyzeConfig.DEFAULTS.withMaxNameWords(0));
    assertThrows(IllegalArgumentException.class, () -> AnalyzeConfig.DEFAULTS.withMinTermLength(0));
    assertThrows(IllegalArgumentException.class, () -> AnalyzeConfig.DEFAULTS.withMinTermLength(11));
  }

  @Test
  void analyzerRejectsNullConfig() {
    assertThrows(NullPointerException.class, () -> new Analyzer(null));
  }
}
