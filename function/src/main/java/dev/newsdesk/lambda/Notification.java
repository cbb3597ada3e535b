package dev.newsdesk.lambda;

import java.util.Objects;

/**
 * One new object the desk should look at.
 *
 * @param messageId the SQS message it came in, or {@code null} for direct S3 and EventBridge events
 * @param bucket    the bucket named in the event
 * @param key       the object key, already URL-decoded (as the store expects it)
 */
public record Notification(String messageId, String bucket, String key) {
  public Notification {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
  }
}
