package dev.newsdesk.store.s3;

import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.ObjectTooLargeException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredObject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@link Store} on an S3 bucket (or any S3-compatible server), through AWS SDK v2.
 *
 * <p>Every key is stored under {@code prefix + key} and listed and returned without the prefix, so
 * one bucket can hold several independent stores.
 *
 * <p><b>Conditional writes</b> use S3's own: {@link #create} is a PutObject with
 * {@code If-None-Match: *}, {@link #replace} a PutObject with {@code If-Match: "<etag>"}.
 * S3 answers 412 Precondition Failed when the condition does not hold, 409 ConditionalRequestConflict
 * when a concurrent write to the key was in flight, and 404 NoSuchKey when {@code If-Match} names an
 * object that no longer exists. The last two are conflicts as well.
 *
 * <p><b>At least once.</b> The SDK retries a request whose response was lost. If the first attempt
 * was applied, the retry then fails its condition. So {@link #create} can answer {@code false} for
 * an object this call wrote, and {@link #replace} can throw {@link ConflictException} after its
 * write landed. Callers re-read and retry, so this is safe when re-applying the same change is a
 * no-op. The desk is built that way.
 *
 * <p><b>Reads</b> never hold more than the caller's cap: an object whose {@code Content-Length} is
 * over it is refused before its body is read, and without that header at most one byte more than
 * the cap is read. The SDK retries a request until it has the response, but not a body that breaks
 * off while it is read (a connection reset, a read timeout); {@link #get} asks again for that,
 * up to {@value #READ_ATTEMPTS} times in all, since a GET changes nothing.
 *
 * <p><b>Etags</b> are returned without the surrounding quotes S3 puts on them, and quoted again on
 * the way back. Any {@link SdkException} other than the ones above becomes a {@link StoreException}
 * naming the bucket and key.
 *
 * <p>Thread-safe (the {@link S3Client} is). The store does not own the client and never closes it.
 */
public final class S3Store implements Store {
  /** How many times {@link #create} sends its request when S3 answers 409 ConditionalRequestConflict. */
  static final int CREATE_ATTEMPTS = 3;
  /** How many times {@link #get} sends its request when the response body breaks off while being read. */
  static final int READ_ATTEMPTS = 3;

  private final S3Client client;
  private final String bucket;
  private final String prefix;
  private final int pageSize;

  /**
   * A store over {@code bucket}, keeping every key under {@code prefix}.
   *
   * @param client an S3 client, configured by the caller (see {@link #newClient})
   * @param bucket the bucket name
   * @param prefix {@code ""} or a key prefix ending in {@code /} without a leading {@code /}, e.g. {@code "team-a/"}
   */
  public S3Store(S3Client client, String bucket, String prefix) {
    this(client, bucket, prefix, 1000);
  }

  /** As above, listing {@code pageSize} keys per request (S3's maximum and default is 1000). */
  S3Store(S3Client client, String bucket, String prefix, int pageSize) {
    this.client = Objects.requireNonNull(client, "client");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    if (bucket.isBlank() || bucket.contains("/")) {
      throw new IllegalArgumentException("bucket must be a bucket name without '/', was '" + bucket + "'");
    }
    checkPrefix(prefix);
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1 to 1000, was " + pageSize);
    }
    this.pageSize = pageSize;
  }

  private static void checkPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty() && (prefix.startsWith("/") || !prefix.endsWith("/") || prefix.contains("//"))) {
      throw new IllegalArgumentException(
          "prefix must be \"\" or end in '/' without a leading '/' or '//', was '" + prefix + "'");
    }
  }

  /**
   * Stores for buckets that are only known later, all sharing one client built now (see
   * {@link #newClient}). The Lambda handler uses it, because each event names its bucket.
   *
   * @param prefix   the key prefix inside every bucket, {@code ""} or ending in {@code /}
   * @param endpoint an S3-compatible endpoint, or {@code null} for AWS
   * @param region   the region, or {@code null} for {@code AWS_REGION} or else {@code us-east-1}
   * @return a function from bucket name to a store on it; each call makes a new, cheap store object
   */
  public static Function<String, S3Store> perBucket(String prefix, String endpoint, String region) {
    checkPrefix(prefix);
    S3Client client = newClient(endpoint, region);
    return bucket -> new S3Store(client, bucket, prefix);
  }

  /**
   * A store for {@code s3://bucket} or {@code s3://bucket/some/prefix}, with its own client (see
   * {@link #newClient}). The client lives as long as the process.
   *
   * @param uri      {@code s3://bucket[/prefix]}; a trailing {@code /} on the prefix is optional
   * @param endpoint an S3-compatible endpoint such as {@code http://127.0.0.1:9000}, or {@code null} for AWS
   * @param region   the region, or {@code null} for {@code AWS_REGION} or else {@code us-east-1}
   * @throws IllegalArgumentException when the URI or endpoint is malformed; the message names it
   */
  public static S3Store forUri(String uri, String endpoint, String region) {
    Objects.requireNonNull(uri, "uri");
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("store URI '" + uri + "' is not a URI: " + e.getMessage(), e);
    }
    String host = parsed.getHost() != null ? parsed.getHost() : parsed.getAuthority();
    if (!"s3".equals(parsed.getScheme()) || host == null || host.isEmpty()
        || parsed.getQuery() != null || parsed.getFragment() != null) {
      throw new IllegalArgumentException("store URI '" + uri + "' must look like s3://bucket or s3://bucket/prefix");
    }
    String path = parsed.getPath() == null ? "" : parsed.getPath();
    String keyPrefix = path.isEmpty() || path.equals("/") ? "" : path.substring(1);
    if (!keyPrefix.isEmpty() && !keyPrefix.endsWith("/")) {
      keyPrefix = keyPrefix + "/";
    }
    try {
      checkPrefix(keyPrefix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("store URI '" + uri + "': " + e.getMessage(), e);
    }
    return new S3Store(newClient(endpoint, region), host, keyPrefix);
  }

  /**
   * Builds the S3 client the function uses. It has the JDK's URL-connection HTTP client, path-style
   * addressing, the endpoint override when one is given, and credentials from the default chain
   * (environment, profile, container or instance role). Build it once and share it.
   *
   * <p>S3-compatible servers (s3proxy, MinIO) need credentials too, e.g. {@code AWS_ACCESS_KEY_ID} and
   * {@code AWS_SECRET_ACCESS_KEY} in the environment.
   *
   * @param endpoint an S3-compatible endpoint, or {@code null} for AWS
   * @param region   the region, or {@code null} for {@code AWS_REGION} or else {@code us-east-1}
   */
  public static S3Client newClient(String endpoint, String region) {
    URI endpointUri = null;
    if (endpoint != null && !endpoint.isBlank()) {
      try {
        endpointUri = new URI(endpoint);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("S3 endpoint '" + endpoint + "' is not a URI: " + e.getMessage(), e);
      }
      if (endpointUri.getScheme() == null || endpointUri.getHost() == null) {
        throw new IllegalArgumentException("S3 endpoint '" + endpoint + "' must look like http://host:port");
      }
    }
    return newClient(endpointUri, regionOf(region), DefaultCredentialsProvider.builder().build());
  }

  /**
   * The one place S3 clients are configured; {@link #newClient(String, String)} and the tests use it.
   *
   * <p>Chunked (aws-chunked) uploads are turned off. Every object is uploaded from a byte array, so
   * the SDK can hash the payload and send its checksum as a header instead of a trailer. This also
   * avoids a fault seen with s3proxy 4.1.0. There, a conditional PUT in aws-chunked form sometimes
   * closed the connection before the client had sent the trailer. The client then saw "Error writing
   * request body to server", and the SDK's retry got 412 for a write that had been applied.
   */
  static S3Client newClient(URI endpoint, Region region, AwsCredentialsProvider credentials) {
    var builder = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(region)
        .credentialsProvider(credentials)
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  private static Region regionOf(String region) {
    if (region != null && !region.isBlank()) {
      return Region.of(region);
    }
    String fromEnv = System.getenv("AWS_REGION");
    return fromEnv != null && !fromEnv.isBlank() ? Region.of(fromEnv) : Region.US_EAST_1;
  }

  @Override
  public Optional<StoredObject> get(String key, long maxBytes) {
    String s3Key = s3Key(key);
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return read(key, s3Key, maxBytes);
      } catch (IOException e) {
        // The body broke off after the SDK had handed over the response, which it never retries.
        // A GET changes nothing, so ask again.
        if (attempt >= READ_ATTEMPTS) {
          throw new StoreException("cannot read " + where(key) + " (" + attempt + " attempts): " + e, e);
        }
      }
    }
  }

  /** One GetObject: the object, or empty; an {@link IOException} when its body breaks off. */
  private Optional<StoredObject> read(String key, String s3Key, long maxBytes) throws IOException {
    try (ResponseInputStream<GetObjectResponse> in = client.getObject(b -> b.bucket(bucket).key(s3Key))) {
      GetObjectResponse response = in.response();
      // The cap actually enforced: a Java array holds at most about 2 GiB.
      long cap = Math.min(maxBytes, Integer.MAX_VALUE - 9L);
      Long length = response.contentLength();
      if (length != null && length > cap) {
        in.abort(); // do not drain the rest of a large body just to reuse the connection
        throw new ObjectTooLargeException(key, length, cap);
      }
      // Never trust the header alone: read at most one byte more than the cap.
      byte[] bytes = in.readNBytes((int) cap + 1);
      if (bytes.length > cap) {
        in.abort();
        throw new ObjectTooLargeException(key, bytes.length, cap);
      }
      return Optional.of(new StoredObject(key, bytes, unquote(response.eTag()), response.lastModified(),
          response.contentType()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw failure("get", key, e);
    }
  }

  @Override
  public List<String> list(String keyPrefix, int limit) {
    Objects.requireNonNull(keyPrefix, "prefix");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    // S3 lists in UTF-8 byte order, which is String order for every key without characters beyond
    // U+FFFF; the sort below makes the result sorted in any case. Paging stops once limit keys are in.
    List<String> keys = new ArrayList<>();
    try {
      int page = Math.min(pageSize, Math.max(limit, 1));
      for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + keyPrefix).maxKeys(page))
          .contents()) {
        if (keys.size() == limit) {
          break;
        }
        keys.add(object.key().substring(prefix.length()));
      }
    } catch (SdkException e) {
      throw failure("list", keyPrefix + "*", e);
    }
    keys.sort(null);
    return keys;
  }

  @Override
  public boolean create(String key, byte[] bytes, String contentType) {
    PutObjectRequest request = putRequest(key, contentType).ifNoneMatch("*").build();
    for (int attempt = 1; ; attempt++) {
      try {
        client.putObject(request, RequestBody.fromBytes(bytes));
        return true;
      } catch (S3Exception e) {
        if (e.statusCode() == 412) {
          return false;
        }
        // 409: another write to this key was in flight; its outcome decides ours, so ask again.
        if (e.statusCode() != 409) {
          throw failure("create", key, e);
        }
        if (attempt >= CREATE_ATTEMPTS) {
          ConflictException conflict = new ConflictException(key);
          conflict.initCause(e);
          throw conflict;
        }
      } catch (SdkException e) {
        throw failure("create", key, e);
      }
    }
  }

  @Override
  public String replace(String key, byte[] bytes, String contentType, String expectedEtag) {
    PutObjectRequest.Builder request = putRequest(key, contentType);
    if (expectedEtag == null) {
      request.ifNoneMatch("*");
    } else {
      request.ifMatch(quote(expectedEtag));
    }
    try {
      return unquote(client.putObject(request.build(), RequestBody.fromBytes(bytes)).eTag());
    } catch (S3Exception e) {
      int status = e.statusCode();
      // If-Match on an object deleted since it was read: S3 answers 404 NoSuchKey.
      boolean gone = expectedEtag != null && (e instanceof NoSuchKeyException || "NoSuchKey".equals(errorCode(e)));
      if (status == 412 || status == 409 || gone) {
        ConflictException conflict = new ConflictException(key);
        conflict.initCause(e);
        throw conflict;
      }
      throw failure("replace", key, e);
    } catch (SdkException e) {
      throw failure("replace", key, e);
    }
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    try {
      client.putObject(putRequest(key, contentType).build(), RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw failure("put", key, e);
    }
  }

  @Override
  public String describe() {
    return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
  }

  @Override
  public String toString() {
    return "S3Store[" + describe() + "]";
  }

  private PutObjectRequest.Builder putRequest(String key, String contentType) {
    PutObjectRequest.Builder builder = PutObjectRequest.builder().bucket(bucket).key(s3Key(key));
    if (contentType != null) {
      builder.contentType(contentType);
    }
    return builder;
  }

  private String s3Key(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.startsWith("/")) {
      throw new IllegalArgumentException("key '" + key + "' must be non-empty and not start with '/'");
    }
    return prefix + key;
  }

  private String where(String key) {
    return "s3://" + bucket + "/" + prefix + key;
  }

  private StoreException failure(String operation, String key, SdkException e) {
    return new StoreException("S3 " + operation + " of " + where(key) + " failed: " + e.getMessage(), e);
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }

  /** S3 spells etags with surrounding quotes; the store's etags have none. */
  static String unquote(String etag) {
    if (etag == null) {
      throw new StoreException("S3 returned no ETag");
    }
    return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }

  private static String quote(String etag) {
    return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
  }
}
