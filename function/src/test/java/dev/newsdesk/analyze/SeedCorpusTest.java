package dev.newsdesk.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.eval.Shared;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Analyzes the five seed files of {@code ../shared/corpus/seeds/} whole. The corpus is not part of
 * the project: on a machine without it these tests are skipped, and say so.
 *
 * <p>Articles are built here by hand, one paragraph per non-blank line (the extract stage is not
 * used), with the first line as the title.
 */
class SeedCorpusTest {

  private final Analyzer analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);

  private static Path seeds() {
    return Shared.path("corpus/seeds").filter(Files::isDirectory).orElseGet(() -> {
      Assumptions.abort("seed corpus shared/corpus/seeds not found (set -Dnewsdesk.shared=DIR); "
          + "skipping the whole-seed tests");
      return null;
    });
  }

  private static Article load(String file, String published) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(seeds().resolve(file), StandardCharsets.UTF_8)) {
      String p = SentenceSplitter.normalise(line);
      if (!p.isEmpty()) {
        lines.add(p);
      }
    }
    String title = lines.remove(0);
    return new Article("seeds/" + file, Hashes.sha256(String.join("\n", lines)), title, null, null, published,
        null, null, "en", null, lines, List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_9888ff113dcd5392.txt", "001_47990866df937d46.txt", "002_2d5c1ef77a0ef731.txt",
      "003_05e8034c6cf52475.txt", "004_29615b52c5e91245.txt"})
  void everySentenceOfEverySeedStandsVerbatimInItsParagraph(String file) throws IOException {
    Article article = load(file, null);
    Analysis a = analyzer.analyze(article);
    assertFalse(a.sentences().isEmpty());
    int previousParagraph = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      assertEquals(i, s.index());
      assertTrue(s.paragraph() >= previousParagraph);
      previousParagraph = s.paragraph();
      String paragraph = article.paragraphs().get(s.paragraph());
      assertTrue(paragraph.contains(s.text()), () -> file + ": not verbatim: " + s.text());
      assertEquals(s.text().strip(), s.text());
    }
    assertEquals(a, analyzer.analyze(article), "analysis must be deterministic");
  }

  @Test
  void seed004WithAPublicationDate() throws IOException {
    Analysis a = analyzer.analyze(load("004_29615b52c5e91245.txt", "2024-02-08"));
    assertTrue(a.names().keySet().containsAll(List.of("Abu Baqir al-Saadi", "Kataib Hezbollah", "Harakat al Nujaba",
        "Joe Biden", "US Central Command", "Baghdad", "Mashtal")), a.names().toString());
    assertTrue(a.dates().contains(new DateMention(6, "Wednesday night", "2024-02-07", true)), a.dates().toString());
    assertTrue(a.numbers().stream().anyMatch(n -> n.value() == 85 && "strikes".equals(n.unit())));
  }

  @Test
  void seed003LeavesWednesdayNightUnresolvedWithoutADate() throws IOException {
    Analysis a = analyzer.analyze(load("003_05e8034c6cf52475.txt", null));
    assertEquals(new DateMention(1, "Wednesday night", null, true), a.dates().get(0));
    assertTrue(a.names().containsKey("al-Saadi"));
    assertFalse(a.names().containsKey("Al-Saadi"));
  }

  @Test
  void seed000HeadlineYieldsOnlyBodyNames() throws IOException {
    Analysis a = analyzer.analyze(load("000_9888ff113dcd5392.txt", "2024-01-05"));
    assertEquals("June 15, 2024", a.article().title());
    assertTrue(a.dates().contains(new DateMention(4, "January 4th", "2024-01-04", false)), a.dates().toString());
    assertTrue(Stream.of("Abu Tawwa", "Kataib Sayyid al-Shuhada", "Popular Mobilization Forces", "PMF")
        .allMatch(a.names()::containsKey), a.names().toString());
    assertFalse(a.names().containsKey("Drone Strike"), a.names().toString());
  }
}
