package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.publish.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation's reading, writing and scoring; above all, that its scores are score.py's: the
 * reference scorer is run on a prediction file this test writes (real extractions of 20 benchmark
 * pages plus deliberately damaged and edge-case bodies) and must print the numbers we compute.
 */
class ExtractionEvalTest {
  private static final String ARTICLE = "<html><head><title>Harbour reopens after storm - Port Gazette</title>"
      + "<meta property=\"og:site_name\" content=\"Port Gazette\"></head><body><article>"
      + "<p>The harbour reopened on Tuesday after a storm closed it for three days, the port authority said.</p>"
      + "<p>Fishing boats were the first to leave, followed by the morning ferry to the islands.</p>"
      + "<p>Repairs to the outer breakwater will take until the end of the month, engineers said.</p>"
      + "</article></body></html>";

  private final Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);
  private final ExtractionEval eval = new ExtractionEval(extractor);
  private final Json json = new Json();

  @TempDir
  Path dir;

  @Test
  void runExtractsEveryGzippedPageAndRejectedPagesHaveAnEmptyBody() throws IOException {
    Path corpus = dir.resolve("corpus");
    gzip(corpus.resolve("html/b-page.html.gz"), ARTICLE);
    gzip(corpus.resolve("html/a-empty.html.gz"), "");
    Files.writeString(corpus.resolve("html/ignored.txt"), "not a page");

    Map<String, String> bodies = eval.run(corpus);

    assertEquals(List.of("a-empty", "b-page"), new ArrayList<>(bodies.keySet()));
    assertEquals("", bodies.get("a-empty"));
    assertEquals("The harbour reopened on Tuesday after a storm closed it for three days, the port authority said.\n"
        + "Fishing boats were the first to leave, followed by the morning ferry to the islands.\n"
        + "Repairs to the outer breakwater will take until the end of the month, engineers said.", bodies.get("b-page"));
  }

  @Test
  void writeUsesTheScorersFormatSortedById() throws IOException {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("zz", "last");
    bodies.put("aa", "first\nsecond");
    Path out = dir.resolve("out/ours.json");

    eval.write(bodies, out);

    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(text.indexOf("\"aa\"") < text.indexOf("\"zz\""), text);
    Map<String, Object> read = json.readObject(text, "ours.json");
    assertEquals(Map.of("aa", Map.of("articleBody", "first\nsecond"), "zz", Map.of("articleBody", "last")), read);
  }

  @Test
  void truthReadsBodiesInFileOrder() throws IOException {
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, "{\"b\": {\"articleBody\": \"x\", \"url\": \"u\"}, \"a\": {\"articleBody\": null}, \"c\": \"y\"}");
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(eval.truth(truth).keySet()));
    assertEquals(Map.of("b", "x", "a", "", "c", "y"), eval.truth(truth));
  }

  @Test
  void scoresAgreeWithTheReferenceScorer() throws Exception {
    Path corpus = ExtractionQualityGateTest.benchmark();
    Path script = ExtractionQualityGateTest.sharedFolder().resolve("eval/extraction/score.py");
    Assumptions.assumeTrue(Files.isRegularFile(script), () -> "skipped: no reference scorer at " + script);
    Assumptions.assumeTrue(pythonWorks(), "skipped: python3 is not on the PATH");

    // Arrange: 20 real pages as we extract them, some damaged on purpose, plus edge cases.
    Map<String, String> allTruth = eval.truth(corpus.resolve("ground-truth.json"));
    Map<String, byte[]> pages = ExtractionEval.pages(corpus);
    Map<String, String> truth = new LinkedHashMap<>();
    Map<String, String> predicted = new TreeMap<>();
    int n = 0;
    for (Map.Entry<String, String> page : allTruth.entrySet()) {
      if (n == 20) {
        break;
      }
      String id = page.getKey();
      truth.put(id, page.getValue());
      String body = ExtractionEval.body(extractor.extract(ExtractionEval.document(id, pages.get(id))));
      predicted.put(id, damage(n++, body, page.getValue()));
    }
    edgeCases(truth, predicted);
    Path truthFile = dir.resolve("truth.json");
    Map<String, Map<String, String>> truthDocument = new LinkedHashMap<>();
    truth.forEach((id, body) -> truthDocument.put(id, Map.of("articleBody", body)));
    Files.write(truthFile, json.write(truthDocument));
    Path predictions = dir.resolve("ours.json");
    eval.write(predicted, predictions);

    // Act
    ExtractionScores ours = eval.score(predicted, truthFile);
    Path metrics = dir.resolve("metrics.json");
    String printed = run("python3", script.toString(), "--truth", truthFile.toString(), "--n-bootstrap", "10",
        "--json", metrics.toString(), predictions.toString());

    // Assert: the full-precision numbers, and the line score.py prints.
    @SuppressWarnings("unchecked")
    Map<String, Object> theirs = (Map<String, Object>) json.readObject(Files.readString(metrics), "metrics.json").get("ours");
    assertEquals(number(theirs, "f1"), ours.f1(), 1e-12, "f1");
    assertEquals(number(theirs, "precision"), ours.precision(), 1e-12, "precision");
    assertEquals(number(theirs, "recall"), ours.recall(), 1e-12, "recall");
    assertEquals(number(theirs, "accuracy"), ours.accuracy(), 1e-12, "accuracy");
    assertEquals(truth.size(), ((Number) theirs.get("pages")).intValue(), "pages");
    assertEquals(ours.empty(), ((Number) theirs.get("empty")).intValue(), "empty predictions");
    Matcher line = Pattern.compile("(?m)^ours\\s+([0-9.]+) ± [0-9.]+\\s+([0-9.]+) ± [0-9.]+\\s+([0-9.]+) ± [0-9.]+\\s+"
        + "([0-9.]+) ± [0-9.]+\\s+(\\d+)/(\\d+)").matcher(printed);
    assertTrue(line.find(), () -> "score.py printed no line for 'ours':\n" + printed);
    assertEquals(line.group(1), three(ours.f1()), "printed F1");
    assertEquals(line.group(2), three(ours.precision()), "printed precision");
    assertEquals(line.group(3), three(ours.recall()), "printed recall");
    assertEquals(line.group(4), three(ours.accuracy()), "printed accuracy");
    assertEquals(ours.empty() + "/" + ours.pages(), line.group(5) + "/" + line.group(6), "printed empty/pages");
  }

  /** A prediction made worse in one of several ways, so the comparison covers more than good output. */
  private static String damage(int n, String body, String truth) {
    List<String> lines = new ArrayList<>(List.of(body.split("\n")));
    return switch (n % 10) {
      case 1 -> "";
      case 2 -> body.substring(0, body.length() / 2);
      case 3 -> {
        Collections.reverse(lines);
        yield String.join("\n", lines);
      }
      case 4 -> body + "\nShare this story. Sign up for our newsletter. Comments are closed.";
      case 5 -> body.toUpperCase(Locale.ROOT);
      case 6 -> "two words";
      case 7 -> truth;
      case 8 -> truth.replace(",", "").replace("\n", " ");
      default -> body;
    };
  }

  private static void edgeCases(Map<String, String> truth, Map<String, String> predicted) {
    add(truth, predicted, "edge-short-same", "Alpha beta gamma", "alpha, beta: gamma!");
    add(truth, predicted, "edge-short-exact", "Alpha beta gamma", "Alpha beta gamma");
    add(truth, predicted, "edge-empty-truth", "", "some predicted words here");
    add(truth, predicted, "edge-both-empty", "", " … ");
    add(truth, predicted, "edge-unicode", "नमस्ते दुनिया e\u0301t x² Ⅻ 日本語の文章 snake_case 𝐀𝐁 words",
        "नमस्ते दुनिया et x² 日本語の文章 snake case 𝐀𝐁 words");
    add(truth, predicted, "edge-repeats", "a b c d a b c d a b c d", "a b c d a b c d");
  }

  private static void add(Map<String, String> truth, Map<String, String> predicted, String id, String t, String p) {
    truth.put(id, t);
    predicted.put(id, p);
  }

  private static double number(Map<String, Object> metrics, String key) {
    return ((Number) metrics.get(key)).doubleValue();
  }

  private static String three(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static boolean pythonWorks() {
    try {
      run("python3", "--version");
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs a command, returning what it printed; fails on a non-zero exit or after a minute. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " took over a minute");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + text);
    }
    return text;
  }

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
