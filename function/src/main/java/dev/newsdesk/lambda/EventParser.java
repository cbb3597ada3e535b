package dev.newsdesk.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsdesk.desk.DeskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a Lambda event and says which objects to process, which to ignore and which SQS messages
 * could not be read. It never touches a store.
 *
 * <p>It reads three shapes and detects which one it has:
 * <ul>
 *   <li><b>S3 → Lambda</b>: {@code Records[].eventSource == "aws:s3"}. Malformed records make the
 *       whole event an {@link IllegalArgumentException}.
 *   <li><b>S3 → SQS → Lambda</b>: {@code Records[].eventSource == "aws:sqs"}. Each {@code body} is an
 *       S3 notification (or an EventBridge S3 event) as a JSON string. The {@code s3:TestEvent}
 *       that S3 sends when a notification is configured is ignored. A body that cannot be read fails
 *       that message alone ({@link MessageFailure}), so SQS redelivers it and finally dead-letters it.
 *   <li><b>S3 → EventBridge → Lambda</b>: {@code source == "aws.s3"}, {@code detail-type ==
 *       "Object Created"}, {@code detail.bucket.name}, {@code detail.object.key}.
 * </ul>
 * Any other shape is an {@link IllegalArgumentException} that names what was found.
 *
 * <p><b>Keys.</b> S3 notifications URL-encode keys as form data: a space becomes {@code +}, a
 * literal {@code +} becomes {@code %2B}, and other bytes become {@code %XX} of their UTF-8. They are
 * decoded with {@link URLDecoder}, so {@code articles/caf%C3%A9+report+%2B+notes.txt} is
 * {@code articles/café report + notes.txt}. EventBridge S3 events are decoded the same way: they
 * encode a space as {@code %20} and a plus as {@code %2B}, so a raw {@code +} never reaches us from
 * them, and one rule for every shape keeps the key a function of the object alone.
 *
 * <p><b>Filtering.</b> Only {@code ObjectCreated:*} records are processed. A key the desk does not
 * take as input ({@link DeskConfig#isInput}) is ignored with a reason. That covers keys outside the
 * articles prefix, folder markers, and the desk's own state and output. The trigger should never
 * send those, but a misconfigured one must not make the desk read its own writes.
 *
 * <p>Immutable and thread-safe. The JSON reader is built once, in the constructor.
 */
public final class EventParser {
  private static final String TEST_EVENT = "s3:TestEvent";

  private final DeskConfig config;
  private final ObjectReader json;

  /** A parser that filters keys with {@code config}. */
  public EventParser(DeskConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.json = new ObjectMapper().reader();
  }

  /**
   * Parses an event from a stream (read to its end, not closed).
   *
   * @throws IllegalArgumentException when the event is not JSON, or not a shape this parser knows
   * @throws IOException when the stream cannot be read
   */
  public ParsedEvent parse(InputStream event) throws IOException {
    Objects.requireNonNull(event, "event");
    JsonNode root;
    try {
      root = json.readTree(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the event is not JSON: " + e.getOriginalMessage(), e);
    }
    return parse(root);
  }

  /** Parses an event given as a JSON string; see {@link #parse(InputStream)}. */
  public ParsedEvent parse(String event) {
    Objects.requireNonNull(event, "event");
    try {
      return parse(json.readTree(event));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the event is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private ParsedEvent parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the event is not a JSON object but " + describe(root));
    }
    Found found = new Found();
    JsonNode records = root.get("Records");
    if (records != null) {
      if (!records.isArray() || records.isEmpty()) {
        throw new IllegalArgumentException("the event's 'Records' is not a non-empty array but " + describe(records));
      }
      String source = records.get(0).path("eventSource").asText("");
      if (source.equals("aws:s3")) {
        s3Records(records, null, found);
        return found.toEvent(ParsedEvent.Source.S3);
      }
      if (source.equals("aws:sqs")) {
        sqsRecords(records, found);
        return found.toEvent(ParsedEvent.Source.SQS);
      }
      throw new IllegalArgumentException("unknown event: Records[0].eventSource is '" + source
          + "', expected 'aws:s3' (S3 notification) or 'aws:sqs' (SQS batch)");
    }
    if (isTestEvent(root)) {
      found.ignored.add(testEvent(root, null));
      return found.toEvent(ParsedEvent.Source.S3);
    }
    if (root.has("detail-type") || root.has("detail")) {
      eventBridge(root, null, found);
      return found.toEvent(ParsedEvent.Source.EVENTBRIDGE);
    }
    throw new IllegalArgumentException("unknown event shape: no 'Records', 'detail-type' or 'Event'; top-level fields are "
        + fieldNames(root));
  }

  // ---- S3 notifications

  private void s3Records(JsonNode records, String messageId, Found found) {
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      String where = "Records[" + i + "]";
      String source = record.path("eventSource").asText("");
      if (!source.equals("aws:s3")) {
        throw new IllegalArgumentException(where + ".eventSource is '" + source + "', expected 'aws:s3'");
      }
      String eventName = text(record, "eventName", where);
      String bucket = text(record.path("s3").path("bucket"), "name", where + ".s3.bucket");
      String key = formDecode(text(record.path("s3").path("object"), "key", where + ".s3.object"), where);
      if (eventName.startsWith("ObjectCreated:")) {
        offer(messageId, bucket, key, found);
      } else {
        found.ignored.add(new IgnoredItem(messageId, bucket, key,
            "not an ObjectCreated event (eventName '" + eventName + "')"));
      }
    }
  }

  private static boolean isTestEvent(JsonNode node) {
    return TEST_EVENT.equals(node.path("Event").asText(null));
  }

  private static IgnoredItem testEvent(JsonNode node, String messageId) {
    String bucket = node.path("Bucket").asText(null);
    return new IgnoredItem(messageId, bucket, null,
        "s3:TestEvent, sent by S3 when the notification was configured; nothing to process");
  }

  // ---- SQS

  private void sqsRecords(JsonNode records, Found found) {
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      String where = "Records[" + i + "]";
      String source = record.path("eventSource").asText("");
      if (!source.equals("aws:sqs")) {
        throw new IllegalArgumentException(where + ".eventSource is '" + source + "', expected 'aws:sqs'");
      }
      // Without a message ID no failure can be reported for this message: that is not a real SQS event.
      String messageId = text(record, "messageId", where);
      found.messageIds.add(messageId);
      JsonNode body = record.get("body");
      if (body == null || !body.isTextual()) {
        found.failures.add(new MessageFailure(messageId, "the message has no text body"));
        continue;
      }
      Found fromBody = new Found();
      try {
        sqsBody(json.readTree(body.asText()), messageId, fromBody);
      } catch (JsonProcessingException e) {
        found.failures.add(new MessageFailure(messageId, "the body is not JSON: " + e.getOriginalMessage()));
        continue;
      } catch (IllegalArgumentException e) {
        // Nothing from a half-read message is kept: SQS redelivers the whole message.
        found.failures.add(new MessageFailure(messageId, "the body is not a usable S3 notification: " + e.getMessage()));
        continue;
      }
      found.notifications.addAll(fromBody.notifications);
      found.ignored.addAll(fromBody.ignored);
    }
  }

  private void sqsBody(JsonNode body, String messageId, Found found) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body is " + describe(body) + ", not a JSON object");
    }
    if (isTestEvent(body)) {
      found.ignored.add(testEvent(body, messageId));
    } else if (body.has("Records")) {
      JsonNode records = body.get("Records");
      if (!records.isArray() || records.isEmpty()) {
        throw new IllegalArgumentException("its 'Records' is not a non-empty array");
      }
      s3Records(records, messageId, found);
    } else if (body.has("detail-type")) {
      eventBridge(body, messageId, found);
    } else {
      throw new IllegalArgumentException("no 'Records', 'detail-type' or 'Event'; fields are " + fieldNames(body));
    }
  }

  // ---- EventBridge

  private void eventBridge(JsonNode event, String messageId, Found found) {
    String source = event.path("source").asText("");
    String detailType = event.path("detail-type").asText("");
    if (!source.equals("aws.s3")) {
      throw new IllegalArgumentException("unknown EventBridge event: source '" + source + "', detail-type '"
          + detailType + "'; expected source 'aws.s3'");
    }
    JsonNode detail = event.path("detail");
    if (!detailType.equals("Object Created")) {
      String bucket = detail.path("bucket").path("name").asText(null);
      String rawKey = detail.path("object").path("key").asText(null);
      found.ignored.add(new IgnoredItem(messageId, bucket, rawKey == null ? null : formDecode(rawKey, "detail"),
          "not an Object Created event (detail-type '" + detailType + "')"));
      return;
    }
    String bucket = text(detail.path("bucket"), "name", "detail.bucket");
    String key = formDecode(text(detail.path("object"), "key", "detail.object"), "detail.object");
    offer(messageId, bucket, key, found);
  }

  // ---- keys

  private void offer(String messageId, String bucket, String key, Found found) {
    if (config.isInput(key)) {
      found.notifications.add(new Notification(messageId, bucket, key));
    } else {
      found.ignored.add(new IgnoredItem(messageId, bucket, key, whyNotInput(key)));
    }
  }

  private String whyNotInput(String key) {
    if (key.startsWith(config.deskPrefix())) {
      return "the desk's own state (under '" + config.deskPrefix() + "'), not an input";
    }
    if (key.startsWith(config.publicPrefix())) {
      return "the desk's own output (under '" + config.publicPrefix() + "'), not an input";
    }
    if (!key.startsWith(config.articlesPrefix())) {
      return "outside the input prefix '" + config.articlesPrefix() + "'";
    }
    return "a folder marker, not an article";
  }

  /** Decodes an S3 notification key: form encoding, {@code +} is a space. */
  static String formDecode(String raw, String where) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": the key '" + raw + "' is not URL-encoded correctly: "
          + e.getMessage(), e);
    }
  }

  // ---- JSON helpers

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(where + "." + field + " is missing or not a non-empty string");
    }
    return value.asText();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String fieldNames(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names.toString();
  }

  /** What one parse found so far. */
  private static final class Found {
    final List<Notification> notifications = new ArrayList<>();
    final List<IgnoredItem> ignored = new ArrayList<>();
    final List<MessageFailure> failures = new ArrayList<>();
    final List<String> messageIds = new ArrayList<>();

    ParsedEvent toEvent(ParsedEvent.Source source) {
      return new ParsedEvent(source, notifications, ignored, failures, messageIds);
    }
  }
}
