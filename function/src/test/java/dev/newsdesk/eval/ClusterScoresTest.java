package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterScoresTest {
  @TempDir Path tmp;

  @Test
  void smallCasesWorkedByHand() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    ClusterScores perfect = ClusterScores.of(gold, Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
    assertEquals(1.0, perfect.pairwiseF1(), 1e-12);
    assertEquals(1.0, perfect.bcubedF1(), 1e-12);

    ClusterScores oneCluster = ClusterScores.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
    assertEquals(2.0 / 6, oneCluster.pairwiseP(), 1e-12); // 2 true pairs of 6
    assertEquals(1.0, oneCluster.pairwiseR(), 1e-12);
    assertEquals(0.5, oneCluster.bcubedP(), 1e-12);

    ClusterScores missing = ClusterScores.of(gold, Map.of("a", "1", "b", "1"));
    assertEquals(0.5, missing.pairwiseR(), 1e-12); // c, d scored as singletons
    assertEquals(1.0, missing.pairwiseP(), 1e-12);
  }

  @Test
  void agreesWithTheReferenceScorer() throws Exception {
    Path scorer = Shared.path("eval/quality/cluster_score.py").orElse(null);
    assumeTrue(scorer != null, "shared/eval not found beside the project: reference-scorer check skipped");
    assumeTrue(Shared.hasPython(), "python3 not available: reference-scorer check skipped");

    Random random = new Random(7);
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> pred = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      gold.put("d" + i, "g" + random.nextInt(17));
      if (random.nextInt(20) > 0) {
        pred.put("d" + i, "p" + random.nextInt(25));
      }
    }
    Path goldFile = write("gold.jsonl", gold, "label");
    Path predFile = write("pred.jsonl", pred, "cluster");
    Process p = new ProcessBuilder("python3", scorer.toString(), "--gold", goldFile.toString(), "--pred",
        predFile.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);

    ClusterScores ours = ClusterScores.of(gold, pred);
    assertEquals(number(out, "pairwise P=([\\d.]+)"), round2(ours.pairwiseP()), out);
    assertEquals(number(out, "pairwise P=[\\d.]+ R=([\\d.]+)"), round2(ours.pairwiseR()), out);
    assertEquals(number(out, "pairwise P=[\\d.]+ R=[\\d.]+ F1=([\\d.]+)"), round2(ours.pairwiseF1()), out);
    assertEquals(number(out, "B3 P=([\\d.]+)"), round2(ours.bcubedP()), out);
    assertEquals(number(out, "B3 P=[\\d.]+ R=([\\d.]+)"), round2(ours.bcubedR()), out);
    assertEquals(number(out, "B3 P=[\\d.]+ R=[\\d.]+ F1=([\\d.]+)"), round2(ours.bcubedF1()), out);
  }

  private Path write(String name, Map<String, String> labels, String field) throws IOException {
    List<String> lines = new ArrayList<>();
    labels.forEach((id, label) -> lines.add("{\"id\": \"" + id + "\", \"" + field + "\": \"" + label + "\"}"));
    return Files.write(tmp.resolve(name), lines);
  }

  private static String number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no match for " + regex + " in " + text);
    }
    return m.group(1);
  }

  private static String round2(double fraction) {
    return String.format(java.util.Locale.ROOT, "%.2f", 100 * fraction);
  }
}
