package dev.newsdesk.lambda;

import java.util.Map;
import java.util.TreeMap;

/**
 * Some keys of a direct S3 or EventBridge event failed for a transient reason. The invocation fails
 * so Lambda invokes it again. The desk skips what it already did, so only the failed keys do new work.
 */
public final class IncompleteBatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> failedKeys;

  /** @param failedKeys the keys that failed, each with its reason */
  public IncompleteBatchException(Map<String, String> failedKeys) {
    super(failedKeys.size() + " key(s) failed and will be retried: " + new TreeMap<>(failedKeys));
    this.failedKeys = Map.copyOf(failedKeys);
  }

  /** The keys that failed, each with its reason. */
  public Map<String, String> failedKeys() {
    return failedKeys;
  }
}
