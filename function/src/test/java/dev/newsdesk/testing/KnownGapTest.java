package dev.newsdesk.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class KnownGapTest {
  @Test
  void aBodyThatStillFailsIsTheGapAndPasses() {
    assertDoesNotThrow(() -> KnownGap.expect("issue 0: x", () -> assertTrue(false, "still missing")));
  }

  @Test
  void aBodyThatPassesMeansTheGapClosedAndFails() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> KnownGap.expect("issue 0: x", () -> {}));
    assertTrue(e.getMessage().contains("issue 0: x") && e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void errorsAndSkipsAreNotTheGap() {
    assertThrows(IOException.class, () -> KnownGap.expect("issue 0: x", () -> {
      throw new IOException("disk");
    }));
    assertThrows(TestAbortedException.class, () -> KnownGap.expect("issue 0: x", () -> {
      throw new TestAbortedException("no data");
    }));
  }
}
