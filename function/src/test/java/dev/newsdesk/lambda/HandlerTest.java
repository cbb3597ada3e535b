package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.local.LocalStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handler end to end on the files in {@code events/}. Each test runs the real desk over a
 * {@link LocalStore} per bucket in a temporary folder, so no S3 is involved and nothing is mocked.
 */
class HandlerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC);
  static final DeskConfig CONFIG = DeskConfig.DEFAULTS;
  static final String BUCKET = EventParserTest.BUCKET;
  static final String TEST_EVENT_ID = "4f1a7c2e-9b3d-4e8f-a6c1-2d5b8e0f3a71";
  static final String SEED_000_ID = "a8d3e5f1-2c7b-4a96-b0e4-7f1c9d2a6b38";
  static final String SEED_001_ID = "c6b9f2a4-7e1d-4c3b-9a85-0e2f4d6b8a19";

  @TempDir
  Path tmp;

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger desksMade = new AtomicInteger();

  private Store store(String bucket) {
    return new LocalStore(tmp.resolve(bucket));
  }

  private Handler handler() {
    return handler(bucket -> new Desk(store(bucket), CONFIG, CLOCK));
  }

  private Handler handler(Function<String, Desk> desks) {
    return new Handler(bucket -> {
      desksMade.incrementAndGet();
      return desks.apply(bucket);
    }, CONFIG, CLOCK);
  }

  /** The bytes of a seed article bundled in the jar, by its input key {@code articles/<file>}. */
  static byte[] seed(String key) {
    String resource = "/samples/seeds/" + key.substring(key.lastIndexOf('/') + 1);
    try (InputStream in = HandlerTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts the seed articles with these numbers ("000".."004") into the bucket's store. */
  private void putSeeds(String... numbers) {
    Store store = store(BUCKET);
    for (String key : EventParserTest.SEEDS) {
      if (List.of(numbers).contains(key.substring("articles/".length(), "articles/".length() + 3))) {
        store.put(key, seed(key), "text/plain");
      }
    }
  }

  private record Invocation(JsonNode response, JsonNode log, JsonNode metrics) {}

  private Invocation invoke(Handler handler, String eventFile) throws IOException {
    return invoke(handler, Files.readAllBytes(EventParserTest.EVENTS.resolve(eventFile)));
  }

  private Invocation invoke(Handler handler, byte[] event) throws IOException {
    TestContext context = new TestContext("req-1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new ByteArrayInputStream(event)) {
      handler.handleRequest(in, out, context);
    }
    List<String> lines = context.lines();
    assertEquals(2, lines.size(), "one log line and one metrics line: " + lines);
    return new Invocation(json.readTree(out.toByteArray()), json.readTree(lines.get(0)), json.readTree(lines.get(1)));
  }

  private Map<String, byte[]> publicFiles() {
    Store store = store(BUCKET);
    Map<String, byte[]> files = new TreeMap<>();
    store.list(CONFIG.publicPrefix()).forEach(k -> files.put(k, store.get(k).orElseThrow().bytes()));
    return files;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void aDirectS3EventRunsTheDeskAndPublishes() throws IOException {
    putSeeds("000", "001", "002", "003", "004");

    Invocation run = invoke(handler(), "s3-multiple.json");

    assertEquals(5, run.response().get("accepted").asInt(), run.response().toString());
    assertEquals(0, run.response().get("failed").asInt());
    assertTrue(run.response().get("storiesCreated").asInt() >= 2, run.response().toString());
    assertTrue(publicFiles().containsKey("public/index.json"), publicFiles().keySet().toString());
    assertEquals(1, desksMade.get());
  }

  @Test
  void theLogLineSaysWhatHappened() throws IOException {
    putSeeds("000", "001", "002", "003", "004");

    JsonNode log = invoke(handler(), "s3-multiple.json").log();

    assertEquals("newsdesk invocation", log.get("message").asText());
    assertEquals("req-1", log.get("requestId").asText());
    assertEquals("s3", log.get("source").asText());
    assertEquals(List.of(BUCKET), texts(log.get("buckets")));
    assertEquals(EventParserTest.SEEDS, texts(log.get("seen")));
    assertEquals(EventParserTest.SEEDS, texts(log.get("accepted")).stream().sorted().toList());
    assertEquals(5, log.get("counts").get("accepted").asInt());
    assertEquals(0, log.get("counts").get("failed").asInt());
    assertTrue(log.get("storiesCreated").size() >= 2, log.toString());
    assertTrue(log.get("millis").has("parse") && log.get("millis").has("total"), log.get("millis").toString());
    assertTrue(log.get("millis").size() > 3, "the desk's stages are timed too: " + log.get("millis"));
    assertEquals(0, log.get("errors").size());
  }

  @Test
  void theMetricsLineIsEmbeddedMetricFormat() throws IOException {
    putSeeds("004");

    JsonNode metrics = invoke(handler(), "s3-put.json").metrics();

    JsonNode aws = metrics.get("_aws");
    assertEquals(CLOCK.millis(), aws.get("Timestamp").asLong());
    JsonNode directive = aws.get("CloudWatchMetrics").get(0);
    assertEquals("newsdesk", directive.get("Namespace").asText());
    assertEquals("[[\"Service\"]]", directive.get("Dimensions").toString());
    List<String> names = new ArrayList<>();
    directive.get("Metrics").forEach(m -> {
      names.add(m.get("Name").asText());
      assertEquals("Count", m.get("Unit").asText());
    });
    assertEquals(List.of("Accepted", "Rejected", "Failed", "StoriesCreated", "StoriesUpdated", "Retries"), names);
    assertEquals("newsdesk-test", metrics.get("Service").asText());
    for (String name : names) {
      assertTrue(metrics.get(name).isInt(), name + " must be a number in " + metrics);
    }
    assertEquals(1, metrics.get("Accepted").asInt());
  }

  @Test
  void replayingAnEventChangesNothing() throws IOException {
    putSeeds("000", "001", "002", "003", "004");
    Handler handler = handler();
    invoke(handler, "s3-multiple.json");
    Map<String, byte[]> first = publicFiles();

    Invocation replay = invoke(handler, "s3-multiple.json");

    Map<String, byte[]> second = publicFiles();
    assertEquals(first.keySet(), second.keySet());
    first.forEach((key, bytes) -> assertArrayEquals(bytes, second.get(key), key));
    assertEquals(0, replay.response().get("storiesCreated").asInt());
    assertEquals(1, desksMade.get(), "one desk per bucket for the life of the handler");
  }

  @Test
  void anSqsBatchThatWorkedAnswersWithNoBatchItemFailures() throws IOException {
    putSeeds("000", "001");

    Invocation run = invoke(handler(), "sqs-s3.json");

    assertEquals("{\"batchItemFailures\":[]}", run.response().toString());
    assertEquals("sqs", run.log().get("source").asText());
    assertEquals(3, run.log().get("messages").asInt());
    assertEquals(2, run.log().get("counts").get("accepted").asInt());
    JsonNode ignored = run.log().get("ignored");
    assertEquals(1, ignored.size());
    assertEquals(TEST_EVENT_ID, ignored.get(0).get("messageId").asText());
  }

  @Test
  void theSqsBatchFileRunsTheFiveSeedsInOneDeskRun() throws IOException {
    putSeeds("000", "001", "002", "003", "004");

    Invocation run = invoke(handler(), "sqs-batch.json");

    assertEquals("{\"batchItemFailures\":[]}", run.response().toString());
    assertEquals(5, run.log().get("messages").asInt());
    assertEquals(5, run.log().get("counts").get("accepted").asInt());
    assertEquals(1, desksMade.get());
  }

  @Test
  void anSqsMessageWhoseKeyFailedIsReportedAlone() throws IOException {
    putSeeds("000"); // seed 001 is missing: the desk reports its key as failed

    Invocation run = invoke(handler(), "sqs-s3.json");

    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + SEED_001_ID + "\"}]}", run.response().toString());
    assertEquals("articles/001_47990866df937d46.txt", run.log().get("failed").get(0).get("key").asText());
    assertEquals(1, run.metrics().get("Failed").asInt());
  }

  @Test
  void whenTheDeskFailsEveryMessageOfItsBucketIsReported() throws IOException {
    Handler handler = handler(bucket -> {
      throw new StoreException("s3://" + bucket + " is not reachable");
    });

    Invocation run = invoke(handler, "sqs-s3.json");

    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + SEED_000_ID + "\"},{\"itemIdentifier\":\""
        + SEED_001_ID + "\"}]}", run.response().toString());
    assertEquals(BUCKET, run.log().get("errors").get(0).get("bucket").asText());
    assertTrue(run.log().get("errors").get(0).get("error").asText().contains("is not reachable"));
  }

  @Test
  void anUnreadableSqsMessageIsReported() throws IOException {
    putSeeds("000");
    String event = EventParserTest.sqs(EventParserTest.message("bad", "{not json"),
        EventParserTest.message("good", EventParserTest.s3Body("articles/000_9888ff113dcd5392.txt")
            .replace("\"name\":\"b\"", "\"name\":\"" + BUCKET + "\"")));

    Invocation run = invoke(handler(), event.getBytes(StandardCharsets.UTF_8));

    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"bad\"}]}", run.response().toString());
    assertEquals("bad", run.log().get("failedMessages").get(0).get("messageId").asText());
  }

  @Test
  void aDirectEventWhoseDeskFailsFailsTheInvocationAfterLogging() {
    Handler handler = handler(bucket -> {
      throw new StoreException("s3://" + bucket + " is not reachable");
    });
    TestContext context = new TestContext("req-2");

    StoreException e = assertThrows(StoreException.class, () -> handler.handleRequest(
        Files.newInputStream(EventParserTest.EVENTS.resolve("s3-put.json")), new ByteArrayOutputStream(), context));

    assertTrue(e.getMessage().contains("is not reachable"));
    assertEquals(2, context.lines().size(), "the failure is logged before it propagates");
    assertTrue(context.lines().get(0).contains("is not reachable"));
  }

  @Test
  void aDirectEventWithAFailedKeyFailsTheInvocationSoLambdaRetries() {
    TestContext context = new TestContext("req-3");
    Handler handler = handler(); // the store is empty: the key's object is missing

    IncompleteBatchException e = assertThrows(IncompleteBatchException.class, () -> handler.handleRequest(
        Files.newInputStream(EventParserTest.EVENTS.resolve("eventbridge-object-created.json")),
        new ByteArrayOutputStream(), context));

    assertEquals(List.of("articles/003_05e8034c6cf52475.txt"), List.copyOf(e.failedKeys().keySet()));
  }

  @Test
  void ignoredKeysNeverReachADesk() throws IOException {
    Invocation run = invoke(handler(), "s3-ignored.json");

    assertEquals(0, run.response().get("accepted").asInt());
    assertEquals(5, run.response().get("ignored").asInt());
    assertEquals(5, run.log().get("ignored").size());
    assertEquals(0, desksMade.get());
  }

  @Test
  void anEncodedKeyReachesTheDeskDecoded() throws IOException {
    store(BUCKET).put("articles/caf\u00e9 report + notes.txt", seed(EventParserTest.SEEDS.get(2)), "text/plain");

    Invocation run = invoke(handler(), "s3-encoded-key.json");

    assertEquals(List.of("articles/caf\u00e9 report + notes.txt"), texts(run.log().get("accepted")));
  }

  @Test
  void anUnknownEventShapeIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> handler().handleRequest(
        new ByteArrayInputStream("{\"greeting\":\"hello\"}".getBytes(StandardCharsets.UTF_8)),
        new ByteArrayOutputStream(), new TestContext("req-4")));
    assertTrue(e.getMessage().contains("[greeting]"), e.getMessage());
  }

  @Test
  void aDeskIsMadeOncePerBucket() throws IOException {
    putSeeds("004");
    Handler handler = handler();

    invoke(handler, "s3-put.json");
    invoke(handler, "s3-put.json");

    assertEquals(1, desksMade.get());
    assertFalse(publicFiles().isEmpty());
  }
}
