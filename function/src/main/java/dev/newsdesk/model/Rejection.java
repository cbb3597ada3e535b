package dev.newsdesk.model;

import java.util.Objects;

/**
 * A document the desk will not use, and why. Rejections are recorded in the desk state so nothing
 * is dropped silently.
 *
 * @param key    the store key of the rejected object
 * @param hash   content hash of its bytes ({@code sha256:...}); optional when the bytes could not be read
 * @param reason a short machine-stable reason code, e.g. {@code empty}, {@code binary}, {@code not-an-article}
 * @param detail one human sentence naming what was wrong
 */
public record Rejection(String key, String hash, String reason, String detail) implements ExtractResult {
  public Rejection {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
