package dev.newsdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An object as it was fetched from the store, before anything is known about its content.
 *
 * @param key         the store key it came from, e.g. {@code articles/2024/strike.html}
 * @param bytes       the raw bytes; never modified (the array is not copied, callers must not mutate it)
 * @param uploadedAt  when the store says the object was written; optional ({@code null} if unknown)
 * @param contentType the content type the store recorded, e.g. {@code text/html; charset=utf-8}; optional
 */
public record RawDocument(String key, byte[] bytes, Instant uploadedAt, String contentType) {
  public RawDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Content address of the bytes: {@code sha256:<64 hex>}. */
  public String contentHash() {
    return Hashes.sha256(bytes);
  }
}
