package dev.newsdesk.store.s3;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3 API server for tests: s3proxy, in process, on {@code 127.0.0.1} and a free port, over an
 * in-memory back end. It checks AWS signatures and answers conditional writes like S3. For
 * {@code If-Match} that takes {@link AtomicIfMatchBlobStore}: see its notes for the gap it closes.
 *
 * <pre>{@code
 * @BeforeAll static void start() { s3 = S3ProxyServer.start(); s3.createBucket("newsdesk-demo"); }
 * @AfterAll static void stop() { s3.close(); }
 * Store store = new S3Store(s3.client(), "newsdesk-demo", "");
 * }</pre>
 *
 * <p>{@link #client()} is built by the same code as the production client
 * ({@code S3Store.newClient}). It differs only in its endpoint and its static test credentials.
 */
public final class S3ProxyServer implements AutoCloseable {
  /** The test credentials s3proxy checks signatures against. */
  public static final String ACCESS_KEY = "newsdesk-test";
  public static final String SECRET_KEY = "newsdesk-test-secret";
  public static final Region REGION = Region.US_EAST_1;

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final S3Proxy proxy;
  private final URI endpoint;
  private final S3Client client;

  private S3ProxyServer(S3Proxy proxy, URI endpoint, S3Client client) {
    this.proxy = proxy;
    this.endpoint = endpoint;
    this.client = client;
  }

  /**
   * Starts a fresh server with no buckets.
   *
   * @throws IllegalStateException when it does not come up within 30 seconds
   */
  public static S3ProxyServer start() {
    quietLogging();
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new AtomicIfMatchBlobStore(new TransientNio2BlobStore()))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
        .build();
    try {
      proxy.start();
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (!"STARTED".equals(proxy.getState())) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("s3proxy did not start within " + START_TIMEOUT + ": " + proxy.getState());
        }
        Thread.sleep(10);
      }
    } catch (Exception e) {
      IllegalStateException failure = new IllegalStateException("cannot start s3proxy: " + e, e);
      try {
        proxy.stop();
      } catch (Exception stop) {
        failure.addSuppressed(stop);
      }
      throw failure;
    }
    URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    S3Client client = S3Store.newClient(endpoint, REGION, credentials());
    return new S3ProxyServer(proxy, endpoint, client);
  }

  /** Where the server listens, e.g. {@code http://127.0.0.1:40123}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Creates a bucket (names follow S3's rules: 3-63 lower-case letters, digits, '-', '.'). */
  public void createBucket(String name) {
    client.createBucket(b -> b.bucket(name));
  }

  /** A client for this server, shared by all callers and closed by {@link #close()}. */
  public S3Client client() {
    return client;
  }

  /**
   * A new client of its own for this server, built like {@link #client()}, e.g. one per simulated
   * Lambda container. The caller closes it.
   */
  public S3Client newClient() {
    return S3Store.newClient(endpoint, REGION, credentials());
  }

  /**
   * A new client for this server over the given HTTP client, e.g. a {@link FaultInjectingHttpClient}.
   * It has the production client's settings (see {@code S3Store.newClient}: path-style addressing,
   * no aws-chunked uploads) except its HTTP client, and an attempt timeout when one is given. The
   * caller closes it, and the HTTP client.
   *
   * @param attemptTimeout how long one HTTP attempt may take before the SDK aborts and retries it,
   *                       or {@code null} for none (as in production)
   */
  public S3Client client(SdkHttpClient http, Duration attemptTimeout) {
    var builder = S3Client.builder()
        .httpClient(http)
        .region(REGION)
        .credentialsProvider(credentials())
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .endpointOverride(endpoint);
    if (attemptTimeout != null) {
      builder.overrideConfiguration(o -> o.apiCallAttemptTimeout(attemptTimeout));
    }
    return builder.build();
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
  }

  /** Closes the client and stops the server; its buckets are gone. */
  @Override
  public void close() {
    client.close();
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop s3proxy on " + endpoint + ": " + e, e);
    }
  }

  /**
   * Without a configuration file, logback logs everything at DEBUG, including every request of
   * Jetty and the SDK. Raise the threshold to WARN. A {@code logback-test.xml} at the root of the
   * test resources would do the same declaratively.
   */
  private static void quietLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }
}
