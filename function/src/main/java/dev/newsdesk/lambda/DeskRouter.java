package dev.newsdesk.lambda;

import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Hands each bucket's keys to that bucket's desk, once per invocation, and works out which SQS
 * messages failed.
 *
 * <p>Each bucket gets one {@link Desk}, made on first use by the factory and kept for the life of
 * this router (one warm Lambda container). A desk holds no invocation data. An exception from a desk
 * is systemic for its bucket: {@link #route} catches it and records it in the {@link Outcome}, so the
 * other buckets still run and the handler can decide between reporting failures and retrying.
 *
 * <p>Thread-safe.
 */
final class DeskRouter {
  private final Function<String, Desk> deskForBucket;
  private final ConcurrentMap<String, Desk> desks = new ConcurrentHashMap<>();

  DeskRouter(Function<String, Desk> deskForBucket) {
    this.deskForBucket = Objects.requireNonNull(deskForBucket, "deskForBucket");
  }

  /**
   * Makes the desk for {@code bucket} now instead of on its first event, so its stages (and their
   * rule lists) are built during initialisation, before a SnapStart snapshot. A desk makes no store
   * call when it is built.
   */
  void prepare(String bucket) {
    desks.computeIfAbsent(Objects.requireNonNull(bucket, "bucket"), deskForBucket);
  }

  /** Runs every bucket's desk over its keys (each key once, in event order). */
  Outcome route(ParsedEvent event) {
    Map<String, Set<String>> keysByBucket = new LinkedHashMap<>();
    for (Notification n : event.notifications()) {
      keysByBucket.computeIfAbsent(n.bucket(), b -> new LinkedHashSet<>()).add(n.key());
    }
    Map<String, DeskReport> reports = new LinkedHashMap<>();
    Map<String, RuntimeException> errors = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> bucket : keysByBucket.entrySet()) {
      try {
        Desk desk = desks.computeIfAbsent(bucket.getKey(), deskForBucket);
        reports.put(bucket.getKey(), desk.process(List.copyOf(bucket.getValue())));
      } catch (RuntimeException e) {
        errors.put(bucket.getKey(), e);
      }
    }
    Map<String, Set<String>> failedKeys = new LinkedHashMap<>();
    reports.forEach((bucket, report) -> failedKeys.put(bucket, report.failed().keySet()));
    List<String> failedMessages = failedMessageIds(event, failedKeys, errors.keySet());
    return new Outcome(keysByBucket, reports, errors, failedMessages);
  }

  /**
   * The SQS messages to report as batch item failures, in batch order. These are the messages that
   * could not be read, those carrying a key the desk reported as failed, and every message of a
   * bucket whose desk failed outright. A key sent in several messages fails all of them.
   */
  static List<String> failedMessageIds(ParsedEvent event, Map<String, Set<String>> failedKeysByBucket,
      Collection<String> failedBuckets) {
    Set<String> failed = new LinkedHashSet<>();
    event.failures().forEach(f -> failed.add(f.messageId()));
    for (Notification n : event.notifications()) {
      if (n.messageId() == null) {
        continue;
      }
      boolean keyFailed = failedKeysByBucket.getOrDefault(n.bucket(), Set.of()).contains(n.key());
      if (keyFailed || failedBuckets.contains(n.bucket())) {
        failed.add(n.messageId());
      }
    }
    List<String> inBatchOrder = new ArrayList<>();
    for (String id : event.messageIds()) {
      if (failed.remove(id)) {
        inBatchOrder.add(id);
      }
    }
    inBatchOrder.addAll(failed); // none expected: every ID comes from the batch
    return inBatchOrder;
  }

  /**
   * What one invocation's desk runs did.
   *
   * @param keysByBucket   the distinct keys handed to each bucket's desk
   * @param reports        each bucket's report, for the buckets whose desk finished
   * @param errors         the exception of each bucket whose desk did not finish
   * @param failedMessages SQS message IDs to report as batch item failures (empty for other sources)
   */
  record Outcome(
      Map<String, Set<String>> keysByBucket,
      Map<String, DeskReport> reports,
      Map<String, RuntimeException> errors,
      List<String> failedMessages) {

    Outcome {
      keysByBucket = copyOrdered(keysByBucket);
      reports = copyOrdered(reports);
      errors = copyOrdered(errors);
      failedMessages = List.copyOf(failedMessages);
    }

    /** Keys the desks reported as failed, plus every key of a bucket whose desk failed, with reasons. */
    Map<String, String> failedKeys() {
      Map<String, String> failed = new LinkedHashMap<>();
      reports.values().forEach(r -> new TreeMap<>(r.failed()).forEach(failed::putIfAbsent));
      errors.forEach((bucket, e) -> keysByBucket.getOrDefault(bucket, Set.of())
          .forEach(key -> failed.putIfAbsent(key, "the desk for bucket '" + bucket + "' failed: " + e.getMessage())));
      return failed;
    }

    /**
     * For events nobody re-delivers item by item (direct S3, EventBridge), throws so Lambda retries
     * the whole event. It throws the first desk exception, with the others suppressed, or an
     * {@link IncompleteBatchException} when a desk reported failed keys. A replay is harmless: the
     * desk is idempotent.
     */
    void rethrowForRetry() {
      if (!errors.isEmpty()) {
        List<RuntimeException> all = new ArrayList<>(errors.values());
        RuntimeException first = all.get(0);
        all.subList(1, all.size()).forEach(first::addSuppressed);
        throw first;
      }
      Map<String, String> failed = failedKeys();
      if (!failed.isEmpty()) {
        throw new IncompleteBatchException(failed);
      }
    }

    private static <K, V> Map<K, V> copyOrdered(Map<K, V> map) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
  }
}
