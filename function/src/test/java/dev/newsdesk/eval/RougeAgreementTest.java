package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.eval.Rouge.Result;
import dev.newsdesk.eval.Rouge.Score;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our ROUGE against the reference scorer {@code shared/eval/quality/rouge.py}, run with python3:
 * corpus means for lead summaries on the development sets (both modes), and per-summary scores,
 * compared bit for bit, on random texts made to hit the awkward cases.
 */
class RougeAgreementTest {
  /** Corpus means from {@code --json}: allowed difference (summation order only; 0 on Python 3.11). */
  private static final double MEAN_TOLERANCE = 1e-9;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'\u201d\u2019)]*");

  private final ObjectMapper json = new ObjectMapper();
  private final Rouge rouge = new Rouge();

  @TempDir Path tmp;

  private record Cluster(String id, String lead, List<String> references) {}

  @Test
  void duc2003LeadSummaries() throws Exception {
    agree("duc2003_task2", 100);
  }

  @Test
  void multiNewsLeadSummaries() throws Exception {
    agree("multinews_val_sample250", 250);
  }

  /**
   * For the first 5 clusters, the lead {@code words} words of the first document, one sentence a
   * line, scored by rouge.py (F1 mode and {@code --rouge155}, each as {@code --json} and as the
   * printed table) and by us.
   */
  private void agree(String set, int words) throws Exception {
    Path scorer = Shared.path("eval/quality/rouge.py").orElse(null);
    Path data = Shared.path("corpus/mds/" + set + "/clusters.jsonl").orElse(null);
    assumeTrue(scorer != null && data != null,
        "shared/eval or shared/corpus/mds/" + set + " not found beside the project: rouge.py agreement skipped");
    assumeTrue(Shared.hasPython(), "python3 not available: rouge.py agreement skipped");

    List<Cluster> clusters = firstClusters(data, 5, words);
    Path pred = tmp.resolve(set + "-lead.jsonl");
    List<String> lines = new ArrayList<>();
    for (Cluster c : clusters) {
      lines.add(json.writeValueAsString(Map.of("id", c.id(), "summary", c.lead())));
    }
    Files.write(pred, lines, StandardCharsets.UTF_8);

    for (boolean duc : new boolean[] {false, true}) {
      List<Result> ours = new ArrayList<>();
      for (Cluster c : clusters) {
        ours.add(duc ? rouge.score155(c.lead(), c.references(), 100) : rouge.score(c.lead(), c.references()));
      }
      Map<String, Score> means = Rouge.Corpus.mean(ours);
      List<String> args = new ArrayList<>(List.of(scorer.toString(), "--data", data.toString(), "--pred",
          pred.toString()));
      if (duc) {
        args.add("--rouge155");
      }
      String mode = set + (duc ? " --rouge155" : "");

      String table = python(args, "");
      String[] printed = table.split("\n");
      assertEquals("n=" + clusters.size(), printed[0], mode);
      assertEquals(printed[1], Rouge.Corpus.table(means), mode + ": printed table");

      args.add("--json");
      JsonNode theirs = json.readTree(python(args, ""));
      assertEquals(clusters.size(), theirs.get("n").asInt(), mode);
      assertEquals(List.copyOf(means.keySet()), fieldNames(theirs.get("scores")), mode);
      int bitExact = 0;
      for (Map.Entry<String, Score> e : means.entrySet()) {
        JsonNode t = theirs.get("scores").get(e.getKey());
        double[] expected = {t.get("p").asDouble(), t.get("r").asDouble(), t.get("f").asDouble()};
        double[] actual = {e.getValue().precision(), e.getValue().recall(), e.getValue().f1()};
        for (int k = 0; k < 3; k++) {
          assertEquals(expected[k], actual[k], MEAN_TOLERANCE, mode + " " + e.getKey() + " " + "prf".charAt(k));
          bitExact += expected[k] == actual[k] ? 1 : 0;
        }
      }
      System.out.println(String.format(Locale.ROOT, "rouge agreement %s: %d of %d means bit-identical%n%s", mode,
          bitExact, 3 * means.size(), printed[1]));
    }
  }

