package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * "Never throws for bad input": mangled copies of the fixtures (seeded, so every run sees the same
 * inputs) must give an article or a rejection, and the same one every time.
 */
class ExtractorFuzzTest {
  private static final String[] INPUTS = {
    "/extract/html/news-page.html", "/extract/html/graph-page.html", "/extract/html/jsonld-body.html",
    "/extract/html/div-article.html", "/samples/seeds/003_05e8034c6cf52475.txt"
  };
  private static final String[] CONTENT_TYPES = {null, "text/html", "text/plain; charset=utf-16", "text/html; charset=x"};

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  @Test
  void mangledInputsNeverThrow() {
    Random random = new Random(20240207);
    for (int round = 0; round < 400; round++) {
      byte[] bytes = Fixtures.resource(INPUTS[round % INPUTS.length]).clone();
      mangle(bytes, random);
      int length = random.nextInt(4) == 0 ? random.nextInt(bytes.length + 1) : bytes.length;
      byte[] input = Arrays.copyOf(bytes, length);
      RawDocument doc = new RawDocument("fuzz/" + round, input, null, CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
      ExtractResult first = extractor.extract(doc);
      assertNotNull(first);
      assertEquals(first, extractor.extract(doc), "deterministic for round " + round);
    }
  }

  private static void mangle(byte[] bytes, Random random) {
    int edits = 1 + random.nextInt(40);
    byte[] interesting = {'<', '>', '"', '\'', '/', '{', '}', '[', ']', ':', ',', '\\', '&', ';', 0, (byte) 0xFF,
        (byte) 0xC3, '\n', ' ', '.', '?'};
    for (int i = 0; i < edits && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
    }
  }
}
