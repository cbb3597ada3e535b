package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whitespace handling shared by every path, and the one-pass text builder that must agree with it. */
class ProseTest {
  @Test
  void visibleLengthCountsEverythingButWhitespace() {
    assertEquals(0, Prose.visibleLength(" \t\n\r\u00A0\u2003\u3000\u001C"));
    assertEquals(5, Prose.visibleLength("a b\u00A0c\u0001 d"), "a control character that is not whitespace counts");
    assertEquals(3, Prose.visibleLength("日本語"));
    assertTrue(Prose.isBlank(" \u00A0\n"));
    assertFalse(Prose.isBlank("  x"));
  }

  @Test
  void normalizeReturnsNormalizedTextAsItIs() {
    Random random = new Random(11);
    String alphabet = "ab  \t\n\u00A0\u2003é日\u0001.";
    for (int i = 0; i < 5000; i++) {
      StringBuilder raw = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = raw.toString();
      assertEquals(Prose.normalize(raw), Prose.normalize(text), "the same as the general path for '" + text + "'");
    }
    String done = "Already normal text, one space apart.";
    assertSame(done, Prose.normalize(done));
  }

  @Test
  void normalizedTextAgreesWithNormalize() {
    Random random = new Random(7);
    String alphabet = "ab \t\n\u00A0\u2003é日\u0001.";
    NormalizedText reused = new NormalizedText();
    for (int i = 0; i < 2000; i++) {
      NormalizedText built = i % 2 == 0 ? new NormalizedText() : reused;
      built.clear(); // a cleared builder starts afresh
      StringBuilder raw = new StringBuilder();
      int visible = 0;
      int pieces = random.nextInt(5);
      for (int p = 0; p < pieces; p++) {
        StringBuilder piece = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextBoolean()) {
          built.space();
          raw.append(' ');
        }
        visible += built.append(piece.toString());
        raw.append(piece);
      }
      assertEquals(Prose.normalize(raw), built.toString(), "pieces of " + raw);
      assertEquals(Prose.visibleLength(raw), visible);
      assertEquals(visible, built.visible());
    }
  }
}
