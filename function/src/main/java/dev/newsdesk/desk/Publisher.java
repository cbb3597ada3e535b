package dev.newsdesk.desk;

import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.Story;
import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredObject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Writes public documents from a committed state. Each document carries a rank (a story's version,
 * the index's generation); a document is replaced only by one of equal or higher rank, with
 * compare-and-swap, so a slow writer holding an older state never overwrites a newer one.
 */
final class Publisher {
  private static final int ATTEMPTS = 10;

  private final Store store;
  private final DeskConfig config;
  private final Stages stages;

  Publisher(Store store, DeskConfig config, Stages stages) {
    this.store = store;
    this.config = config;
    this.stages = stages;
  }

  void publish(DeskState state, Map<String, Story> stories, Map<String, DeskState.StoryEntry> moved) {
    for (DeskState.StoryEntry stub : moved.values()) {
      writeIfNewer(config.publicPrefix() + "stories/" + stub.id() + ".json",
          stages.documents().moved(stub.id(), stub.movedTo(), stub.version(), stub.updated()), "version",
          stub.version());
    }
    for (Story story : stories.values()) {
      writeIfNewer(config.publicPrefix() + "stories/" + story.id() + ".json",
          stages.documents().story(story), "version", story.version());
    }
    writeIfNewer(config.publicPrefix() + "index.json", stages.documents().index(state), "generation",
        state.generation());
    writeFeed(state);
  }

  /** The feed carries no rank of its own: it is written only when the index this run wrote is current. */
  private void writeFeed(DeskState state) {
    String key = config.publicPrefix() + "feed.xml";
    byte[] feed = stages.feed().write(state);
    Optional<StoredObject> index = store.get(config.publicPrefix() + "index.json");
    if (index.isPresent()
        && stages.json().readLong(index.get().bytes(), "generation", "index.json") > state.generation()) {
      return;
    }
    Optional<StoredObject> current = store.get(key);
    if (current.isEmpty() || !Arrays.equals(current.get().bytes(), feed)) {
      store.put(key, feed, "application/atom+xml");
    }
  }

  private void writeIfNewer(String key, byte[] bytes, String rankField, long rank) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<StoredObject> current = store.get(key);
      if (current.isPresent()) {
        if (Arrays.equals(current.get().bytes(), bytes)) {
          return;
        }
        long existing = stages.json().readLong(current.get().bytes(), rankField, key);
        if (existing > rank) {
          return;
        }
      }
      try {
        store.replace(key, bytes, "application/json", current.map(StoredObject::etag).orElse(null));
        return;
      } catch (ConflictException e) {
        // Someone else published meanwhile; look again.
      }
    }
    throw new StoreException("could not publish " + key + " after " + ATTEMPTS + " attempts");
  }
}
