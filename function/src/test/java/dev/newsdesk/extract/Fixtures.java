package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test inputs from the classpath and unwraps extraction results. */
final class Fixtures {
  private Fixtures() {}

  /** The names (without {@code .txt}) of the seed articles under {@code /samples/seeds/}. */
  static final String[] SEEDS = {
    "000_9888ff113dcd5392", "001_47990866df937d46", "002_2d5c1ef77a0ef731",
    "003_05e8034c6cf52475", "004_29615b52c5e91245"
  };

  static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      assertNotNull(in, "missing test resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RawDocument seed(String name) {
    return new RawDocument("articles/seeds/" + name + ".txt", resource("/samples/seeds/" + name + ".txt"), null,
        "text/plain");
  }

  static RawDocument html(String name) {
    return new RawDocument("articles/html/" + name, resource("/extract/html/" + name), null, "text/html");
  }

  static Article article(ExtractResult result) {
    if (result instanceof Rejection rejection) {
      throw new AssertionError("expected an article, got " + rejection);
    }
    return assertInstanceOf(Article.class, result);
  }

  static Rejection rejection(ExtractResult result, String reason) {
    Rejection rejection = assertInstanceOf(Rejection.class, result, () -> "expected a rejection, got " + result);
    assertEquals(reason, rejection.reason(), rejection.detail());
    return rejection;
  }
}
