package dev.newsdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An object read from a {@link Store}.
 *
 * @param key          its key
 * @param bytes        its content (the array belongs to the caller)
 * @param etag         an opaque version tag; pass it to {@link Store#replace} to write only if unchanged
 * @param lastModified when it was last written; optional
 * @param contentType  the recorded content type; optional
 */
public record StoredObject(String key, byte[] bytes, String etag, Instant lastModified, String contentType) {
  public StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(etag, "etag");
  }
}
