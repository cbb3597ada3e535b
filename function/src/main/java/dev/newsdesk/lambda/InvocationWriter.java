package dev.newsdesk.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.desk.DeskReport;
import dev.newsdesk.model.Rejection;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes what an invocation did. That is three JSON texts: the log line, the CloudWatch Embedded
 * Metric Format (EMF) line, and the response.
 *
 * <p>The <b>log line</b> is one JSON object. It holds the keys seen, swept (taken besides the
 * event's keys: see {@code DeskConfig.sweepScan}), accepted, rejected (with
 * reasons), ignored (with reasons) and failed (with reasons). It also holds the failed SQS messages,
 * the stories created, updated and merged, the index retries, and the milliseconds per stage. It is
 * meant for CloudWatch Logs Insights: {@code filter source = "sqs" | stats sum(counts.accepted)}.
 *
 * <p>The <b>metrics line</b> follows the EMF specification. CloudWatch turns it into metrics with no
 * agent or library: namespace {@code newsdesk}, dimension {@code Service}, and the counts
 * {@code Accepted}, {@code Rejected}, {@code Failed}, {@code StoriesCreated}, {@code StoriesUpdated} and
 * {@code Retries}.
 * It works with the function's log format set to Text (the default).
 *
 * <p>The <b>response</b> to an SQS event is always {@code {"batchItemFailures":[...]}}, with an empty
 * list when every message succeeded. Lambda's SQS event source reads it when
 * {@code ReportBatchItemFailures} is on. Other events get a short summary, shown by
 * {@code sam local invoke}.
 *
 * <p>Immutable and thread-safe. The JSON mapper is built once.
 */
final class InvocationWriter {
  static final String NAMESPACE = "newsdesk";
  static final List<String> METRICS = List.of("Accepted", "Rejected", "Failed", "StoriesCreated", "StoriesUpdated", "Retries");

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter writer = mapper.writer();
  private final Clock clock;

  InvocationWriter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The per-invocation log line. */
  String logLine(String requestId, ParsedEvent event, DeskRouter.Outcome outcome, Map<String, Long> millis) {
    Counts counts = Counts.of(event, outcome);
    ObjectNode line = mapper.createObjectNode();
    line.put("message", "newsdesk invocation");
    line.put("requestId", requestId);
    line.put("source", event.source().name().toLowerCase(Locale.ROOT));
    if (event.source() == ParsedEvent.Source.SQS) {
      line.put("messages", event.messageIds().size());
    }
    line.set("buckets", strings(outcome.keysByBucket().keySet()));
    ObjectNode countNode = line.putObject("counts");
    countNode.put("seen", counts.seen);
    countNode.put("swept", counts.swept);
    countNode.put("accepted", counts.accepted);
    countNode.put("rejected", counts.rejected);
    countNode.put("ignored", counts.ignored);
    countNode.put("failed", counts.failed);
    countNode.put("storiesCreated", counts.storiesCreated);
    countNode.put("storiesUpdated", counts.storiesUpdated);
    countNode.put("storiesMerged", counts.storiesMerged);
    countNode.put("retries", counts.retries);

    Set<String> seen = new LinkedHashSet<>();
    event.notifications().forEach(n -> seen.add(n.key()));
    line.set("seen", strings(seen));
    ArrayNode swept = line.putArray("swept");
    ArrayNode accepted = line.putArray("accepted");
    ArrayNode rejected = line.putArray("rejected");
    ArrayNode created = line.putArray("storiesCreated");
    ArrayNode updated = line.putArray("storiesUpdated");
    ArrayNode merged = line.putArray("storiesMerged");
    ArrayNode ignored = line.putArray("ignored");
    for (IgnoredItem item : event.ignored()) {
      ObjectNode node = ignored.addObject();
      putIfPresent(node, "messageId", item.messageId());
      putIfPresent(node, "key", item.key());
      node.put("reason", item.reason());
    }
    for (DeskReport report : outcome.reports().values()) {
      report.swept().forEach(swept::add);
      report.accepted().forEach(accepted::add);
      for (Rejection r : report.rejected()) {
        rejected.addObject().put("key", r.key()).put("reason", r.reason()).put("detail", r.detail());
      }
      report.ignored().forEach(key -> ignored.addObject().put("key", key).put("reason", "ignored by the desk"));
      report.storiesCreated().forEach(created::add);
      report.storiesUpdated().forEach(updated::add);
      report.storiesMerged().forEach(merged::add);
    }
    ArrayNode failed = line.putArray("failed");
    outcome.failedKeys().forEach((key, reason) -> failed.addObject().put("key", key).put("reason", reason));
    ArrayNode failedMessages = line.putArray("failedMessages");
    for (MessageFailure f : event.failures()) {
      failedMessages.addObject().put("messageId", f.messageId()).put("reason", f.reason());
    }
    line.set("batchItemFailures", strings(outcome.failedMessages()));
    ArrayNode errors = line.putArray("errors");
    outcome.errors().forEach((bucket, e) -> errors.addObject().put("bucket", bucket).put("error", e.toString()));
    line.put("retries", counts.retries);
    ObjectNode stageMillis = line.putObject("millis");
    new TreeMap<>(millis).forEach(stageMillis::put);
    return write(line);
  }

