package dev.newsdesk.store.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.s3.FaultInjectingHttpClient.Fault;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A response body that breaks off while it is read is not retried by the SDK, which has already
 * handed the response over; {@link S3Store#get} asks again (s3proxy on 127.0.0.1, faults injected by
 * {@link FaultInjectingHttpClient}).
 */
class S3StoreReadRetryTest {
  private static final String BUCKET = "read-retry";
  private static final String KEY = "articles/a.txt";
  private static S3ProxyServer s3;

  @BeforeAll
  static void start() {
    s3 = S3ProxyServer.start();
    s3.createBucket(BUCKET);
    s3.client().putObject(b -> b.bucket(BUCKET).key(KEY), RequestBody.fromString("the article's text"));
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  private static FaultInjectingHttpClient breakingBodies(int times) {
    return FaultInjectingHttpClient.builder().faults(1.0, EnumSet.of(Fault.RESET_MID_BODY)).maxFaults(times).build();
  }

  @Test
  void aBodyThatBreaksOffIsReadAgain() {
    FaultInjectingHttpClient http = breakingBodies(S3Store.READ_ATTEMPTS - 1);
    try (S3Client client = s3.client(http, null)) {
      byte[] bytes = new S3Store(client, BUCKET, "").get(KEY).orElseThrow().bytes();

      assertEquals("the article's text", new String(bytes, UTF_8));
      assertEquals(S3Store.READ_ATTEMPTS, http.requests());
    }
  }

  @Test
  void aBodyThatKeepsBreakingOffIsAStoreErrorAfterTheLastAttempt() {
    FaultInjectingHttpClient http = breakingBodies(S3Store.READ_ATTEMPTS);
    try (S3Client client = s3.client(http, null)) {
      S3Store store = new S3Store(client, BUCKET, "");

      StoreException e = assertThrows(StoreException.class, () -> store.get(KEY));

      assertTrue(e.getMessage().contains(S3Store.READ_ATTEMPTS + " attempts"), e.getMessage());
      assertTrue(e.getMessage().contains("s3://" + BUCKET + "/" + KEY), e.getMessage());
      assertEquals(S3Store.READ_ATTEMPTS, http.requests());
    }
  }
}