  private List<Cluster> firstClusters(Path data, int n, int words) throws IOException {
    List<Cluster> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && out.size() < n; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        List<String> refs = new ArrayList<>();
        c.get("references").forEach(r -> refs.add(r.asText()));
        String text = c.get("docs").get(0).get("text").asText();
        out.add(new Cluster(c.get("id").asText(), lead(text, words), refs));
      }
    }
    return out;
  }

  /** The first {@code words} words, a line break after each word that ends a sentence. */
  private static String lead(String text, int words) {
    String[] tokens = WHITESPACE.split(text.strip());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(words, tokens.length); i++) {
      if (i > 0) {
        out.append(out.charAt(out.length() - 1) == '\n' ? "" : " ");
      }
      out.append(tokens[i]);
      if (SENTENCE_END.matcher(tokens[i]).matches()) {
        out.append('\n');
      }
    }
    return out.toString().strip();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ------------------------------------------------------------------ per summary, bit for bit

  private static final String[] PIECES = {"a", "b", "c", "the", "The", "cat", "cats", "running", "runs", "ran",
      "U.S.", "co-operate", "\u0130stanbul", "\u212Aelvin", "café", "1990s", "x-y", "--", "news", "dying", "happy",
      "happier", "generalization", "relational", "Sky", "skies", "agreed", "it's", "hopefully", "—", "(c)"};
  private static final String[] GAPS = {" ", " ", " ", "  ", "\n", "\n", "\u00a0", "\t", ", ", ". ", "\u2003",
      "\r\n", "\u200b", "-", "\n\n", " \n "};

  @Test
  void perSummaryScoresAreBitIdentical() throws Exception {
    Path scorer = Shared.path("eval/quality/rouge.py").orElse(null);
    assumeTrue(scorer != null, "shared/eval not found beside the project: rouge.py agreement skipped");
    assumeTrue(Shared.hasPython(), "python3 not available: rouge.py agreement skipped");

    Random random = new Random(20240611);
    int[] limits = {0, 1, 3, 5, 10, 100};
    List<Map<String, Object>> cases = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<String> refs = new ArrayList<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        refs.add(randomText(random, random.nextInt(30)));
      }
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("pred", randomText(random, random.nextInt(30)));
      c.put("refs", refs);
      c.put("stem", random.nextInt(5) > 0);
      c.put("multi", random.nextBoolean() ? "max" : "avg");
      c.put("limit", limits[random.nextInt(limits.length)]);
      cases.add(c);
    }
    String script = String.join("\n",
        "import json, sys",
        "sys.path.insert(0, sys.argv[1])",
        "import rouge",
        "out = []",
        "for c in json.loads(sys.stdin.buffer.read().decode('utf-8')):",
        "    f = rouge.score_multi(c['refs'], c['pred'], rouge.ROUGE_TYPES, c['stem'], c['multi'])",
        "    a = rouge.score_155(c['refs'], c['pred'], length_limit=c['limit'], stem=c['stem'])",
        "    out.append({'f': f, 'a': a})",
        "json.dump(out, sys.stdout)");
    JsonNode theirs = json.readTree(python(List.of("-c", script, scorer.getParent().toString()),
        json.writeValueAsString(cases)));
    assertEquals(cases.size(), theirs.size());
    int compared = 0;
    for (int i = 0; i < cases.size(); i++) {
      Map<String, Object> c = cases.get(i);
      @SuppressWarnings("unchecked")
      List<String> refs = (List<String>) c.get("refs");
      Rouge configured = new Rouge((Boolean) c.get("stem"),
          "max".equals(c.get("multi")) ? Rouge.Multi.MAX : Rouge.Multi.AVG);
      Result f = configured.score((String) c.get("pred"), refs);
      Result a = configured.score155((String) c.get("pred"), refs, (Integer) c.get("limit"));
      compared += compare(theirs.get(i).get("f"), f, "case " + i + " F1 mode " + c);
      compared += compare(theirs.get(i).get("a"), a, "case " + i + " rouge155 mode " + c);
    }
    assertEquals(cases.size() * (4 + 2) * 3, compared);
  }

  private static int compare(JsonNode expected, Result actual, String what) {
    int n = 0;
    Map<String, Score> ours = actual.byType();
    assertEquals(fieldNames(expected), List.copyOf(ours.keySet()), what);
    for (Map.Entry<String, Score> e : ours.entrySet()) {
      JsonNode t = expected.get(e.getKey());
      assertEquals(t.get(0).asDouble(), e.getValue().precision(), 0.0, what + " " + e.getKey() + " P");
      assertEquals(t.get(1).asDouble(), e.getValue().recall(), 0.0, what + " " + e.getKey() + " R");
      assertEquals(t.get(2).asDouble(), e.getValue().f1(), 0.0, what + " " + e.getKey() + " F");
      n += 3;
    }
    return n;
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (i > 0) {
        out.append(GAPS[random.nextInt(GAPS.length)]);
      }
      // a small vocabulary, so that equal tokens and LCS ties abound
      out.append(PIECES[random.nextInt(random.nextBoolean() ? 6 : PIECES.length)]);
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ running python3

  /** Runs {@code python3 args...} with {@code stdin}; its standard output, failing on a non-zero exit. */
  static String python(List<String> args, String stdin) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = builder.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p, false));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p, true));
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String text = new String(out.join(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    assertEquals(0, exit, "python3 " + String.join(" ", args) + ": "
        + new String(err.join(), StandardCharsets.UTF_8));
    return text;
  }

  private static byte[] drain(Process p, boolean error) {
    try {
      return (error ? p.getErrorStream() : p.getInputStream()).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
