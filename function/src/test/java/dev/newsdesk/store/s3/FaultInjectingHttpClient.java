package dev.newsdesk.store.s3;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP layer of an S3 client, for tests: every request really goes to the server (s3proxy on
 * 127.0.0.1) through the JDK's URL-connection client, as in production. A chosen fraction of the
 * calls meets a fault on the way, the kind of fault that S3 and networks really produce. Nothing is
 * mocked: a fault either keeps the request from the server, or lets the server apply it and then
 * loses or spoils the answer.
 *
 * <p>It also counts. It records requests and responses per method and key, the conflicts
 * (412 and 409 on PUT, real or injected), the successful PUTs, and the response body bytes the
 * client actually read for each key. The last lets a test show that an oversized object was not
 * read into memory.
 *
 * <p>Thread-safe. The fault decisions come from one seeded {@link Random}, so a single-threaded run
 * is reproducible.
 */
public final class FaultInjectingHttpClient implements SdkHttpClient {

  /** What can go wrong with one call. */
  public enum Fault {
    /** S3 answers 503 SlowDown; the request never reached the server. The SDK backs off and retries. */
    SLOW_DOWN,
    /** The connection is reset before the request reaches the server. */
    RESET_BEFORE_SEND,
    /** The server applies the request, then the connection is reset: the response is lost. */
    RESET_AFTER_SEND,
    /** The server applies the request, and no response arrives within the socket's read timeout. */
    READ_TIMEOUT,
    /** A GET's response body stops with a connection reset after its first byte. */
    RESET_MID_BODY,
    /**
     * The call hangs (for the stall time), so the SDK's attempt timeout, if the client has one, aborts
     * it; without one it is merely slow. The request is sent only if the call is not aborted.
     */
    STALL,
    /** A conditional PUT of an index key is answered 412 PreconditionFailed; it was not applied. */
    INDEX_PRECONDITION_FAILED,
    /** A conditional PUT of an index key is answered 409 ConditionalRequestConflict; not applied. */
    INDEX_CONFLICT
  }

  private final SdkHttpClient delegate = UrlConnectionHttpClient.builder().build();
  private final double rate;
  private final double indexRate;
  private final Set<Fault> faults;
  private final Predicate<String> faultKeys;
  private final SdkHttpMethod faultMethod;
  private final Predicate<String> indexKeys;
  private final long stallMillis;
  private final int maxFaults;
  private final Random random;
  private volatile boolean enabled = true;
  private int chosen; // faults chosen so far; guarded by random
  private volatile Predicate<String> stripContentLength = key -> false;

  private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();
  private final ConcurrentMap<String, AtomicInteger> successfulPuts = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> keyConflicts = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicLong> bodyBytes = new ConcurrentHashMap<>();

  private FaultInjectingHttpClient(Builder b) {
    this.rate = b.rate;
    this.indexRate = b.indexRate;
    this.faults = b.faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(b.faults);
    this.faultKeys = b.faultKeys;
    this.faultMethod = b.faultMethod;
    this.indexKeys = b.indexKeys;
    this.stallMillis = b.stallMillis;
    this.maxFaults = b.maxFaults;
    this.random = new Random(b.seed);
    for (Fault f : Fault.values()) {
      injected.put(f, new AtomicInteger());
    }
  }

  /** A client that injects nothing and only counts. */
  public static FaultInjectingHttpClient counting() {
    return builder().build();
  }

  /** Starts a client that injects faults; by default none, at rate 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a {@link FaultInjectingHttpClient}. Not thread-safe. */
  public static final class Builder {
    private double rate;
    private double indexRate = -1;
    private long seed = 1;
    private Set<Fault> faults = EnumSet.noneOf(Fault.class);
    private Predicate<String> faultKeys = key -> true;
    private SdkHttpMethod faultMethod;
    private Predicate<String> indexKeys = key -> false;
    private long stallMillis = 3_000;
    private int maxFaults = Integer.MAX_VALUE;

    private Builder() {}

    /** Injects at most this many faults, then none (default: no limit). */
    public Builder maxFaults(int maxFaults) {
      this.maxFaults = maxFaults;
      return this;
    }

