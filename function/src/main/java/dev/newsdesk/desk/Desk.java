package dev.newsdesk.desk;

import dev.newsdesk.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The desk: runs every stage over a batch of input keys. (Work in progress: see issue 2.) */
public final class Desk {
  private final Store store;
  private final DeskConfig config;
  private final Clock clock;

  public Desk(Store store, DeskConfig config, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public DeskConfig config() {
    return config;
  }

  /** Processes the objects under {@code keys}; safe to call again with the same keys. */
  public DeskReport process(List<String> keys) {
    throw new UnsupportedOperationException("not yet wired: " + store.describe() + config + clock + keys);
  }
}
