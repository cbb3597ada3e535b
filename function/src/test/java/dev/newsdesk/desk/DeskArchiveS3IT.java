package dev.newsdesk.desk;

import dev.newsdesk.store.Store;
import dev.newsdesk.store.s3.S3ProxyServer;
import dev.newsdesk.store.s3.S3Store;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The archive's tests on S3 (s3proxy on 127.0.0.1): its entries are written with
 * {@code If-None-Match}, a new key is added with {@code If-Match}, and the sweep lists the archive's
 * marks through the S3 list API.
 */
class DeskArchiveS3IT extends DeskArchiveTest {
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

  @Override
  Store newStore(String name) {
    String bucket = "archive-" + name + "-" + BUCKETS.incrementAndGet();
    s3.createBucket(bucket);
    return new S3Store(s3.client(), bucket, "");
  }
}
