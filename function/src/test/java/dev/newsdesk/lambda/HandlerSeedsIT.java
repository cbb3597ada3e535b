package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.desk.Samples;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's end-to-end test: the seeds uploaded to a real S3 API (s3proxy on 127.0.0.1), the real
 * handler invoked with the event files from {@code events/}, the public JSON read back from the
 * bucket; then every event delivered twice more, in reverse order, changes nothing.
 */
class HandlerSeedsIT {
  static final Path EVENTS = Path.of("..", "events");
  static final String BUCKET = "newsdesk-demo";
  static final DeskConfig CONFIG = DeskConfig.DEFAULTS;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-08T12:00:00Z"), ZoneOffset.UTC);
  static S3ProxyServer s3;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startS3() {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  private static Store bucket() {
    return new S3Store(s3.client(), BUCKET, "");
  }

  /** The events of a delivery: the files as they are, plus 002's from the single-put template. */
  private static List<byte[]> events() throws IOException {
    List<byte[]> events = new ArrayList<>();
    events.add(Files.readAllBytes(EVENTS.resolve("sqs-s3.json")));                 // 000, 001 (+ a test event)
    events.add(Files.readAllBytes(EVENTS.resolve("eventbridge-object-created.json"))); // 003
    events.add(Files.readAllBytes(EVENTS.resolve("s3-put.json")));                  // 004
    String put = Files.readString(EVENTS.resolve("s3-put.json"), StandardCharsets.UTF_8);
    events.add(put.replace("004_29615b52c5e91245.txt", "002_2d5c1ef77a0ef731.txt").getBytes(StandardCharsets.UTF_8));
    events.add(Files.readAllBytes(EVENTS.resolve("s3-ignored.json")));              // nothing to do
    return events;
  }

  private JsonNode invoke(Handler handler, byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext("it"));
    return json.readTree(out.toByteArray());
  }

  private static Map<String, byte[]> files(Store store, String prefix) {
    Map<String, byte[]> files = new TreeMap<>();
    store.list(prefix).forEach(k -> files.put(k, store.get(k).orElseThrow().bytes()));
    return files;
  }

  @Test
  void seedsThroughTheHandlerOnS3AndEveryEventAgainInReverseChangesNothing() throws IOException {
    Store store = bucket();
    Samples.seeds().forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
    Handler handler = new Handler(b -> new Desk(new S3Store(s3.client(), b, ""), CONFIG, CLOCK), CONFIG, CLOCK);

    for (byte[] event : events()) {
      JsonNode response = invoke(handler, event);
      if (response.has("batchItemFailures")) {
        assertEquals(0, response.get("batchItemFailures").size(), response.toString());
      }
    }

    Map<String, JsonNode> stories = StoryChecks.checkAll(store, CONFIG);
    Set<String> memberships = new TreeSet<>();
    for (JsonNode story : stories.values()) {
      Set<String> members = new TreeSet<>();
      story.get("sources").forEach(s -> members.add(Samples.number(s.get("key").asText())));
      memberships.add(members.toString());
    }
    assertEquals(Set.of("[000, 001]", "[002, 003, 004]"), memberships);
    Map<String, byte[]> published = files(store, CONFIG.publicPrefix());
    Map<String, byte[]> desk = files(store, CONFIG.deskPrefix());

    List<byte[]> again = new ArrayList<>();
    for (byte[] event : events()) {
      again.add(event);
      again.add(event);
    }
    Collections.reverse(again);
    for (byte[] event : again) {
      invoke(handler, event);
    }
    invoke(handler, Files.readAllBytes(EVENTS.resolve("s3-multiple.json")));

    Map<String, byte[]> after = files(store, CONFIG.publicPrefix());
    assertEquals(published.keySet(), after.keySet());
    published.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    Map<String, byte[]> deskAfter = files(store, CONFIG.deskPrefix());
    assertEquals(desk.keySet(), deskAfter.keySet());
    desk.forEach((k, v) -> assertArrayEquals(v, deskAfter.get(k), k));
  }
}
