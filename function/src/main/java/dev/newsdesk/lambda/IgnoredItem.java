package dev.newsdesk.lambda;

import java.util.Objects;

/**
 * Something in an event the desk deliberately does not process, and why. It is logged, never retried.
 *
 * @param messageId the SQS message it came in; optional
 * @param bucket    the bucket, when the item names one; optional
 * @param key       the decoded key, when the item names one; optional (an {@code s3:TestEvent} has none)
 * @param reason    one human sentence, e.g. {@code "outside the input prefix 'articles/'"}
 */
public record IgnoredItem(String messageId, String bucket, String key, String reason) {
  public IgnoredItem {
    Objects.requireNonNull(reason, "reason");
  }
}
