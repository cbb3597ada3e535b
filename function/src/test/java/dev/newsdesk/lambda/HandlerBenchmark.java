package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The desk benchmark ({@link DeskBench}) against a local S3-compatible server: s3proxy, in this JVM,
 * on 127.0.0.1. It is not a test, asserts no time, and is not run by {@code mvn test} or
 * {@code mvn verify}. Run it with
 *
 * <pre>
 * mvn -o package -DskipTests     # the shaded jar the children run, and whose size is reported
 * mvn -o surefire:test -Dtest=HandlerBenchmark -Dnewsdesk.bench=true
 * </pre>
 *
 * Every figure comes from a child JVM running the shaded jar ({@code java -cp target/newsdesk.jar
 * dev.newsdesk.eval.DeskBench ...}), so s3proxy's own memory and threads stay out of the heap
 * figures. The children reach s3proxy as the function reaches S3: {@code new Handler()}, wired from
 * {@code NEWSDESK_S3_ENDPOINT}, {@code AWS_REGION} and the credentials in their environment. The
 * figures are printed and written to {@code target/desk-bench.json}. Optional properties:
 * {@code -Dnewsdesk.bench.large=10000} (the large throughput run, 0 to skip),
 * {@code -Dnewsdesk.bench.runs=5} (cold starts of each kind) and {@code -Dnewsdesk.bench.jar=<path>}
 * (a copy of the jar, so a rebuild during the run cannot change the code measured).
 */
@EnabledIfSystemProperty(named = "newsdesk.bench", matches = "true")
class HandlerBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("newsdesk.bench.jar", "target/newsdesk.jar"));

  @Test
  void measure() throws IOException {
    int large = Integer.getInteger("newsdesk.bench.large", 10_000);
    int runs = Integer.getInteger("newsdesk.bench.runs", 5);
    String classpath = Files.isRegularFile(JAR) ? JAR.toString() : DeskBench.ownClasspath();
    ObjectNode figures = JSON.createObjectNode();
    figures.put("classpath", classpath);
    figures.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    figures.put("cpus", Runtime.getRuntime().availableProcessors());
    if (Files.isRegularFile(JAR)) {
      figures.put("jarBytes", DeskBench.jarBytes(JAR));
    }

    try (S3ProxyServer s3 = S3ProxyServer.start()) {
      Map<String, String> env = Map.of(
          "NEWSDESK_S3_ENDPOINT", s3.endpoint().toString(),
          "AWS_REGION", S3ProxyServer.REGION.id(),
          "AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
          "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
      List<String> heap = List.of("-Xmx1g");

      for (boolean prime : List.of(false, true)) {
        String kind = prime ? "primed" : "plain";
        DeskBench.ColdStart cold = DeskBench.coldStart(classpath, runs, r -> {
          String bucket = "cold-" + kind + "-" + r;
          s3.createBucket(bucket);
          return new S3Store(s3.client(), bucket, "");
        }, env, prime);
        figures.set("coldStart-" + kind, JSON.valueToTree(cold));
        print("cold start (" + kind + ")", figures.get("coldStart-" + kind));
      }

      s3.createBucket("warm");
      figures.set("warm", DeskBench.child(classpath, heap, env, List.of("warm", "s3://warm", "200", "100")));
      print("warm", figures.get("warm"));

      for (int articles : large > 0 ? List.of(1_000, large) : List.of(1_000)) {
        String bucket = "throughput-" + articles;
        s3.createBucket(bucket);
        JsonNode run = DeskBench.child(classpath, heap, env, List.of("throughput", "s3://" + bucket,
            Integer.toString(articles), "10"));
        assertEquals(0, run.get("failedMessages").asInt(), run.toString());
        figures.set("throughput-" + articles, run);
        print("throughput " + articles, run);
      }

      // The heap one more batch needs on the largest desk: the smallest -Xmx that still handles it.
      String biggest = "s3://throughput-" + (large > 0 ? large : 1_000);
      ObjectNode sweep = JSON.createObjectNode();
      int from = 1_000_000;
      for (int mb : List.of(48, 64, 96, 128, 256)) {
        List<String> args = new ArrayList<>(List.of("batch", biggest, Integer.toString(from), "10"));
        from += 10;
        try {
          sweep.set(mb + "m", DeskBench.child(classpath, List.of("-Xmx" + mb + "m"), env, args));
        } catch (IllegalStateException e) {
          sweep.put(mb + "m", "failed (the child's error is above)");
        }
      }
      figures.set("heapSweep", sweep);
      print("one more batch on " + biggest + " by -Xmx", sweep);
    }
    Path out = Path.of("target", "desk-bench.json");
    Files.write(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures));
    System.out.println("figures written to " + out.toAbsolutePath());
  }

  private static void print(String what, JsonNode figures) {
    System.out.println("[bench] " + what + ": " + figures);
  }
}
