package dev.newsdesk.lambda;

import static dev.newsdesk.lambda.HandlerRuns.CONFIG;
import static dev.newsdesk.lambda.HandlerRuns.INDEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.desk.Samples;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.FaultInjectingHttpClient;
import dev.newsdesk.store.s3.FaultInjectingHttpClient.Fault;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real handler on s3proxy through an S3 client whose HTTP layer injects faults (see
 * {@link FaultInjectingHttpClient}: real requests, real server, real SDK retries). A
 * {@link SimulatedQueue} delivers the messages and redelivers what the handler reports as failed.
 *
 * <p>The promise under test: the run completes through retries, or it reports the failed items back
 * to SQS, and a redelivery finishes the job. No article is lost. None is in two stories. No index
 * write is applied twice.
 *
 * <p>Most faults are absorbed below the desk: the SDK retries a request until it has a response, and
 * {@code S3Store.get} reads a body that broke off again. A fault that gets through (every retry
 * refused, or the answer to the index write lost) fails the batch, which the tests deliver again.
 */
class HandlerFaultsIT {
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

  /** A new bucket with the five seeds and {@code synthetic} synthetic articles; returns their keys. */
  private static List<String> upload(String bucket, int synthetic) {
    s3.createBucket(bucket);
    Store store = new S3Store(s3.client(), bucket, "");
    Map<String, byte[]> articles = new LinkedHashMap<>(Samples.seeds());
    articles.putAll(DeskBench.syntheticArticles(0, synthetic));
    articles.forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
    return new ArrayList<>(articles.keySet());
  }

  private static String newBucket() {
    return "faults-" + BUCKETS.incrementAndGet();
  }

  /** Read through a client without faults. */
  private static Store cleanStore(String bucket) {
    return new S3Store(s3.client(), bucket, "");
  }

  /** Every key is an accepted article in exactly one live story, and the public documents agree. */
  private static JsonNode assertNothingLost(String bucket, List<String> keys) {
    Store store = cleanStore(bucket);
    JsonNode desk = HandlerRuns.deskIndex(store);
    Set<String> indexed = new TreeSet<>();
    desk.get("keys").fieldNames().forEachRemaining(indexed::add);
    assertEquals(new TreeSet<>(keys), indexed, "every uploaded article is in the desk index");
    assertEquals(Map.of(), HandlerRuns.misplaced(desk), "every article in exactly one live story");
    assertEquals(0, desk.get("rejections").size(), "a fault is never recorded as a rejection");
    StoryChecks.checkAll(store, CONFIG);
    return desk;
  }

  @Test
  void withTenPercentOfCallsFailingTheQueueDrainsAndNoArticleIsLost() {
    String bucket = newBucket();
    List<String> keys = upload(bucket, 145);
    // One call in ten meets a fault, and one conditional write of the index in ten is refused (412/409).
    FaultInjectingHttpClient http = FaultInjectingHttpClient.builder()
        .faults(0.10, EnumSet.allOf(Fault.class))
        .indexRate(0.10)
        .seed(20261120)
        .indexKeys(INDEX::equals)
        .stallMillis(3_000)
        .build();
    SimulatedQueue queue = new SimulatedQueue(10, 5); // BatchSize and maxReceiveCount of infra/template.yaml
    keys.forEach(queue::send);

    // The attempt timeout turns an injected stall into a real SDK timeout, retried like any other.
    try (S3Client client = s3.client(http, Duration.ofSeconds(1))) {
      queue.drain(HandlerRuns.handler(client), bucket, 300);
    }

    System.out.printf("faults at 10%%: %d calls, %d faults injected %s, %d invocations, %d messages delivered again,"
        + " %d conflicts on the index, %d successful index writes%n", http.requests(), http.injectedTotal(),
        http.injected(), queue.invocations(), queue.redelivered(), http.conflicts(INDEX), http.successfulPuts(INDEX));
    assertEquals(List.of(), queue.deadLetters().stream().map(m -> m.key).toList(), "nothing dead-lettered");
    JsonNode desk = assertNothingLost(bucket, keys);
    double rate = (double) http.injectedTotal() / http.requests();
    assertTrue(rate > 0.05 && rate < 0.15, "about one call in ten met a fault: " + rate);
    assertEquals(http.successfulPuts(INDEX), desk.get("generation").asInt(),
        "every index write the server applied was applied once and built on the one before");
  }

