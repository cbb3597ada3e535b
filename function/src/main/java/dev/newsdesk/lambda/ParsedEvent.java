package dev.newsdesk.lambda;

import java.util.List;
import java.util.Objects;

/**
 * What an invocation's event asks for, as read by {@link EventParser}.
 *
 * @param source        the event's shape
 * @param notifications the objects to process, in event order (duplicates kept)
 * @param ignored       items skipped on purpose, with reasons
 * @param failures      SQS messages that could not be read (always empty for other sources)
 * @param messageIds    every SQS message ID in the batch, in order (empty for other sources)
 */
public record ParsedEvent(
    Source source,
    List<Notification> notifications,
    List<IgnoredItem> ignored,
    List<MessageFailure> failures,
    List<String> messageIds) {

  /** The event shapes the handler understands. */
  public enum Source {
    /** S3 event notification delivered straight to Lambda. */
    S3,
    /** SQS batch whose message bodies are S3 event notifications. */
    SQS,
    /** S3 event delivered by EventBridge. */
    EVENTBRIDGE
  }

  public ParsedEvent {
    Objects.requireNonNull(source, "source");
    notifications = List.copyOf(notifications);
    ignored = List.copyOf(ignored);
    failures = List.copyOf(failures);
    messageIds = List.copyOf(messageIds);
  }
}
