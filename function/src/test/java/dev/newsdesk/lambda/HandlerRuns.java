package dev.newsdesk.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.S3Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real handler on s3proxy, invoked through {@link Handler#handleRequest} as Lambda does, for the
 * {@code *IT} classes; and what they read back from the bucket.
 */
final class HandlerRuns {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC);
  static final DeskConfig CONFIG = DeskConfig.DEFAULTS;
  static final String INDEX = CONFIG.deskPrefix() + "index.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private HandlerRuns() {}

  /** The handler as the tests wire it: a desk per bucket over an {@link S3Store} on {@code client}. */
  static Handler handler(S3Client client) {
    return handler(client, CONFIG);
  }

  static Handler handler(S3Client client, DeskConfig config) {
    return new Handler(bucket -> new Desk(new S3Store(client, bucket, ""), config, CLOCK), config, CLOCK);
  }

  /**
   * What one invocation answered and logged.
   *
   * @param response the response JSON
   * @param log      the log line (the metrics line is not kept)
   */
  record Invocation(JsonNode response, JsonNode log) {
    /** The SQS message ids reported as batch item failures. */
    Set<String> failedMessages() {
      Set<String> ids = new HashSet<>();
      response.path("batchItemFailures").forEach(f -> ids.add(f.get("itemIdentifier").asText()));
      return ids;
    }

    int retries() {
      return log.path("retries").asInt();
    }
  }

  /** Invokes the handler with {@code event}; exceptions propagate, as they would to Lambda. */
  static Invocation invoke(Handler handler, byte[] event) {
    TestContext context = new TestContext("it");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new ByteArrayInputStream(event)) {
      handler.handleRequest(in, out, context);
      return new Invocation(JSON.readTree(out.toByteArray()), JSON.readTree(context.lines().get(0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every object under {@code prefix} with its bytes, by key. */
  static Map<String, byte[]> objects(Store store, String prefix) {
    Map<String, byte[]> objects = new TreeMap<>();
    store.list(prefix).forEach(k -> objects.put(k, store.get(k).orElseThrow().bytes()));
    return objects;
  }

  static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The desk index ({@code desk/index.json}) as JSON. */
  static JsonNode deskIndex(Store store) {
    return json(store.get(INDEX).orElseThrow(() -> new AssertionError("no " + INDEX)).bytes());
  }

  /**
   * Where each article of the desk index lives: for every live story (one not moved), its members;
   * a member listed by two live stories appears twice.
   *
   * @return article hash to the live stories listing it
   */
  static Map<String, List<String>> storiesByArticle(JsonNode deskIndex) {
    Map<String, List<String>> stories = new HashMap<>();
    deskIndex.get("stories").forEach(story -> {
      if (story.path("movedTo").isNull() || story.path("movedTo").isMissingNode()) {
        story.get("members").forEach(m -> stories.computeIfAbsent(m.asText(), k -> new ArrayList<>())
            .add(story.get("id").asText()));
      }
    });
    return stories;
  }

  /**
   * The keys of the desk index's accepted articles that are not in exactly one live story, with the
   * stories they are in (none, or several). Empty when every article is placed once.
   */
  static Map<String, List<String>> misplaced(JsonNode deskIndex) {
    Map<String, List<String>> byArticle = storiesByArticle(deskIndex);
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    deskIndex.get("keys").fields().forEachRemaining(e -> {
      List<String> in = byArticle.getOrDefault(e.getValue().asText(), List.of());
      if (in.size() != 1) {
        wrong.put(e.getKey(), in);
      }
    });
    return wrong;
  }
}
