package dev.newsdesk.store.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreContractTest;
import dev.newsdesk.store.StoreException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The store contract against a real S3 API (s3proxy on 127.0.0.1), with and without a key prefix. */
class S3StoreTest extends StoreContractTest {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static S3ProxyServer s3;

  @BeforeAll
  static void startS3() {
    s3 = S3ProxyServer.start();
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  /** Every test gets a bucket of its own. */
  private static String newBucket() {
    String bucket = "contract-" + BUCKETS.incrementAndGet();
    s3.createBucket(bucket);
    return bucket;
  }

  @Override
  protected Store newStore() {
    return new S3Store(s3.client(), newBucket(), "");
  }

  @Test
  void objectsAreStoredUnderTheirKeyAndKeepTheirContentType() {
    String bucket = newBucket();
    new S3Store(s3.client(), bucket, "").put("articles/a b+c.html", bytes("<p>x</p>"), "text/html");

    var head = s3.client().headObject(b -> b.bucket(bucket).key("articles/a b+c.html"));
    assertEquals("text/html", head.contentType());
  }

  @Test
  void anObjectWrittenByAnotherClientIsReadWithItsEtag() {
    String bucket = newBucket();
    String etag = s3.client().putObject(b -> b.bucket(bucket).key("articles/x.txt"), RequestBody.fromString("hello"))
        .eTag();

    var object = new S3Store(s3.client(), bucket, "").get("articles/x.txt").orElseThrow();

    assertEquals("\"" + object.etag() + "\"", etag);
    assertEquals("hello", new String(object.bytes(), UTF_8));
  }

  @Test
  void aMissingBucketIsAStoreErrorNamingIt() {
    Store store = new S3Store(s3.client(), "no-such-bucket", "");

    StoreException e = assertThrows(StoreException.class, () -> store.get("articles/x.txt"));
    assertTrue(e.getMessage().contains("s3://no-such-bucket/articles/x.txt"), e.getMessage());
    assertThrows(StoreException.class, () -> store.put("articles/x.txt", bytes("x"), null));
    assertThrows(StoreException.class, () -> store.list("articles/"));
    assertThrows(StoreException.class, () -> store.create("articles/x.txt", bytes("x"), null));
    assertThrows(StoreException.class, () -> store.replace("desk/index.json", bytes("x"), null, "abc"));
  }

  @Test
  void listingFollowsContinuationTokens() {
    Store store = new S3Store(s3.client(), newBucket(), "", 7);
    for (int i = 0; i < 30; i++) {
      store.put(String.format(Locale.ROOT, "desk/articles/%02d.json", 29 - i), bytes("{}"), "application/json");
    }

    List<String> keys = store.list("desk/articles/");

    assertEquals(IntStream.range(0, 30).mapToObj(i -> String.format(Locale.ROOT, "desk/articles/%02d.json", i))
        .toList(), keys);
  }

  @Test
  void aLimitedListingStopsPagingOnceItHasTheKeys() {
    FaultInjectingHttpClient http = FaultInjectingHttpClient.counting();
    try (S3Client client = s3.client(http, null)) {
      Store store = new S3Store(client, newBucket(), "", 7);
      for (int i = 0; i < 30; i++) {
        store.put(String.format(Locale.ROOT, "articles/%02d.txt", i), bytes("x"), "text/plain");
      }
      int before = http.requests();

      List<String> keys = store.list("articles/", 8);

      assertEquals(IntStream.range(0, 8).mapToObj(i -> String.format(Locale.ROOT, "articles/%02d.txt", i)).toList(),
          keys);
      assertEquals(2, http.requests() - before, "two pages of seven, not five");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "s3://newsdesk-demo,s3://newsdesk-demo",
      "s3://newsdesk-demo/,s3://newsdesk-demo",
      "s3://newsdesk-demo/team/a,s3://newsdesk-demo/team/a",
      "s3://newsdesk-demo/team/a/,s3://newsdesk-demo/team/a"})
  void forUriReadsTheBucketAndPrefix(String uri, String described) {
    assertEquals(described, S3Store.forUri(uri, s3.endpoint().toString(), "eu-west-1").describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"newsdesk-demo", "s3:/newsdesk-demo", "http://newsdesk-demo/x", "s3://", "s3://b/x?y=1",
      "s3://b a", "s3://b//x"})
  void forUriRejectsAnythingElseByName(String uri) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S3Store.forUri(uri, null, null));
    assertTrue(e.getMessage().contains("'" + uri + "'"), e.getMessage());
  }

  @Test
  void aMalformedEndpointIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> S3Store.forUri("s3://b", "not a uri", null));
    assertTrue(e.getMessage().contains("'not a uri'"), e.getMessage());
  }

  @Test
  void etagsLoseTheirQuotes() {
    assertEquals("abc", S3Store.unquote("\"abc\""));
    assertEquals("abc", S3Store.unquote("abc"));
  }

  /** The same contract with every key under a prefix, next to objects the store must not see. */
  @Nested
  class WithAPrefix extends StoreContractTest {
    private String bucket;

    @Override
    protected Store newStore() {
      bucket = newBucket();
      s3.client().putObject(b -> b.bucket(bucket).key("outside/articles/a.txt"), RequestBody.fromString("not mine"));
      s3.client().putObject(b -> b.bucket(bucket).key("tenant/articlesX"), RequestBody.fromString("not mine"));
      return new S3Store(s3.client(), bucket, "tenant/a/");
    }

    @Test
    void keysAreStoredUnderThePrefixAndReturnedWithoutIt() {
      store().put("articles/x.txt", bytes("x"), "text/plain");

      assertEquals(Optional.empty(), store().get("outside/articles/a.txt"));
      assertEquals(List.of("articles/x.txt"), store().list(""));
      assertEquals("x", s3.client().getObjectAsBytes(b -> b.bucket(bucket).key("tenant/a/articles/x.txt"))
          .asUtf8String());
      assertEquals("s3://" + bucket + "/tenant/a", store().describe());
    }
  }
}
