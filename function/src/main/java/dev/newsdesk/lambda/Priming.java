package dev.newsdesk.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.model.WordList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.crac.Context;
import org.crac.Resource;

/**
 * The SnapStart priming hook: before Lambda takes the snapshot of an initialised function, run the
 * whole pipeline on the sample articles bundled in the jar, so that its classes are loaded and its
 * hot methods compiled in the snapshot instead of during the first real invocations.
 *
 * <p>Each round goes through {@link Handler#handle}, as a real invocation does. It reads an SQS
 * event carrying one S3 notification per sample. The desk fetches, extracts, analyzes, clusters,
 * finds copies, summarises, commits and publishes. The handler writes its log, metrics and response
 * lines. Then a direct S3 event for one sample replays a known key. The store is a {@link MemoryStore}
 * made for the round and dropped after it.
 *
 * <p>It touches no network, no bucket and no disk. It does not use the handler's S3 client either:
 * a request made before the snapshot would resolve credentials and open connections that are not
 * valid after a restore. Nothing of a round survives it, so no data reaches a real invocation.
 *
 * <p>A round that does not accept every sample (its log line counts them) throws
 * {@link IllegalStateException}. The snapshot
 * then fails, and so does the deployment of that version, which is the point: the same pipeline
 * would fail on real articles.
 *
 * <p>Registered by {@link Handler#Handler()}. Outside a CRaC runtime it is never called, but
 * {@link #prime} may be called directly. Immutable and thread-safe.
 */
public final class Priming implements Resource {
  /** How many rounds {@link #beforeCheckpoint} runs. */
  static final int DEFAULT_ROUNDS = 3;
  /** The bucket the priming events name. It exists only in memory. */
  static final String BUCKET = "newsdesk-priming";

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final String SAMPLES = "/samples/index.txt";
  private static final ObjectMapper JSON = new ObjectMapper(); // configured here, never changed

  private final DeskConfig config;
  private final int rounds;

  /** A hook that primes the pipeline configured by {@code config}, {@value #DEFAULT_ROUNDS} rounds. */
  public Priming(DeskConfig config) {
    this(config, DEFAULT_ROUNDS);
  }

  /** A hook that runs {@code rounds} rounds (at least one). */
  Priming(DeskConfig config, int rounds) {
    this.config = Objects.requireNonNull(config, "config");
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
    }
    this.rounds = rounds;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to restore: priming keeps no state, no connection and no credentials.
  }

  /**
   * Runs the priming rounds now.
   *
   * @return what the last round did
   * @throws IllegalStateException when a round fails to accept every sample
   */
  public Result prime() {
    long start = System.nanoTime();
    Map<String, byte[]> samples = samples();
    byte[] batch = sqsEvent(samples);
    String replayKey = samples.keySet().iterator().next();
    byte[] replay = s3Event(replayKey, samples.get(replayKey).length);
    List<String> published = List.of();
    for (int round = 1; round <= rounds; round++) {
      MemoryStore store = new MemoryStore(TIME);
      samples.forEach((key, bytes) -> store.put(key, bytes, "text/plain"));
      Clock clock = Clock.fixed(TIME, ZoneOffset.UTC);
      Handler handler = new Handler(bucket -> new Desk(store, config, clock), config, clock);
      JsonNode log = invoke(handler, batch, "priming-" + round);
      if (log.path("counts").path("accepted").asInt() != samples.size()
          || !log.path("batchItemFailures").isEmpty()) {
        throw new IllegalStateException("priming round " + round + " did not accept the " + samples.size()
            + " bundled samples: " + log);
      }
      JsonNode again = invoke(handler, replay, "priming-" + round + "-replay");
      if (again.path("counts").path("accepted").asInt() != 1 || again.path("counts").path("failed").asInt() != 0) {
        throw new IllegalStateException("priming round " + round + " failed to replay " + replayKey + ": " + again);
      }
      published = store.list(config.publicPrefix());
    }
    return new Result(rounds, samples.size(), published, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  /**
   * What priming did.
   *
   * @param rounds    how many rounds ran
   * @param articles  the samples each round processed
   * @param published the keys the last round published (story documents, index, feed)
   * @param millis    the wall time of all rounds
   */
  public record Result(int rounds, int articles, List<String> published, long millis) {
    public Result {
      published = List.copyOf(published);
    }
  }

  /** Runs one event through the handler and returns its log line. */
  private static JsonNode invoke(Handler handler, byte[] event, String requestId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>();
    try {
      handler.handle(new ByteArrayInputStream(event), out, requestId, "newsdesk-priming", lines::add);
      return JSON.readTree(lines.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException("priming: in-memory streams failed (a bug)", e);
    }
  }

  /** The bundled samples by input key, in the order of the samples index. */
  private Map<String, byte[]> samples() {
    Map<String, byte[]> samples = new LinkedHashMap<>();
    for (String path : WordList.load(SAMPLES).entries()) {
      String resource = "/samples/" + path;
      try (InputStream in = Priming.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource + " (listed in " + SAMPLES + ")");
        }
        samples.put(config.articlesPrefix() + path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    if (samples.isEmpty()) {
      throw new IllegalStateException(SAMPLES + " lists no samples");
    }
    return samples;
  }

  /** An SQS batch as Lambda delivers it: one message per key, each body an S3 notification. */
  private static byte[] sqsEvent(Map<String, byte[]> samples) {
    ObjectNode event = JSON.createObjectNode();
    ArrayNode records = event.putArray("Records");
    int n = 0;
    for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
      ObjectNode message = records.addObject();
      message.put("messageId", "priming-" + (++n));
      message.put("receiptHandle", "priming");
      message.put("body", new String(s3Event(sample.getKey(), sample.getValue().length), StandardCharsets.UTF_8));
      message.put("eventSource", "aws:sqs");
      message.put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:newsdesk-priming");
    }
    return write(event);
  }

  /** An S3 event notification for one new object, with the key form-encoded as S3 does. */
  private static byte[] s3Event(String key, long size) {
    ObjectNode event = JSON.createObjectNode();
    ObjectNode record = event.putArray("Records").addObject();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("eventTime", TIME.toString());
    record.put("eventName", "ObjectCreated:Put");
    ObjectNode s3 = record.putObject("s3");
    s3.putObject("bucket").put("name", BUCKET);
    s3.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8)).put("size", size);
    return write(event);
  }

  private static byte[] write(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree (a bug)", e);
    }
  }
}
