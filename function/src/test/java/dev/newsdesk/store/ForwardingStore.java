package dev.newsdesk.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A store that hands every call to another; tests override the calls they watch or interleave. */
public class ForwardingStore implements Store {
  private final Store store;

  public ForwardingStore(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<StoredObject> get(String key, long maxBytes) {
    return store.get(key, maxBytes);
  }

  @Override
  public List<String> list(String prefix, int limit) {
    return store.list(prefix, limit);
  }

  @Override
  public boolean create(String key, byte[] bytes, String contentType) {
    return store.create(key, bytes, contentType);
  }

  @Override
  public String replace(String key, byte[] bytes, String contentType, String expectedEtag) {
    return store.replace(key, bytes, contentType, expectedEtag);
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) {
    store.put(key, bytes, contentType);
  }

  @Override
  public String describe() {
    return store.describe();
  }
}
