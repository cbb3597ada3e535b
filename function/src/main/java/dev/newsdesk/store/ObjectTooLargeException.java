package dev.newsdesk.store;

/** An object is larger than the caller's cap; it was not read into memory. A per-item failure. */
public final class ObjectTooLargeException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final long size;

  public ObjectTooLargeException(String key, long size, long cap) {
    super("'" + key + "' is " + size + " bytes, more than the " + cap + "-byte cap");
    this.size = size;
  }

  public long size() {
    return size;
  }
}
