package dev.newsdesk.lambda;

import static dev.newsdesk.lambda.HandlerRuns.CONFIG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.desk.Samples;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.FaultInjectingHttpClient;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * At-least-once, out-of-order delivery through the real handler on s3proxy (DESIGN.md, "Concurrency
 * and delivery"; issue 6). The five seeds are uploaded under {@code articles/}. Events made from the
 * files in {@code events/} (direct S3, SQS and EventBridge shapes) are delivered once in order into
 * one bucket, and three times each, shuffled, into another.
 *
 * <p>Asserted, with a fixed clock:
 * <ul>
 *   <li>One key per event, every event three times in shuffled order (mixed with batches of several
 *       keys), gives {@code public/} and {@code desk/} byte-identical to one delivery in order. This
 *       holds because a run also takes the unprocessed inputs of its keys' folder (the desk's sweep,
 *       {@code DeskConfig.sweepTake}): the first run processes every uploaded article in one
 *       canonical order, whichever notification woke it.
 *   <li>A replay of any event changes nothing: delivering every event again writes no object.
 *   <li>A batch carrying all the keys gives the same bytes whatever the order of its records, and
 *       whatever repeats follow it.
 *   <li>With the sweep off, one key per event in another order still gives the same stories; only
 *       the fields the schemas list as {@code x-run-fields} differ, since they record the runs.
 * </ul>
 */
class HandlerReplayIT {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static S3ProxyServer s3;

  @BeforeAll
  static void startS3() {
    s3 = S3ProxyServer.start();
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  /** A new bucket holding the five seeds under {@code articles/}. */
  private static String bucketWithSeeds() {
    String bucket = "replay-" + BUCKETS.incrementAndGet();
    s3.createBucket(bucket);
    Store store = store(bucket);
    Samples.seeds().forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
    return bucket;
  }

  private static Store store(String bucket) {
    return new S3Store(s3.client(), bucket, "");
  }

  private static List<String> seedKeys() {
    return new ArrayList<>(Samples.seeds().keySet());
  }

  /**
   * One event per seed, in seed order, in turn an SQS batch of one message, a direct S3 event and
   * an EventBridge event.
   */
  private static List<byte[]> oneKeyEvents(String bucket) {
    List<byte[]> events = new ArrayList<>();
    List<String> keys = seedKeys();
    for (int n = 0; n < keys.size(); n++) {
      String key = keys.get(n);
      events.add(switch (n % 3) {
        case 0 -> EventFiles.sqs(bucket, List.of(new EventFiles.Message("single-" + n, key)));
        case 1 -> EventFiles.s3Put(bucket, key);
        default -> EventFiles.eventBridge(bucket, key);
      });
    }
    return events;
  }

  /**
   * Events carrying several keys. The files {@code s3-multiple.json} (all five seeds),
   * {@code sqs-batch.json} (all five, one message each), {@code sqs-s3.json} (two seeds and S3's test
   * event) and {@code s3-ignored.json} (nothing to do) go in as they are, for {@code bucket}. Two more events carry all five keys in shuffled order: a
   * direct S3 event, and an SQS batch of one message per key.
   */
  private static List<byte[]> batchEvents(String bucket, Random random) {
    List<String> keys = seedKeys();
    List<byte[]> events = new ArrayList<>();
    events.add(EventFiles.fileFor("s3-multiple.json", bucket));
    events.add(EventFiles.fileFor("sqs-batch.json", bucket));
    events.add(EventFiles.fileFor("sqs-s3.json", bucket));
    events.add(EventFiles.fileFor("s3-ignored.json", bucket));
    Collections.shuffle(keys, random);
    events.add(EventFiles.s3Records(bucket, keys));
    Collections.shuffle(keys, random);
    List<EventFiles.Message> messages = new ArrayList<>();
    keys.forEach(k -> messages.add(new EventFiles.Message("batch-" + messages.size(), k)));
    events.add(EventFiles.sqs(bucket, messages));
    return events;
  }

  /** Every event three times, shuffled. */
  private static List<byte[]> threeTimesShuffled(List<byte[]> events, Random random) {
    List<byte[]> all = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      all.addAll(events);
    }
    Collections.shuffle(all, random);
    return all;
  }

