package dev.newsdesk.lambda;

import java.util.Objects;

/**
 * An SQS message that could not be handled. It is reported back to Lambda as a batch item failure,
 * so SQS delivers it again and finally moves it to the dead-letter queue.
 *
 * @param messageId the SQS message ID
 * @param reason    one human sentence naming what was wrong
 */
public record MessageFailure(String messageId, String reason) {
  public MessageFailure {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(reason, "reason");
  }
}
