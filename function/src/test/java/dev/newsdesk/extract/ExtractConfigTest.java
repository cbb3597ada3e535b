package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractConfigTest {

  @Test
  void defaults() {
    assertEquals(new ExtractConfig(250, 500, 300, 6), ExtractConfig.DEFAULTS);
  }

  @Test
  void copiesChangeOneValue() {
    ExtractConfig c = ExtractConfig.DEFAULTS.withShortBodyChars(800).withMaxTitleChars(120).withMaxHeadingWords(4);
    assertEquals(new ExtractConfig(250, 800, 120, 4), c);
    assertEquals(new ExtractConfig(900, 900, 120, 4), c.withMinBodyChars(900), "short-body threshold follows");
    assertEquals(new ExtractConfig(100, 800, 120, 4), c.withMinBodyChars(100));
  }

  @Test
  void invalidValuesAreRejectedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractConfig.DEFAULTS.withMinBodyChars(0))
        .getMessage().contains("minBodyChars"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractConfig.DEFAULTS.withShortBodyChars(10))
        .getMessage().contains("shortBodyChars"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractConfig.DEFAULTS.withMaxTitleChars(5))
        .getMessage().contains("maxTitleChars"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractConfig.DEFAULTS.withMaxHeadingWords(0))
        .getMessage().contains("maxHeadingWords"));
  }
}