  @Test
  void whenEveryIndexWriteIsRefusedTheBatchIsReportedAndARedeliveryFinishesIt() {
    String bucket = newBucket();
    List<String> keys = upload(bucket, 0);
    FaultInjectingHttpClient http = FaultInjectingHttpClient.builder()
        .faults(1.0, EnumSet.of(Fault.INDEX_PRECONDITION_FAILED, Fault.INDEX_CONFLICT))
        .indexKeys(INDEX::equals)
        .build();
    List<EventFiles.Message> messages = new ArrayList<>();
    keys.forEach(k -> messages.add(new EventFiles.Message("m" + messages.size(), k)));
    byte[] event = EventFiles.sqs(bucket, messages);

    try (S3Client client = s3.client(http, null)) {
      Handler handler = HandlerRuns.handler(client);
      HandlerRuns.Invocation first = HandlerRuns.invoke(handler, event);

      Set<String> all = new TreeSet<>(messages.stream().map(EventFiles.Message::id).toList());
      assertEquals(all, first.failedMessages(), "a desk that cannot commit fails every message of its bucket");
      assertTrue(first.log().get("errors").get(0).get("error").asText().contains("gave up committing"),
          first.log().toString());
      assertTrue(http.conflicts(INDEX) >= CONFIG.maxCommitAttempts(), "one refused write per attempt at least");
      assertFalse(cleanStore(bucket).get(INDEX).isPresent(), "nothing was committed");

      http.enabled(false);
      HandlerRuns.Invocation redelivery = HandlerRuns.invoke(handler, event);

      assertEquals(Set.of(), redelivery.failedMessages(), redelivery.log().toString());
    }
    assertNothingLost(bucket, keys);
  }

  @Test
  void anIndexWriteWhoseAnswerIsLostIsAppliedOnceAndTheRedeliveryPublishes() {
    String bucket = newBucket();
    List<String> keys = upload(bucket, 0);
    // Every PUT of the index reaches the server and is applied, but the answer is lost. The SDK sends it
    // again, S3 answers 412 because the index has changed meanwhile, and that answer is lost too.
    FaultInjectingHttpClient http = FaultInjectingHttpClient.builder()
        .faults(1.0, EnumSet.of(Fault.RESET_AFTER_SEND))
        .onlyKeys(INDEX::equals)
        .onlyMethod(SdkHttpMethod.PUT)
        .build();
    List<EventFiles.Message> messages = new ArrayList<>();
    keys.forEach(k -> messages.add(new EventFiles.Message("m" + messages.size(), k)));
    byte[] event = EventFiles.sqs(bucket, messages);

    try (S3Client client = s3.client(http, null)) {
      Handler handler = HandlerRuns.handler(client);
      HandlerRuns.Invocation first = HandlerRuns.invoke(handler, event);

      assertEquals(messages.size(), first.failedMessages().size(), "the run could not know it had committed");
      assertEquals(1, http.successfulPuts(INDEX), "the first write landed");
      assertTrue(http.conflicts(INDEX) >= 1, "the SDK's retries were refused: " + http.conflicts(INDEX));
      assertFalse(cleanStore(bucket).get(CONFIG.publicPrefix() + "index.json").isPresent(), "nothing published yet");

      http.enabled(false);
      HandlerRuns.Invocation redelivery = HandlerRuns.invoke(handler, event);

      assertEquals(Set.of(), redelivery.failedMessages(), redelivery.log().toString());
      assertEquals(1, http.successfulPuts(INDEX), "the redelivery found its work committed and wrote no index");
    }
    JsonNode desk = assertNothingLost(bucket, keys);
    assertEquals(1, desk.get("generation").asInt(), "applied once");
  }
}