  /** The EMF line: the invocation's counts as CloudWatch metrics. */
  String metricsLine(String service, ParsedEvent event, DeskRouter.Outcome outcome) {
    Counts counts = Counts.of(event, outcome);
    ObjectNode line = mapper.createObjectNode();
    ObjectNode aws = line.putObject("_aws");
    aws.put("Timestamp", clock.millis());
    ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
    directive.put("Namespace", NAMESPACE);
    directive.putArray("Dimensions").addArray().add("Service");
    ArrayNode metrics = directive.putArray("Metrics");
    METRICS.forEach(name -> metrics.addObject().put("Name", name).put("Unit", "Count"));
    line.put("Service", service);
    line.put("Accepted", counts.accepted);
    line.put("Rejected", counts.rejected);
    line.put("Failed", counts.failed);
    line.put("StoriesCreated", counts.storiesCreated);
    line.put("StoriesUpdated", counts.storiesUpdated);
    line.put("Retries", counts.retries);
    return write(line);
  }

  /** The response: batch item failures for SQS, otherwise a summary of the counts. */
  String response(ParsedEvent event, DeskRouter.Outcome outcome) {
    ObjectNode response = mapper.createObjectNode();
    if (event.source() == ParsedEvent.Source.SQS) {
      ArrayNode failures = response.putArray("batchItemFailures");
      outcome.failedMessages().forEach(id -> failures.addObject().put("itemIdentifier", id));
    } else {
      Counts counts = Counts.of(event, outcome);
      response.put("accepted", counts.accepted);
      response.put("rejected", counts.rejected);
      response.put("ignored", counts.ignored);
      response.put("failed", counts.failed);
      response.put("storiesCreated", counts.storiesCreated);
      response.put("storiesUpdated", counts.storiesUpdated);
    }
    return write(response);
  }

  private ArrayNode strings(Iterable<String> values) {
    ArrayNode array = mapper.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private String write(ObjectNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a JSON tree (a bug): " + e.getOriginalMessage(), e);
    }
  }

  /** The numbers the log line, the metrics and the response share. */
  private static final class Counts {
    int seen;
    int swept;
    int accepted;
    int rejected;
    int ignored;
    int failed;
    int storiesCreated;
    int storiesUpdated;
    int storiesMerged;
    int retries;

    static Counts of(ParsedEvent event, DeskRouter.Outcome outcome) {
      Counts c = new Counts();
      Set<String> seen = new LinkedHashSet<>();
      event.notifications().forEach(n -> seen.add(n.bucket() + "/" + n.key()));
      c.seen = seen.size();
      c.ignored = event.ignored().size();
      for (DeskReport r : outcome.reports().values()) {
        c.swept += r.swept().size();
        c.accepted += r.accepted().size();
        c.rejected += r.rejected().size();
        c.ignored += r.ignored().size();
        c.storiesCreated += r.storiesCreated().size();
        c.storiesUpdated += r.storiesUpdated().size();
        c.storiesMerged += r.storiesMerged().size();
        c.retries += r.retries();
      }
      c.failed = outcome.failedKeys().size() + event.failures().size();
      return c;
    }
  }
}
