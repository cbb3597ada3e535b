package dev.newsdesk.extract;

import static dev.newsdesk.extract.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares whole extracted articles with the golden files in {@code src/test/resources/extract/golden/}.
 *
 * <p>To regenerate the golden files after a deliberate change, run from {@code function/}:
 * <pre>
 * mvn -o test -Dtest='dev.newsdesk.extract.GoldenTest' -Dnewsdesk.updateGolden=true
 * </pre>
 * then review the diff ({@code git diff src/test/resources/extract/golden}) before committing it.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("newsdesk.updateGolden");
  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "extract", "golden");

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String seed : Fixtures.SEEDS) {
      cases.add(Arguments.of("seeds/" + seed + ".txt", Fixtures.seed(seed)));
    }
    for (String page : new String[] {"news-page", "graph-page", "title-suffix-site", "div-article"}) {
      cases.add(Arguments.of("html/" + page + ".txt", Fixtures.html(page + ".html")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String golden, RawDocument doc) throws IOException {
    String actual = render(article(extractor.extract(doc)));
    if (UPDATE) {
      Path file = GOLDEN_DIR.resolve(golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = GoldenTest.class.getResourceAsStream("/extract/golden/" + golden)) {
      assertNotNull(in, "no golden file " + golden + "; run with -Dnewsdesk.updateGolden=true to create it");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, golden);
    }
  }

  /**
   * The golden text form of an article: one {@code field: value} line per metadata field
   * ({@code -} for none), a blank line, then one paragraph per line.
   */
  static String render(Article article) {
    StringBuilder out = new StringBuilder();
    line(out, "title", article.title());
    line(out, "publisher", article.publisher());
    line(out, "url", article.url());
    line(out, "published", article.published());
    line(out, "modified", article.modified());
    line(out, "byline", article.byline());
    line(out, "language", article.language());
    line(out, "image", article.image());
    line(out, "warnings", article.warnings().isEmpty() ? null : String.join("; ", article.warnings()));
    out.append('\n');
    for (String paragraph : article.paragraphs()) {
      out.append(paragraph).append('\n');
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String field, String value) {
    out.append(field).append(": ").append(value == null ? "-" : value).append('\n');
  }
}
