package dev.newsdesk.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Events for the integration tests, made from the files in {@code events/}. The bucket and keys are
 * substituted. Everything else is kept as AWS sends it: field names, nesting, event names, and S3's
 * form encoding of keys.
 */
final class EventFiles {
  /** The repository's {@code events/} folder; surefire and failsafe run in {@code function/}. */
  static final Path EVENTS = EventParserTest.EVENTS;
  /** The bucket the files name. */
  static final String FILE_BUCKET = EventParserTest.BUCKET;

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventFiles() {}

  /** One SQS message of a batch: its id and the key its S3 notification names. */
  record Message(String id, String key) {}

  /** {@code s3-put.json} for another bucket and key. */
  static byte[] s3Put(String bucket, String key) {
    return s3Records(bucket, List.of(key));
  }

  /** {@code s3-multiple.json} with one record per key, in the order given, each shaped like its first. */
  static byte[] s3Records(String bucket, List<String> keys) {
    return bytes(s3Notification(bucket, keys));
  }

  /** {@code eventbridge-object-created.json} for another bucket and key. */
  static byte[] eventBridge(String bucket, String key) {
    ObjectNode event = (ObjectNode) file("eventbridge-object-created.json");
    ((ArrayNode) event.get("resources")).removeAll().add("arn:aws:s3:::" + bucket);
    ObjectNode detail = (ObjectNode) event.get("detail");
    ((ObjectNode) detail.get("bucket")).put("name", bucket);
    ((ObjectNode) detail.get("object")).put("key", s3Encode(key)).remove(List.of("size", "etag"));
    return bytes(event);
  }

  /**
   * An SQS batch laid out like {@code sqs-s3.json}: one message per entry, each shaped like the
   * file's second message, whose body is an S3 notification for the entry's key.
   */
  static byte[] sqs(String bucket, List<Message> messages) {
    ObjectNode event = (ObjectNode) file("sqs-s3.json");
    ObjectNode template = (ObjectNode) event.get("Records").get(1);
    ArrayNode records = event.putArray("Records");
    for (Message m : messages) {
      ObjectNode record = template.deepCopy();
      String body = new String(s3Records(bucket, List.of(m.key())), StandardCharsets.UTF_8);
      record.put("messageId", m.id());
      record.put("receiptHandle", "receipt-" + m.id());
      record.put("body", body);
      record.put("md5OfBody", md5(body));
      records.add(record);
    }
    return bytes(event);
  }

  /** An event file as it is, with its bucket name replaced everywhere. */
  static byte[] fileFor(String name, String bucket) {
    try {
      return Files.readString(EVENTS.resolve(name), StandardCharsets.UTF_8).replace(FILE_BUCKET, bucket)
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode s3Notification(String bucket, List<String> keys) {
    ObjectNode event = (ObjectNode) file("s3-multiple.json");
    ObjectNode template = (ObjectNode) event.get("Records").get(0);
    ArrayNode records = event.putArray("Records");
    for (String key : keys) {
      ObjectNode record = template.deepCopy();
      ObjectNode s3 = (ObjectNode) record.get("s3");
      ObjectNode bucketNode = (ObjectNode) s3.get("bucket");
      bucketNode.put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
      // The size and ETag in the file belong to the seed in it; the desk reads neither.
      ((ObjectNode) s3.get("object")).put("key", s3Encode(key)).remove(List.of("size", "eTag"));
      records.add(record);
    }
    return event;
  }

  /** A key as S3 writes it into a notification: form-encoded, with '/' left as it is. */
  static String s3Encode(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  private static JsonNode file(String name) {
    try {
      return JSON.readTree(EVENTS.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + EVENTS.resolve(name), e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String md5(String body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