  /** Delivers the events in order through one handler; every invocation must succeed completely. */
  private static void deliver(Handler handler, List<byte[]> events) {
    for (byte[] event : events) {
      HandlerRuns.Invocation run = HandlerRuns.invoke(handler, event);
      assertTrue(run.failedMessages().isEmpty(), "batch item failures: " + run.response());
      assertEquals(0, run.log().path("counts").path("failed").asInt(), run.log().toString());
    }
  }

  private static Handler handler() {
    return HandlerRuns.handler(s3.client());
  }

  @Test
  void everyEventThreeTimesInAnyOrderIsByteIdenticalToOneDeliveryInOrder() {
    String once = bucketWithSeeds();
    deliver(handler(), oneKeyEvents(once));

    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      String replayed = bucketWithSeeds();
      List<byte[]> events = new ArrayList<>(oneKeyEvents(replayed));
      if (seed > 1) {
        events.addAll(batchEvents(replayed, random)); // seed 1: one key per event only
      }
      deliver(handler(), threeTimesShuffled(events, random));

      assertSameBytes(HandlerRuns.objects(store(once), CONFIG.publicPrefix()),
          HandlerRuns.objects(store(replayed), CONFIG.publicPrefix()), "public/, seed " + seed);
      assertSameBytes(HandlerRuns.objects(store(once), CONFIG.deskPrefix()),
          HandlerRuns.objects(store(replayed), CONFIG.deskPrefix()), "desk/, seed " + seed);
      StoryChecks.checkAll(store(replayed), CONFIG);
      JsonNode desk = HandlerRuns.deskIndex(store(replayed));
      assertEquals(Map.of(), HandlerRuns.misplaced(desk), "every article in exactly one live story");
      assertEquals(5, desk.get("keys").size());
      assertEquals(0, desk.get("rejections").size());
    }
  }

  @Test
  void withTheSweepOffOneKeyPerEventInAnyOrderGivesTheSameStoriesApartFromRunFields() {
    Handler unswept = HandlerRuns.handler(s3.client(), CONFIG.withSweepTake(0));
    String once = bucketWithSeeds();
    deliver(HandlerRuns.handler(s3.client(), CONFIG.withSweepTake(0)), oneKeyEvents(once));

    Random random = new Random(5);
    String replayed = bucketWithSeeds();
    deliver(unswept, threeTimesShuffled(oneKeyEvents(replayed), random));

    Map<String, JsonNode> expected = StoryChecks.checkAll(store(once), CONFIG);
    Map<String, JsonNode> actual = StoryChecks.checkAll(store(replayed), CONFIG);
    assertEquals(new TreeMap<>(withoutRunFields(expected)), new TreeMap<>(withoutRunFields(actual)),
        "live stories apart from x-run-fields");
    assertEquals(indexWithoutRunFields(store(once)), indexWithoutRunFields(store(replayed)),
        "public/index.json apart from x-run-fields");
    JsonNode deskOnce = HandlerRuns.deskIndex(store(once));
    JsonNode deskReplayed = HandlerRuns.deskIndex(store(replayed));
    assertEquals(deskOnce.get("keys"), deskReplayed.get("keys"), "the same article for every key");
    assertEquals(deskOnce.get("articles"), deskReplayed.get("articles"), "every article in the same story");
  }

  @Test
  void replayingEveryEventAgainWritesNothing() {
    Random random = new Random(7);
    String bucket = bucketWithSeeds();
    List<byte[]> events = new ArrayList<>(oneKeyEvents(bucket));
    events.addAll(batchEvents(bucket, random));
    deliver(handler(), threeTimesShuffled(events, random));
    Store store = store(bucket);
    Map<String, byte[]> desk = HandlerRuns.objects(store, CONFIG.deskPrefix());
    Map<String, byte[]> published = HandlerRuns.objects(store, CONFIG.publicPrefix());

    // A fresh container (new handler, new client) gets every event once more, in another order.
    FaultInjectingHttpClient http = FaultInjectingHttpClient.counting();
    try (S3Client client = s3.client(http, null)) {
      Collections.shuffle(events, random);
      deliver(HandlerRuns.handler(client), events);
    }

    assertSameBytes(desk, HandlerRuns.objects(store, CONFIG.deskPrefix()), "desk/");
    assertSameBytes(published, HandlerRuns.objects(store, CONFIG.publicPrefix()), "public/");
    assertEquals(0, http.successfulPuts(), "a replay writes no object (write-once creates answer 412)");
    assertTrue(http.requests() > 0);
  }

  @Test
  void aBatchOfEveryKeyInAnyOrderThenAnyRepeatsIsByteIdenticalToOneBatchInOrder() {
    String once = bucketWithSeeds();
    deliver(handler(), List.of(EventFiles.fileFor("s3-multiple.json", once)));

    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      String replayed = bucketWithSeeds();
      List<String> keys = seedKeys();
      Collections.shuffle(keys, random);
      List<EventFiles.Message> first = new ArrayList<>();
      keys.forEach(k -> first.add(new EventFiles.Message("first-" + first.size(), k)));
      List<byte[]> events = new ArrayList<>(List.of(EventFiles.sqs(replayed, first)));
      List<byte[]> repeats = new ArrayList<>(oneKeyEvents(replayed));
      repeats.addAll(batchEvents(replayed, random));
      events.addAll(threeTimesShuffled(repeats, random));
      deliver(handler(), events);

      assertSameBytes(HandlerRuns.objects(store(once), CONFIG.publicPrefix()),
          HandlerRuns.objects(store(replayed), CONFIG.publicPrefix()), "public/, seed " + seed);
      assertSameBytes(HandlerRuns.objects(store(once), CONFIG.deskPrefix()),
          HandlerRuns.objects(store(replayed), CONFIG.deskPrefix()), "desk/, seed " + seed);
    }
  }

  // ---- comparisons

  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": the same objects");
    expected.forEach((key, bytes) -> assertArrayEquals(bytes, actual.get(key),
        () -> what + ": " + key + " differs:\n" + new String(bytes, StandardCharsets.UTF_8) + "\n---\n"
            + new String(actual.get(key), StandardCharsets.UTF_8)));
  }

  /** Story documents without the fields {@code story.schema.json} lists as {@code x-run-fields}. */
  static Map<String, JsonNode> withoutRunFields(Map<String, JsonNode> stories) {
    Map<String, JsonNode> out = new TreeMap<>();
    stories.forEach((id, doc) -> {
      ObjectNode copy = doc.deepCopy();
      copy.remove(runFields("/schema/story.schema.json"));
      out.put(id, copy);
    });
    return out;
  }

  /** {@code public/index.json} without its x-run-fields (top-level ones and {@code stories[].*}). */
  static JsonNode indexWithoutRunFields(Store store) {
    ObjectNode index = (ObjectNode) StoryChecks.read(store, CONFIG.publicPrefix() + "index.json").deepCopy();
    for (String field : runFields("/schema/index.schema.json")) {
      if (field.startsWith("stories[].")) {
        String inner = field.substring("stories[].".length());
        ((ArrayNode) index.get("stories")).forEach(card -> ((ObjectNode) card).remove(inner));
      } else {
        index.remove(field);
      }
    }
    return index;
  }

  /** The {@code x-run-fields} a schema names. */
  static List<String> runFields(String schema) {
    try (var in = HandlerReplayIT.class.getResourceAsStream(schema)) {
      List<String> fields = new ArrayList<>();
      HandlerRuns.json(in.readAllBytes()).get("x-run-fields").forEach(f -> fields.add(f.asText()));
      return fields;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
