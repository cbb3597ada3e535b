package dev.newsdesk.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} adapter promises, run against each adapter by a subclass that supplies
 * an empty store per test.
 */
public abstract class StoreContractTest {
  private static final int RACERS = 8;
  private static final int RACE_ROUNDS = 10;

  private Store store;
  private ExecutorService pool;

  /** A new, empty store; called before every test. */
  protected abstract Store newStore() throws Exception;

  @BeforeEach
  void setUpStore() throws Exception {
    store = newStore();
    pool = Executors.newFixedThreadPool(RACERS);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "racing threads did not stop");
  }

  protected final Store store() {
    return store;
  }

  @Test
  void getOfAMissingKeyIsEmpty() {
    assertEquals(Optional.empty(), store.get("articles/nothing.txt"));
    assertEquals(Optional.empty(), store.get("articles/nothing.txt", 10));
  }

  @Test
  void putThenGetReturnsTheBytesAndAnUnquotedEtag() {
    Instant before = Instant.now().minusSeconds(5);
    store.put("desk/index.json", bytes("{\"stories\":[]}"), "application/json");

    StoredObject object = store.get("desk/index.json").orElseThrow();

    assertEquals("desk/index.json", object.key());
    assertEquals("{\"stories\":[]}", new String(object.bytes(), UTF_8));
    assertFalse(object.etag().isEmpty());
    assertFalse(object.etag().contains("\""), "etag must come without quotes: " + object.etag());
    assertEquals("application/json", object.contentType());
    assertNotNull(object.lastModified());
    assertTrue(object.lastModified().isAfter(before), "lastModified " + object.lastModified());
  }

  @Test
  void anEmptyObjectRoundTrips() {
    store.put("articles/empty.txt", new byte[0], "text/plain");

    assertArrayEquals(new byte[0], store.get("articles/empty.txt").orElseThrow().bytes());
  }

  @Test
  void putOverwritesAndChangesTheEtag() {
    store.put("public/index.json", bytes("one"), "application/json");
    String first = store.get("public/index.json").orElseThrow().etag();

    store.put("public/index.json", bytes("two"), "application/json");
    StoredObject second = store.get("public/index.json").orElseThrow();

    assertEquals("two", new String(second.bytes(), UTF_8));
    assertNotEquals(first, second.etag());
  }

  @Test
  void listReturnsSortedKeysUnderThePrefix() {
    for (String key : List.of("articles/b.txt", "desk/index.json", "articles/sub/c.txt",
        "articles/a.txt", "articlesque.txt", "public/stories/s1.json")) {
      store.put(key, bytes(key), "text/plain");
    }

    assertEquals(List.of("articles/a.txt", "articles/b.txt", "articles/sub/c.txt"), store.list("articles/"));
    assertEquals(List.of("articles/sub/c.txt"), store.list("articles/s"));
    assertEquals(List.of("articles/a.txt", "articles/b.txt", "articles/sub/c.txt", "articlesque.txt"),
        store.list("articles"));
    assertEquals(List.of("articles/a.txt", "articles/b.txt", "articles/sub/c.txt", "articlesque.txt",
        "desk/index.json", "public/stories/s1.json"), store.list(""));
    assertEquals(List.of(), store.list("nothing/"));
  }

  @Test
  void aLimitedListGivesTheFirstKeysInSortedOrder() {
    for (String key : List.of("articles/d.txt", "articles/b.txt", "articles/sub/c.txt", "articles/a.txt")) {
      store.put(key, bytes(key), "text/plain");
    }

    assertEquals(List.of("articles/a.txt", "articles/b.txt"), store.list("articles/", 2));
    assertEquals(store.list("articles/"), store.list("articles/", 4));
    assertEquals(store.list("articles/"), store.list("articles/", 5));
    assertEquals(List.of(), store.list("articles/", 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.list("articles/", -1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void createOnlyCreates() {
    assertTrue(store.create("desk/articles/x.json", bytes("first"), "application/json"));
    assertFalse(store.create("desk/articles/x.json", bytes("second"), "application/json"));

    assertEquals("first", text(store.get("desk/articles/x.json").orElseThrow()));
  }

  @Test
  void replaceWithTheCurrentEtagWrites() {
    store.put("desk/index.json", bytes("v1"), "application/json");
    String etag = store.get("desk/index.json").orElseThrow().etag();

    String newEtag = store.replace("desk/index.json", bytes("v2"), "application/json", etag);

    StoredObject now = store.get("desk/index.json").orElseThrow();
    assertEquals("v2", text(now));
    assertEquals(now.etag(), newEtag);
    assertNotEquals(etag, newEtag);
  }

  @Test
  void replaceWithAStaleEtagConflicts() {
    store.put("desk/index.json", bytes("v1"), "application/json");
    String stale = store.get("desk/index.json").orElseThrow().etag();
    store.put("desk/index.json", bytes("v2 by someone else"), "application/json");

    assertThrows(ConflictException.class,
        () -> store.replace("desk/index.json", bytes("v3"), "application/json", stale));
    assertEquals("v2 by someone else", text(store.get("desk/index.json").orElseThrow()));
  }

  @Test
  void replaceWithoutAnEtagCreatesButNeverOverwrites() {
    String etag = store.replace("desk/index.json", bytes("v1"), "application/json", null);
    assertEquals(store.get("desk/index.json").orElseThrow().etag(), etag);

    assertThrows(ConflictException.class,
        () -> store.replace("desk/index.json", bytes("v2"), "application/json", null));
    assertEquals("v1", text(store.get("desk/index.json").orElseThrow()));
  }

  @Test
  void replaceOfAMissingObjectWithAnEtagConflicts() {
    store.put("desk/other.json", bytes("x"), "application/json");
    String someEtag = store.get("desk/other.json").orElseThrow().etag();

    assertThrows(ConflictException.class,
        () -> store.replace("desk/index.json", bytes("v1"), "application/json", someEtag));
    assertEquals(Optional.empty(), store.get("desk/index.json"));
  }

  @Test
  void getRefusesObjectsOverTheCap() {
    store.put("articles/big.html", new byte[100], "text/html");

    ObjectTooLargeException e = assertThrows(ObjectTooLargeException.class,
        () -> store.get("articles/big.html", 99));
    assertEquals(100, e.size());
    assertTrue(e.getMessage().contains("articles/big.html"), e.getMessage());
    assertEquals(100, store.get("articles/big.html", 100).orElseThrow().bytes().length);
  }

  @Test
  void keysWithSpacesPlusAndUtf8RoundTrip() {
    List<String> keys = List.of("articles/caf\u00e9 + news.txt", "articles/with space.txt",
        "articles/a+b.txt", "articles/\u65b0\u805e/\u8a18\u4e8b.html");
    for (String key : keys) {
      store.put(key, bytes("content of " + key), "text/plain");
    }

    for (String key : keys) {
      assertEquals("content of " + key, text(store.get(key).orElseThrow()), key);
    }
    assertEquals(keys.stream().sorted().toList(), store.list("articles/"));
    assertTrue(store.create("articles/caf\u00e9 + other.txt", bytes("x"), "text/plain"));
  }

  @Test
  void racingReplacesFromOneEtagHaveExactlyOneWinner() throws Exception {
    store.put("desk/index.json", bytes("round -1"), "application/json");
    for (int round = 0; round < RACE_ROUNDS; round++) {
      String etag = store.get("desk/index.json").orElseThrow().etag();
      int r = round;
      List<Outcome> outcomes = race(racer -> {
        try {
          store.replace("desk/index.json", bytes("round " + r + " by " + racer), "application/json", etag);
          return Outcome.WON;
        } catch (ConflictException e) {
          return Outcome.LOST;
        }
      });

      assertEquals(1, outcomes.stream().filter(o -> o == Outcome.WON).count(), "round " + round + ": " + outcomes);
      int winner = outcomes.indexOf(Outcome.WON);
      assertEquals("round " + r + " by " + winner, text(store.get("desk/index.json").orElseThrow()));
    }
  }

  @Test
  void racingCreatesHaveExactlyOneWinner() throws Exception {
    for (int round = 0; round < RACE_ROUNDS; round++) {
      String key = "desk/created-" + round + ".json";
      List<Outcome> outcomes = race(racer ->
          store.create(key, bytes("by " + racer), "application/json") ? Outcome.WON : Outcome.LOST);

      assertEquals(1, outcomes.stream().filter(o -> o == Outcome.WON).count(), "round " + round + ": " + outcomes);
      assertEquals("by " + outcomes.indexOf(Outcome.WON), text(store.get(key).orElseThrow()));
    }
  }

  private enum Outcome { WON, LOST }

  private interface Racer {
    Outcome run(int racer) throws Exception;
  }

  /** Runs {@value #RACERS} racers released at the same instant; their outcomes by racer number. */
  private List<Outcome> race(Racer racer) throws Exception {
    CountDownLatch ready = new CountDownLatch(RACERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      int n = i;
      Callable<Outcome> task = () -> {
        ready.countDown();
        assertTrue(go.await(30, TimeUnit.SECONDS));
        return racer.run(n);
      };
      futures.add(pool.submit(task));
    }
    assertTrue(ready.await(30, TimeUnit.SECONDS), "racers did not get ready");
    go.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      outcomes.add(future.get(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS));
    }
    return outcomes;
  }

  protected static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  protected static String text(StoredObject object) {
    return new String(object.bytes(), UTF_8);
  }
}
