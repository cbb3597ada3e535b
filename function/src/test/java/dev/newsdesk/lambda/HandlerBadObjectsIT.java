package dev.newsdesk.lambda;

import static dev.newsdesk.lambda.HandlerRuns.CONFIG;
import static dev.newsdesk.lambda.HandlerRuns.INDEX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.desk.Samples;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.FaultInjectingHttpClient;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Objects that are not articles, mixed into one SQS batch with real ones, through the real handler
 * on s3proxy. Each bad object becomes a rejection with its reason in {@code desk/index.json}
 * ({@code rejections}) and in the log line. The good articles are published. No message is reported
 * as failed, because retrying a bad object cannot help. An object over the desk's cap
 * ({@link dev.newsdesk.desk.DeskConfig#maxObjectBytes}) is never read into memory, and the counting
 * HTTP client shows how few of its bytes were read.
 */
class HandlerBadObjectsIT {
  private static final String BUCKET = "bad-objects";
  private static final long CAP = CONFIG.maxObjectBytes();
  private static final long OVERSIZED = CAP + 1024 * 1024;

  private static final String EMPTY = "articles/empty.txt";
  private static final String PNG = "articles/photo.png";
  private static final String BINARY = "articles/export.bin";
  private static final String HUGE = "articles/huge.txt";
  private static final String HUGE_UNSIZED = "articles/huge-streamed.txt";
  private static final String GARBLED = "articles/garbled.txt";
  private static final String WRONG_CHARSET = "articles/wrong-charset.txt";

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

  private static void put(String key, byte[] bytes, String contentType) {
    s3.client().putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
  }

  @Test
  void badObjectsBecomeRecordedRejectionsAndTheBatchGoesOn() {
    Map<String, byte[]> seeds = Samples.seeds();
    List<String> good = List.of("articles/003_05e8034c6cf52475.txt", "articles/004_29615b52c5e91245.txt");
    good.forEach(k -> put(k, seeds.get(k), "text/plain"));
    Random random = new Random(5);
    put(EMPTY, new byte[0], "text/plain");
    put(PNG, png(random), "image/png");
    put(BINARY, noise(random, 0x00, 0xff, 20_000), "application/octet-stream");
    byte[] huge = repeatedText(OVERSIZED, seeds.get(good.get(1)));
    put(HUGE, huge, "text/plain");
    put(HUGE_UNSIZED, huge, "text/plain");
    put(GARBLED, garbled(random), "text/plain");
    // UTF-8 text stored as UTF-16: every pair of bytes decodes to a CJK ideograph or worse.
    put(WRONG_CHARSET, seeds.get(good.get(0)), "text/plain; charset=UTF-16BE");
    List<String> bad = List.of(EMPTY, PNG, BINARY, HUGE, HUGE_UNSIZED, GARBLED, WRONG_CHARSET);

    List<String> keys = new ArrayList<>(good);
    keys.addAll(bad);
    Collections.shuffle(keys, random);
    List<EventFiles.Message> messages = new ArrayList<>();
    keys.forEach(k -> messages.add(new EventFiles.Message("m-" + messages.size(), k)));

    FaultInjectingHttpClient http = FaultInjectingHttpClient.counting();
    http.stripContentLength(HUGE_UNSIZED::equals); // as a server streaming the body would answer
    Store store = new S3Store(s3.client(), BUCKET, "");
    try (S3Client client = s3.client(http, null)) {
      Handler handler = HandlerRuns.handler(client);

      HandlerRuns.Invocation run = HandlerRuns.invoke(handler, EventFiles.sqs(BUCKET, messages));

      assertEquals(Set.of(), run.failedMessages(), "a bad object is not retried: " + run.response());
      assertEquals(new TreeSet<>(good), texts(run.log().get("accepted")));
      Map<String, String> logged = new TreeMap<>();
      run.log().get("rejected").forEach(r -> logged.put(r.get("key").asText(), r.get("reason").asText()));
      assertEquals(new TreeSet<>(bad), logged.keySet(), "every bad object is in the log line with its reason");

      JsonNode rejections = HandlerRuns.deskIndex(store).get("rejections");
      Map<String, String> reasons = new TreeMap<>();
      rejections.fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().get("reason").asText()));
      assertEquals(new TreeSet<>(bad), reasons.keySet(), "every bad object is a recorded rejection");
      assertEquals("empty", reasons.get(EMPTY));
      assertEquals("binary", reasons.get(PNG));
      assertEquals("binary", reasons.get(BINARY));
      assertEquals("too-large", reasons.get(HUGE));
      assertEquals("too-large", reasons.get(HUGE_UNSIZED));
      assertFalse(reasons.get(GARBLED).isBlank());
      assertFalse(reasons.get(WRONG_CHARSET).isBlank());
      rejections.forEach(r -> assertFalse(r.get("detail").asText().isBlank(), "each rejection says why: " + r));

      System.out.printf("oversized objects of %d bytes (cap %d): %d body bytes read with a Content-Length,"
          + " %d without%n", OVERSIZED, CAP, http.bodyBytesRead(HUGE), http.bodyBytesRead(HUGE_UNSIZED));
      assertTrue(http.bodyBytesRead(HUGE) < CAP, "the size header alone refused it: read "
          + http.bodyBytesRead(HUGE) + " bytes of " + OVERSIZED);
      assertTrue(http.bodyBytesRead(HUGE_UNSIZED) <= CAP + 64 * 1024, "without a size header reading stopped at the"
          + " cap: read " + http.bodyBytesRead(HUGE_UNSIZED) + " bytes of " + OVERSIZED);

      // The batch goes on: the same messages again change nothing, and a new article is accepted.
      byte[] index = store.get(INDEX).orElseThrow().bytes();
      assertEquals(Set.of(), HandlerRuns.invoke(handler, EventFiles.sqs(BUCKET, messages)).failedMessages());
      assertArrayEquals(index, store.get(INDEX).orElseThrow().bytes(), "a replay of bad objects changes nothing");
      String next = "articles/002_2d5c1ef77a0ef731.txt";
      put(next, seeds.get(next), "text/plain");
      HandlerRuns.Invocation later = HandlerRuns.invoke(handler, EventFiles.s3Put(BUCKET, next));
      assertEquals(1, later.response().get("accepted").asInt(), later.log().toString());
    }
    JsonNode desk = HandlerRuns.deskIndex(store);
    assertEquals(Map.of(), HandlerRuns.misplaced(desk));
    assertEquals(3, desk.get("keys").size(), "the two good articles and the later one");
    assertEquals(bad.size(), desk.get("rejections").size(), "the rejections are kept");
    StoryChecks.checkAll(store, CONFIG);
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** A PNG file: the signature, then bytes. */
  private static byte[] png(Random random) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] body = noise(random, 0x00, 0xff, 5_000);
    byte[] out = new byte[signature.length + body.length];
    System.arraycopy(signature, 0, out, 0, signature.length);
    System.arraycopy(body, 0, out, signature.length, body.length);
    return out;
  }

  /** Bytes that are no valid UTF-8 (lead and continuation bytes at random, no NUL), in lines. */
  private static byte[] garbled(Random random) {
    byte[] bytes = noise(random, 0x80, 0xff, 6_000);
    for (int i = 79; i < bytes.length; i += 80) {
      bytes[i] = '\n';
    }
    return bytes;
  }

  private static byte[] noise(Random random, int from, int to, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (from + random.nextInt(to - from + 1));
    }
    return bytes;
  }

  /** {@code size} bytes of an article's text, repeated: a valid article, only far too long. */
  private static byte[] repeatedText(long size, byte[] article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
    while (out.size() + article.length <= size) {
      out.writeBytes(article);
    }
    byte[] filler = new byte[(int) (size - out.size())];
    Arrays.fill(filler, (byte) ' ');
    out.writeBytes(filler);
    assertEquals(size, out.size());
    return out.toByteArray();
  }
}
