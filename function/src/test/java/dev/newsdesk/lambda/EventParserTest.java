package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.desk.DeskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser against the real event files in {@code events/} and against hand-made edge cases. */
class EventParserTest {
  /** The repository's {@code events/} folder; surefire runs in {@code function/}. */
  static final Path EVENTS = Path.of("..", "events");
  static final String BUCKET = "newsdesk-demo";
  static final List<String> SEEDS = List.of("articles/000_9888ff113dcd5392.txt", "articles/001_47990866df937d46.txt",
      "articles/002_2d5c1ef77a0ef731.txt", "articles/003_05e8034c6cf52475.txt", "articles/004_29615b52c5e91245.txt");

  private final EventParser parser = new EventParser(DeskConfig.DEFAULTS);

  static ParsedEvent parseFile(EventParser parser, String name) throws IOException {
    try (InputStream in = Files.newInputStream(EVENTS.resolve(name))) {
      return parser.parse(in);
    }
  }

  private ParsedEvent parseFile(String name) throws IOException {
    return parseFile(parser, name);
  }

  @Test
  void everyEventFileHasATestHere() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(EVENTS)) {
      list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
    }
    assertEquals(new TreeSet<>(List.of("eventbridge-object-created.json", "s3-encoded-key.json", "s3-ignored.json",
        "s3-multiple.json", "s3-put.json", "sqs-batch.json", "sqs-s3.json")), files);
  }

  @Test
  void s3PutIsOneNotification() throws IOException {
    ParsedEvent event = parseFile("s3-put.json");

    assertEquals(ParsedEvent.Source.S3, event.source());
    assertEquals(List.of(new Notification(null, BUCKET, "articles/004_29615b52c5e91245.txt")), event.notifications());
    assertEquals(List.of(), event.ignored());
    assertEquals(List.of(), event.failures());
    assertEquals(List.of(), event.messageIds());
  }

  @Test
  void s3MultipleKeepsTheRecordOrder() throws IOException {
    ParsedEvent event = parseFile("s3-multiple.json");

    assertEquals(SEEDS.stream().map(k -> new Notification(null, BUCKET, k)).toList(), event.notifications());
  }

  @Test
  void s3KeysAreUrlDecodedWithPlusAsSpace() throws IOException {
    ParsedEvent event = parseFile("s3-encoded-key.json");

    assertEquals(List.of(new Notification(null, BUCKET, "articles/caf\u00e9 report + notes.txt")),
        event.notifications());
  }

  @Test
  void outputsForeignKeysFolderMarkersAndDeletesAreIgnoredWithReasons() throws IOException {
    ParsedEvent event = parseFile("s3-ignored.json");

    assertEquals(List.of(), event.notifications());
    List<IgnoredItem> ignored = event.ignored();
    assertEquals(List.of("public/stories/x.json", "desk/index.json", "other/readme.md", "articles/2024/",
        "articles/001_47990866df937d46.txt"), ignored.stream().map(IgnoredItem::key).toList());
    assertEquals("the desk's own output (under 'public/'), not an input", ignored.get(0).reason());
    assertEquals("the desk's own state (under 'desk/'), not an input", ignored.get(1).reason());
    assertEquals("outside the input prefix 'articles/'", ignored.get(2).reason());
    assertEquals("a folder marker, not an article", ignored.get(3).reason());
    assertEquals("not an ObjectCreated event (eventName 'ObjectRemoved:Delete')", ignored.get(4).reason());
    ignored.forEach(i -> assertEquals(BUCKET, i.bucket()));
  }

  @Test
  void sqsBodiesAreS3NotificationsAndTheTestEventIsIgnored() throws IOException {
    ParsedEvent event = parseFile("sqs-s3.json");

    assertEquals(ParsedEvent.Source.SQS, event.source());
    assertEquals(List.of("4f1a7c2e-9b3d-4e8f-a6c1-2d5b8e0f3a71", "a8d3e5f1-2c7b-4a96-b0e4-7f1c9d2a6b38",
        "c6b9f2a4-7e1d-4c3b-9a85-0e2f4d6b8a19"), event.messageIds());
    assertEquals(List.of(new Notification("a8d3e5f1-2c7b-4a96-b0e4-7f1c9d2a6b38", BUCKET, SEEDS.get(0)),
        new Notification("c6b9f2a4-7e1d-4c3b-9a85-0e2f4d6b8a19", BUCKET, SEEDS.get(1))), event.notifications());
    assertEquals(1, event.ignored().size());
    IgnoredItem test = event.ignored().get(0);
    assertEquals("4f1a7c2e-9b3d-4e8f-a6c1-2d5b8e0f3a71", test.messageId());
    assertEquals(BUCKET, test.bucket());
    assertTrue(test.reason().startsWith("s3:TestEvent"), test.reason());
    assertEquals(List.of(), event.failures());
  }

  @Test
  void anSqsBatchOfTheFiveSeedsIsOneNotificationPerMessage() throws IOException {
    ParsedEvent event = parseFile("sqs-batch.json");

    assertEquals(ParsedEvent.Source.SQS, event.source());
    assertEquals(5, event.messageIds().size());
    assertEquals(SEEDS, event.notifications().stream().map(Notification::key).toList());
    for (int n = 0; n < SEEDS.size(); n++) {
      assertEquals(event.messageIds().get(n), event.notifications().get(n).messageId(), "one key per message");
      assertEquals(BUCKET, event.notifications().get(n).bucket());
    }
    assertEquals(List.of(), event.ignored());
    assertEquals(List.of(), event.failures());
  }

  @Test
  void eventBridgeObjectCreatedIsOneNotification() throws IOException {
    ParsedEvent event = parseFile("eventbridge-object-created.json");

    assertEquals(ParsedEvent.Source.EVENTBRIDGE, event.source());
    assertEquals(List.of(new Notification(null, BUCKET, SEEDS.get(3))), event.notifications());
  }

  @Test
  void eventBridgeKeysAreUrlDecodedLikeS3Keys() {
    ParsedEvent event = parser.parse(eventBridge("Object Created", "articles/a%20b+c%2B%C3%A9.txt"));

    assertEquals(List.of(new Notification(null, BUCKET, "articles/a b c+\u00e9.txt")), event.notifications());
  }

  @Test
  void otherEventBridgeS3EventsAreIgnored() {
    ParsedEvent event = parser.parse(eventBridge("Object Deleted", "articles/x.txt"));

    assertEquals(List.of(), event.notifications());
    assertEquals(List.of(new IgnoredItem(null, BUCKET, "articles/x.txt",
        "not an Object Created event (detail-type 'Object Deleted')")), event.ignored());
  }

  @Test
  void eventBridgeEventsFromOtherSourcesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("{\"detail-type\":\"EC2 Instance State-change Notification\",\"source\":\"aws.ec2\","
            + "\"detail\":{}}"));
    assertTrue(e.getMessage().contains("'aws.ec2'"), e.getMessage());
  }

  @Test
  void aTopLevelTestEventIsIgnored() {
    ParsedEvent event = parser.parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");

    assertEquals(ParsedEvent.Source.S3, event.source());
    assertEquals(List.of(), event.notifications());
    assertEquals(1, event.ignored().size());
  }

  @Test
  void anUnreadableSqsBodyFailsOnlyItsMessage() {
    String event = sqs(message("m1", "not json at all"), message("m2", s3Body("articles/a.txt")),
        message("m3", "{\"hello\":\"world\"}"), message("m4", "[1,2]"),
        message("m5", "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
            + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{}}}]}"));

    ParsedEvent parsed = parser.parse(event);

    assertEquals(List.of("m1", "m2", "m3", "m4", "m5"), parsed.messageIds());
    assertEquals(List.of(new Notification("m2", "b", "articles/a.txt")), parsed.notifications());
    assertEquals(List.of("m1", "m3", "m4", "m5"), parsed.failures().stream().map(MessageFailure::messageId).toList());
    assertTrue(parsed.failures().get(0).reason().startsWith("the body is not JSON"), parsed.failures().get(0).reason());
    assertTrue(parsed.failures().get(1).reason().contains("[hello]"), parsed.failures().get(1).reason());
    assertTrue(parsed.failures().get(3).reason().contains("s3.object.key is missing"),
        parsed.failures().get(3).reason());
  }

  @Test
  void aHalfReadableSqsMessageContributesNothing() {
    String body = "{\"Records\":[" + s3Record("articles/good.txt") + ",{\"eventSource\":\"aws:s3\"}]}";

    ParsedEvent parsed = parser.parse(sqs(message("m1", body)));

    assertEquals(List.of(), parsed.notifications());
    assertEquals(List.of("m1"), parsed.failures().stream().map(MessageFailure::messageId).toList());
  }

  @Test
  void anSqsMessageMayCarryAnEventBridgeEvent() {
    ParsedEvent parsed = parser.parse(sqs(message("m1", eventBridge("Object Created", "articles/x.txt"))));

    assertEquals(List.of(new Notification("m1", BUCKET, "articles/x.txt")), parsed.notifications());
  }

  @Test
  void anSqsRecordWithoutAMessageIdIsNotAnSqsEvent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"{}\"}]}"));
    assertTrue(e.getMessage().contains("Records[0].messageId"), e.getMessage());
  }

  @Test
  void aBadlyEncodedKeyInADirectEventIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("{\"Records\":[" + s3Record("articles/100%.txt") + "]}"));
    assertTrue(e.getMessage().contains("'articles/100%.txt'"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[]", "42", "{}", "{\"Records\":[]}", "{\"Records\":{}}",
      "{\"Records\":[{\"eventSource\":\"aws:sns\"}]}", "{\"hello\":\"world\",\"answer\":42}"})
  void unknownShapesAreRejectedWithWhatWasFound(String event) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(event));
    assertTrue(e.getMessage().length() > 20, e.getMessage());
    if (event.contains("aws:sns")) {
      assertTrue(e.getMessage().contains("'aws:sns'"), e.getMessage());
    }
    if (event.contains("hello")) {
      assertTrue(e.getMessage().contains("[answer, hello]"), e.getMessage());
    }
  }

  @Test
  void theArticlesPrefixComesFromTheConfig() throws IOException {
    EventParser inbox = new EventParser(DeskConfig.DEFAULTS.withArticlesPrefix("inbox/"));

    ParsedEvent event = parseFile(inbox, "s3-put.json");

    assertEquals(List.of(), event.notifications());
    assertEquals("outside the input prefix 'inbox/'", event.ignored().get(0).reason());
  }

  // ---- hand-made events

  static String s3Record(String rawKey) {
    return "{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
        + "\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"" + rawKey + "\",\"size\":1}}}";
  }

  static String s3Body(String rawKey) {
    return "{\"Records\":[" + s3Record(rawKey) + "]}";
  }

  static String eventBridge(String detailType, String key) {
    return "{\"version\":\"0\",\"detail-type\":\"" + detailType + "\",\"source\":\"aws.s3\",\"detail\":{"
        + "\"bucket\":{\"name\":\"" + BUCKET + "\"},\"object\":{\"key\":\"" + key + "\"}}}";
  }

  static String message(String id, String body) {
    return "{\"messageId\":\"" + id + "\",\"eventSource\":\"aws:sqs\",\"body\":" + jsonString(body) + "}";
  }

  static String sqs(String... messages) {
    return "{\"Records\":[" + String.join(",", messages) + "]}";
  }

  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
