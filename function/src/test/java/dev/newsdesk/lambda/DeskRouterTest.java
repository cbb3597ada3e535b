package dev.newsdesk.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which SQS messages fail, from the desks' failed keys and failed buckets. */
class DeskRouterTest {
  private static ParsedEvent event(List<Notification> notifications, List<MessageFailure> failures, String... ids) {
    return new ParsedEvent(ParsedEvent.Source.SQS, notifications, List.of(), failures, List.of(ids));
  }

  @Test
  void aFailedKeyFailsEveryMessageThatCarriedIt() {
    ParsedEvent event = event(List.of(new Notification("m1", "b", "articles/x.txt"),
        new Notification("m2", "b", "articles/y.txt"), new Notification("m3", "b", "articles/x.txt")),
        List.of(), "m1", "m2", "m3");

    assertEquals(List.of("m1", "m3"),
        DeskRouter.failedMessageIds(event, Map.of("b", Set.of("articles/x.txt")), Set.of()));
  }

  @Test
  void theSameKeyInAnotherBucketIsAnotherObject() {
    ParsedEvent event = event(List.of(new Notification("m1", "a", "articles/x.txt"),
        new Notification("m2", "b", "articles/x.txt")), List.of(), "m1", "m2");

    assertEquals(List.of("m2"), DeskRouter.failedMessageIds(event, Map.of("b", Set.of("articles/x.txt")), Set.of()));
  }

  @Test
  void aFailedBucketFailsAllItsMessagesAndUnreadableMessagesFailToo() {
    ParsedEvent event = event(List.of(new Notification("m2", "a", "articles/x.txt"),
        new Notification("m3", "b", "articles/y.txt"), new Notification("m4", "a", "articles/z.txt")),
        List.of(new MessageFailure("m1", "not JSON")), "m1", "m2", "m3", "m4", "m5");

    assertEquals(List.of("m1", "m2", "m4"), DeskRouter.failedMessageIds(event, Map.of(), Set.of("a")));
  }

  @Test
  void nothingFailedMeansNoFailures() {
    ParsedEvent event = event(List.of(new Notification("m1", "a", "articles/x.txt")), List.of(), "m1");

    assertEquals(List.of(), DeskRouter.failedMessageIds(event, Map.of("a", Set.of()), Set.of()));
  }

  @Test
  void aPreparedDeskIsMadeOnceAndUsedByTheFirstEvent() {
    AtomicInteger made = new AtomicInteger();
    DeskRouter router = new DeskRouter(bucket -> {
      made.incrementAndGet();
      return new Desk(new MemoryStore(Instant.EPOCH), DeskConfig.DEFAULTS, Clock.systemUTC());
    });

    router.prepare("b");
    router.prepare("b");
    router.route(event(List.of(new Notification("m1", "b", "articles/x.txt")), List.of(), "m1"));

    assertEquals(1, made.get());
  }
}
