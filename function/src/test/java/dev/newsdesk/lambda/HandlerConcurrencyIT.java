package dev.newsdesk.lambda;

import static dev.newsdesk.lambda.HandlerRuns.CONFIG;
import static dev.newsdesk.lambda.HandlerRuns.INDEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.FaultInjectingHttpClient;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Eight invocations of the real handler at once on one bucket of s3proxy, as eight Lambda containers
 * would run them. Each has its own handler and its own S3 client. Together they handle 500
 * synthetic articles, which arrive in 100 events of five keys in shuffled order. Most events are
 * SQS batches of five messages and every fourth is a direct S3 event with five records. Every
 * writer ends its run with a compare-and-swap of the one story index, so they race on it all the
 * time.
 *
 * <p>Asserted:
 * <ul>
 *   <li>Every article is accepted and sits in exactly one live story of {@code desk/index.json}, or
 *       in the archive: the desks keep 20 closed stories, so the stories that close as the stream's
 *       dates move on are archived while the writers race.
 *   <li>No index update is lost. Every successful write of the index was a compare-and-swap on the
 *       version it read, and each adds one to its {@code generation}. So the final generation equals
 *       the number of index writes the server accepted.
 *   <li>The public documents agree with the final state (see {@link StoryChecks#checkAll}).
 * </ul>
 * A message the handler reports as failed (a desk that lost the race
 * {@code maxCommitAttempts} times) is delivered again, as SQS would; the figures count it.
 */
class HandlerConcurrencyIT {
  /** Few closed stories kept, so that stories are archived while the writers race. */
  private static final DeskConfig KEEP_FEW_CLOSED = CONFIG.withKeepClosed(20);
  private static final int ARTICLES = 500;
  private static final int KEYS_PER_EVENT = 5;
  private static final int INVOCATIONS_AT_ONCE = 8;
  private static final String BUCKET = "concurrency";

  private static S3ProxyServer s3;

  @BeforeAll
  static void startS3() {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  /** What one simulated container did. */
  private record Worker(int invocations, int retries, int redelivered, FaultInjectingHttpClient http) {}

  @Test
  void eightInvocationsAtOnceLoseNoArticleAndNoIndexUpdate() throws Exception {
    Store store = new S3Store(s3.client(), BUCKET, "");
    List<String> keys = new ArrayList<>();
    DeskBench.syntheticArticles(0, ARTICLES).forEach((key, bytes) -> {
      store.put(key, bytes, "text/plain");
      keys.add(key);
    });
    Collections.shuffle(keys, new Random(6));
    List<byte[]> events = new ArrayList<>();
    for (int from = 0, n = 0; from < keys.size(); from += KEYS_PER_EVENT, n++) {
      List<String> part = keys.subList(from, from + KEYS_PER_EVENT);
      if (n % 4 == 3) {
        events.add(EventFiles.s3Records(BUCKET, part));
      } else {
        List<EventFiles.Message> messages = new ArrayList<>();
        for (String key : part) {
          messages.add(new EventFiles.Message("e" + n + "-m" + messages.size(), key));
        }
        events.add(EventFiles.sqs(BUCKET, messages));
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(INVOCATIONS_AT_ONCE);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Worker>> workers = new ArrayList<>();
    long begin = System.nanoTime();
    for (int w = 0; w < INVOCATIONS_AT_ONCE; w++) {
      List<byte[]> mine = new ArrayList<>();
      for (int e = w; e < events.size(); e += INVOCATIONS_AT_ONCE) {
        mine.add(events.get(e));
      }
      workers.add(pool.submit(() -> {
        start.await();
        return runContainer(mine);
      }));
    }
    start.countDown();
    int invocations = 0;
    int retries = 0;
    int redelivered = 0;
    int conflicts = 0;
    int indexConflicts = 0;
    int indexWrites = 0;
    for (Future<Worker> f : workers) {
      Worker w = f.get();
      invocations += w.invocations();
      retries += w.retries();
      redelivered += w.redelivered();
      conflicts += w.http().conflicts();
      indexConflicts += w.http().conflicts(INDEX);
      indexWrites += w.http().successfulPuts(INDEX);
    }
    pool.shutdown();
    long millis = (System.nanoTime() - begin) / 1_000_000;

    JsonNode desk = HandlerRuns.deskIndex(store);
    System.out.printf("%d invocations at once over %d articles in %d events: %d invocations, %d index compare-and-swap"
        + " retries, %d conflicts (412/409) on the index and %d on all PUTs, %d successful index writes,"
        + " %d messages delivered again, %d ms%n", INVOCATIONS_AT_ONCE, ARTICLES, events.size(), invocations, retries,
        indexConflicts, conflicts, indexWrites, redelivered, millis);

    // Stories close as the stream's dates move on, and those past the newest kept move to the archive:
    // every key is in the index or marked in the archive, and every article is in the index or has an
    // archived entry. (A writer that lost the race may have left entries for articles still in the
    // index; the archive is read only for what the index does not hold.)
    Set<String> indexed = fieldNames(desk.get("keys"));
    TreeSet<String> all = new TreeSet<>(indexed);
    String marks = CONFIG.deskPrefix() + "archive/keys/";
    store.list(marks).forEach(k -> all.add(k.substring(marks.length())));
    assertEquals(new TreeSet<>(keys), all, "every article's key is in the desk index or the archive");
    Set<String> inIndex = fieldNames(desk.get("articles"));
    List<String> archivedOnly = new ArrayList<>();
    for (String k : store.list(CONFIG.deskPrefix() + "archive/articles/")) {
      String hash = HandlerRuns.json(store.get(k).orElseThrow().bytes()).get("hash").asText();
      if (!inIndex.contains(hash)) {
        archivedOnly.add(hash);
      }
    }
    assertFalse(archivedOnly.isEmpty(), "stories were archived while eight writers raced");
    assertEquals(desk.get("archivedArticles").asInt(), archivedOnly.size(), "the index counts what it archived");
    assertEquals(ARTICLES, inIndex.size() + archivedOnly.size(), "500 distinct articles");
    // A moved story's entry stays only while the story it moved to is in the index.
    desk.get("stories").forEach(story -> {
      JsonNode target = story.get("movedTo");
      for (int hops = 0; !target.isNull() && hops < desk.get("stories").size(); hops++) {
        assertTrue(desk.get("stories").has(target.asText()),
            story.get("id").asText() + " moved to " + target.asText() + ", which left the index");
        target = desk.get("stories").get(target.asText()).get("movedTo");
      }
    });
    assertEquals(Map.of(), HandlerRuns.misplaced(desk), "every article in exactly one live story");
    assertEquals(0, desk.get("rejections").size());
    assertEquals(indexWrites, desk.get("generation").asInt(),
        "each accepted index write built on the one before it: no update was lost");
    assertTrue(retries <= indexConflicts, "every retry follows a refused index write");
    StoryChecks.checkAll(store, CONFIG);
  }

  /**
   * One container: its own client and handler, its events one after another. Messages reported as
   * failed are delivered again at the end, at most five times.
   */
  private static Worker runContainer(List<byte[]> events) {
    FaultInjectingHttpClient http = FaultInjectingHttpClient.counting();
    try (S3Client client = s3.client(http, null)) {
      Handler handler = HandlerRuns.handler(client, KEEP_FEW_CLOSED);
      int invocations = 0;
      int retries = 0;
      int redelivered = 0;
      List<byte[]> pending = new ArrayList<>(events);
      for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
        List<byte[]> again = new ArrayList<>();
        for (byte[] event : pending) {
          invocations++;
          try {
            HandlerRuns.Invocation run = HandlerRuns.invoke(handler, event);
            retries += run.retries();
            if (!run.failedMessages().isEmpty()) {
              redelivered += run.failedMessages().size();
              again.add(event); // a replay of the whole event is harmless
            }
          } catch (RuntimeException e) {
            redelivered++;
            again.add(event); // a direct S3 event that failed is retried whole by Lambda
          }
        }
        pending = again;
      }
      assertTrue(pending.isEmpty(), pending.size() + " events still failing after five deliveries");
      return new Worker(invocations, retries, redelivered, http);
    }
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
