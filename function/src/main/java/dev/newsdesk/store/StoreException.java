package dev.newsdesk.store;

/**
 * A store operation failed for a reason the caller cannot fix by itself (network, permissions,
 * disk). Systemic: it propagates so the whole invocation is retried.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
