package dev.newsdesk.store;

/**
 * A conditional write lost: the object changed (or appeared) since it was read. The caller re-reads
 * and tries again; S3 reports this as 412 Precondition Failed or 409 Conflict.
 */
public final class ConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String key) {
    super("'" + key + "' changed since it was read");
  }
}
