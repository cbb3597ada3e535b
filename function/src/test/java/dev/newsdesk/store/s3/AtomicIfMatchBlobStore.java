package dev.newsdesk.store.s3;

import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.S3Exceptions;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Makes s3proxy's {@code If-Match} on PutObject atomic, as it is on S3. This is test-only.
 *
 * <p>s3proxy 4.1.0 checks {@code If-Match} in its HTTP handler: it reads the object's current ETag
 * and then calls {@link BlobStore#putBlob}, with no lock in between. Two puts carrying the same
 * etag can both pass the check, and both are applied. This was measured with 8 threads: 33 of 300
 * rounds had more than one winner. {@code If-None-Match: *} needs no help. The transient and
 * filesystem back ends apply it with a hard link, which is atomic (0 of 300 rounds had two winners).
 *
 * <p>This wrapper serialises every {@code putBlob} per bucket and key. Under that lock it checks
 * {@code If-Match} against the stored ETag again before writing, so of several puts from one etag
 * exactly one lands, as on S3. It answers like S3: 412 PreconditionFailed on a different ETag, and
 * 404 NoSuchKey when the object is gone. s3proxy's own check still runs first; it is merely not
 * enough on its own. Other write paths (copy, multipart, delete) pass through unchanged, because
 * {@code S3Store} never uses them.
 *
 * <p>It is a {@link ForwardingBlobStore}, so s3proxy still sees the wrapped back end's type and
 * keeps its own handling of that back end.
 */
final class AtomicIfMatchBlobStore extends ForwardingBlobStore {
  private final ConcurrentMap<String, Object> keyLocks = new ConcurrentHashMap<>();

  AtomicIfMatchBlobStore(BlobStore delegate) {
    super(delegate);
  }

  @Override
  public PutObjectResponse putBlob(PutObjectRequest request, InputStream payload) {
    Object lock = keyLocks.computeIfAbsent(request.bucket() + "/" + request.key(), k -> new Object());
    synchronized (lock) {
      String expected = request.ifMatch();
      if (expected != null && !expected.equals("*")) {
        HeadObjectResponse current = delegate().blobMetadataIfPresent(request.bucket(), request.key());
        if (current == null) {
          throw S3Exceptions.noSuchKey(request.bucket(), request.key(), null);
        }
        if (!Objects.equals(unquote(current.eTag()), unquote(expected))) {
          throw S3Exceptions.preconditionFailed(null);
        }
      }
      return delegate().putBlob(request, payload);
    }
  }

  private static String unquote(String etag) {
    return etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }
}