    /**
     * Injects one of {@code faults} into a fraction {@code rate} of the calls it could apply to,
     * chosen uniformly among the faults that fit the call.
     */
    public Builder faults(double rate, Set<Fault> faults) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("rate must be within [0, 1], was " + rate);
      }
      this.rate = rate;
      this.faults = Set.copyOf(faults);
      return this;
    }

    /**
     * The fraction of conditional PUTs of an index key that get one of the {@code INDEX_*} faults
     * (when enabled) before any other fault is considered. By default they are drawn like any other
     * fault, at {@code rate}, among all fitting faults.
     */
    public Builder indexRate(double indexRate) {
      if (indexRate < 0 || indexRate > 1) {
        throw new IllegalArgumentException("indexRate must be within [0, 1], was " + indexRate);
      }
      this.indexRate = indexRate;
      return this;
    }

    /** The seed of the fault decisions. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Only calls on matching keys meet faults (default: every call; calls on the bucket itself, such
     * as listings, have the empty key).
     */
    public Builder onlyKeys(Predicate<String> keys) {
      this.faultKeys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** Only calls of this method meet faults (default: any). */
    public Builder onlyMethod(SdkHttpMethod method) {
      this.faultMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /** Which keys are indexes, for the two {@code INDEX_*} faults (default: none). */
    public Builder indexKeys(Predicate<String> keys) {
      this.indexKeys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** How long a {@link Fault#STALL} hangs (default 3 s). */
    public Builder stallMillis(long millis) {
      this.stallMillis = millis;
      return this;
    }

    public FaultInjectingHttpClient build() {
      return new FaultInjectingHttpClient(this);
    }
  }

  /** Turns fault injection on or off (counting goes on). */
  public void enabled(boolean on) {
    this.enabled = on;
  }

  /**
   * Removes {@code Content-Length} from the responses to GETs of matching keys, as a server may when
   * it streams. The body is unchanged. The reader must then enforce its cap while reading.
   */
  public void stripContentLength(Predicate<String> keys) {
    this.stripContentLength = Objects.requireNonNull(keys, "keys");
  }

  /** How many faults of each kind were injected. */
  public Map<Fault, Integer> injected() {
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    injected.forEach((f, n) -> counts.put(f, n.get()));
    return counts;
  }

  /** All faults injected. */
  public int injectedTotal() {
    return injected.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Calls made through this client (each SDK retry is a call). */
  public int requests() {
    return requests.get();
  }

  /** PUTs answered 412 or 409, real or injected. */
  public int conflicts() {
    return conflicts.get();
  }

  /** PUTs of {@code key} answered 412 or 409, real or injected. */
  public int conflicts(String key) {
    AtomicInteger n = keyConflicts.get(key);
    return n == null ? 0 : n.get();
  }

  /** PUTs of {@code key} that the server answered with success (a lost answer still counts). */
  public int successfulPuts(String key) {
    AtomicInteger n = successfulPuts.get(key);
    return n == null ? 0 : n.get();
  }

  /** Successful PUTs of every key. */
  public int successfulPuts() {
    return successfulPuts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Response body bytes the client read for {@code key}, over all its requests. */
  public long bodyBytesRead(String key) {
    AtomicLong n = bodyBytes.get(key);
    return n == null ? 0 : n.get();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    SdkHttpRequest http = request.httpRequest();
    String key = key(http);
    Fault fault = choose(http, key);
    return new ExecutableHttpRequest() {
      private volatile ExecutableHttpRequest sent;
      private volatile boolean aborted;

      @Override
      public HttpExecuteResponse call() throws IOException {
        requests.incrementAndGet();
        if (fault != null) {
          injected.get(fault).incrementAndGet();
        }
        if (fault == Fault.SLOW_DOWN) {
          return error(503, "Service Unavailable", "SlowDown", "Please reduce your request rate.");
        }
        if (fault == Fault.INDEX_PRECONDITION_FAILED) {
          conflict(key);
          return error(412, "Precondition Failed", "PreconditionFailed",
              "At least one of the pre-conditions you specified did not hold");
        }
        if (fault == Fault.INDEX_CONFLICT) {
          conflict(key);
          return error(409, "Conflict", "ConditionalRequestConflict",
              "A conflicting conditional operation is currently in progress against this resource. Try again.");
        }
        if (fault == Fault.RESET_BEFORE_SEND) {
          throw new SocketException("Connection reset (injected before the request was sent)");
        }
        if (fault == Fault.STALL) {
          stall();
        }
        if (aborted) {
          throw new IOException("request aborted");
        }
        sent = delegate.prepareRequest(request);
        HttpExecuteResponse response = sent.call();
        int status = response.httpResponse().statusCode();
        count(http.method(), key, status);
        if (fault == Fault.RESET_AFTER_SEND || fault == Fault.READ_TIMEOUT) {
          response.responseBody().ifPresent(AbortableInputStream::abort);
          throw fault == Fault.RESET_AFTER_SEND
              ? new SocketException("Connection reset (injected after the server answered " + status + ")")
              : new SocketTimeoutException("Read timed out (injected after the server answered " + status + ")");
        }
        return wrap(response, key, fault == Fault.RESET_MID_BODY, http.method() == SdkHttpMethod.GET
            && stripContentLength.test(key));
      }

      private void stall() throws IOException {
        try {
          Thread.sleep(stallMillis);
        } catch (InterruptedException e) {
          // The SDK's attempt timeout interrupts the calling thread and aborts the call.
          throw new InterruptedIOException("stalled call aborted (injected stall)");
        }
      }

      @Override
      public void abort() {
        aborted = true;
        ExecutableHttpRequest current = sent;
        if (current != null) {
          current.abort();
        }
      }
    };
  }

  private Fault choose(SdkHttpRequest http, String key) {
    if (!enabled || !faultKeys.test(key) || (faultMethod != null && http.method() != faultMethod)) {
      return null;
    }
    boolean conditionalIndexPut = http.method() == SdkHttpMethod.PUT && indexKeys.test(key)
        && (http.firstMatchingHeader("If-Match").isPresent() || http.firstMatchingHeader("If-None-Match").isPresent());
    List<Fault> indexFaults = new ArrayList<>();
    List<Fault> fitting = new ArrayList<>();
    for (Fault f : faults) {
      switch (f) {
        case INDEX_PRECONDITION_FAILED, INDEX_CONFLICT -> {
          if (conditionalIndexPut) {
            (indexRate >= 0 ? indexFaults : fitting).add(f);
          }
        }
        case RESET_MID_BODY -> {
          if (http.method() == SdkHttpMethod.GET) {
            fitting.add(f);
          }
        }
        default -> fitting.add(f);
      }
    }
    synchronized (random) {
      if (chosen >= maxFaults) {
        return null;
      }
      Fault fault = null;
      if (!indexFaults.isEmpty() && random.nextDouble() < indexRate) {
        fault = indexFaults.get(random.nextInt(indexFaults.size()));
      } else if (!fitting.isEmpty() && random.nextDouble() < rate) {
        fault = fitting.get(random.nextInt(fitting.size()));
      }
      if (fault != null) {
        chosen++;
      }
      return fault;
    }
  }

  private void count(SdkHttpMethod method, String key, int status) {
    if (method == SdkHttpMethod.PUT) {
      if (status == 412 || status == 409) {
        conflict(key);
      } else if (status / 100 == 2) {
        successfulPuts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      }
    }
  }

  private void conflict(String key) {
    conflicts.incrementAndGet();
    keyConflicts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  private HttpExecuteResponse wrap(HttpExecuteResponse response, String key, boolean resetMidBody,
      boolean stripLength) {
    SdkHttpResponse http = response.httpResponse();
    if (stripLength) {
      http = http.toBuilder().removeHeader("Content-Length").build();
    }
    HttpExecuteResponse.Builder out = HttpExecuteResponse.builder().response(http);
    if (response.responseBody().isPresent()) {
      AbortableInputStream body = response.responseBody().get();
      AtomicLong counter = bodyBytes.computeIfAbsent(key, k -> new AtomicLong());
      InputStream counted = new CountingStream(body, counter, resetMidBody ? 1 : Long.MAX_VALUE);
      out.responseBody(AbortableInputStream.create(counted, body::abort));
    }
    return out.build();
  }

  private static HttpExecuteResponse error(int status, String text, String code, String message) {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
        + "</Message><RequestId>INJECTED</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
    SdkHttpFullResponse http = SdkHttpFullResponse.builder().statusCode(status).statusText(text)
        .putHeader("Content-Type", "application/xml").putHeader("Content-Length", Integer.toString(xml.length))
        .putHeader("x-amz-request-id", "INJECTED").build();
    return HttpExecuteResponse.builder().response(http)
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(xml))).build();
  }

  /**
   * The object key of a path-style request ({@code /bucket/key}), decoded; the empty string for calls
   * on the bucket itself, such as a listing.
   */
  static String key(SdkHttpRequest http) {
    String path = http.encodedPath();
    int slash = path.indexOf('/', 1);
    if (slash < 0 || slash == path.length() - 1) {
      return "";
    }
    // Path encoding spells a space %20 and keeps '+' as it is, unlike form encoding.
    return URLDecoder.decode(path.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String clientName() {
    return "FaultInjecting(" + delegate.clientName() + ")";
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Counts the bytes read through it, and fails with a reset after {@code failAfter} bytes. */
  private static final class CountingStream extends FilterInputStream {
    private final AtomicLong counter;
    private final long failAfter;
    private long read;

    CountingStream(InputStream in, AtomicLong counter, long failAfter) {
      super(in);
      this.counter = counter;
      this.failAfter = failAfter;
    }

    private void check() throws IOException {
      if (read >= failAfter) {
        throw new SocketException("Connection reset (injected after " + read + " body bytes)");
      }
    }

    @Override
    public int read() throws IOException {
      check();
      int b = super.read();
      if (b >= 0) {
        read++;
        counter.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check();
      int limit = (int) Math.min(length, Math.max(1, failAfter - read));
      int n = super.read(buffer, offset, limit);
      if (n > 0) {
        read += n;
        counter.addAndGet(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      read += skipped;
      counter.addAndGet(skipped);
      return skipped;
    }
  }
}
