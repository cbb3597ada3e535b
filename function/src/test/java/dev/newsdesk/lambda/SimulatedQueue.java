package dev.newsdesk.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for the SQS queue between the bucket and the function, with the behaviour the handler
 * relies on. It keeps one message per uploaded key and hands out batches. A message reported in
 * {@code batchItemFailures} comes back later, and so does a whole batch whose invocation threw.
 * Every other message is deleted. A message received {@code maxReceives} times goes to the
 * dead-letter list. That mirrors the template's redrive policy.
 *
 * <p>Not thread-safe: one consumer, like a function with reserved concurrency 1.
 */
final class SimulatedQueue {
  /** A message: its id, the key its notification names, and how often it was received. */
  static final class Message {
    final String id;
    final String key;
    int receives;

    Message(String id, String key) {
      this.id = id;
      this.key = key;
    }
  }

  private final Deque<Message> visible = new ArrayDeque<>();
  private final List<Message> deadLetters = new ArrayList<>();
  private final int batchSize;
  private final int maxReceives;
  private int sent;
  private int invocations;
  private int redelivered;

  SimulatedQueue(int batchSize, int maxReceives) {
    this.batchSize = batchSize;
    this.maxReceives = maxReceives;
  }

  /** S3 notifies the queue of a new object. */
  void send(String key) {
    visible.addLast(new Message("msg-" + (++sent), key));
  }

  /**
   * Delivers every message to {@code handler} in batches until the queue is empty, as the event
   * source mapping does.
   *
   * @param bucket the bucket the notifications name
   * @param limit  at most this many invocations, so a bug cannot loop forever
   */
  void drain(Handler handler, String bucket, int limit) {
    while (!visible.isEmpty()) {
      if (invocations >= limit) {
        throw new AssertionError("the queue was not drained in " + limit + " invocations; " + visible.size()
            + " messages left");
      }
      List<Message> batch = new ArrayList<>();
      while (batch.size() < batchSize && !visible.isEmpty()) {
        Message m = visible.removeFirst();
        m.receives++;
        batch.add(m);
      }
      invocations++;
      Set<String> failed;
      try {
        failed = HandlerRuns.invoke(handler, EventFiles.sqs(bucket,
            batch.stream().map(m -> new EventFiles.Message(m.id, m.key)).toList())).failedMessages();
      } catch (RuntimeException e) {
        failed = Set.copyOf(batch.stream().map(m -> m.id).toList()); // the whole batch becomes visible again
      }
      for (Message m : batch) {
        if (!failed.contains(m.id)) {
          continue; // deleted
        }
        redelivered++;
        if (m.receives >= maxReceives) {
          deadLetters.add(m);
        } else {
          visible.addLast(m);
        }
      }
    }
  }

  /** Messages that failed {@code maxReceives} times. */
  List<Message> deadLetters() {
    return List.copyOf(deadLetters);
  }

  int invocations() {
    return invocations;
  }

  /** Messages that came back for another delivery (each return counts). */
  int redelivered() {
    return redelivered;
  }
}
