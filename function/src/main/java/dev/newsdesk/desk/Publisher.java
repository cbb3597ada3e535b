package dev.newsdesk.desk;

import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.Story;
import dev.newsdesk.store.Store;
import dev.newsdesk.publish.AtomFeed;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Writes public documents from a committed state. Each document carries a rank (a story's version,
 * the generation of the index, and of the index the feed was made from); a document is replaced only
 * by one of equal or higher rank, with compare-and-swap, so a slow writer holding an older state
 * never overwrites a newer one.
 */
final class Publisher {
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
      String key = config.publicPrefix() + "stories/" + stub.id() + ".json";
      writeIfNewer(key, stages.documents().moved(stub.id(), stub.movedTo(), stub.version(), stub.updated()),
          stub.version(), jsonRank(key, "version"), "application/json");
    }
    for (Story story : stories.values()) {
      String key = config.publicPrefix() + "stories/" + story.id() + ".json";
      writeIfNewer(key, stages.documents().story(story), story.version(), jsonRank(key, "version"),
          "application/json");
    }
    String index = config.publicPrefix() + "index.json";
    writeIfNewer(index, stages.documents().index(state), state.generation(), jsonRank(index, "generation"),
        "application/json");
    writeIfNewer(config.publicPrefix() + "feed.xml", stages.feed().write(state), state.generation(),
        AtomFeed::generation, "application/atom+xml");
  }

  /** The version of the story document published under {@code storyId}, or -1 when there is none. */
  long publishedVersion(String storyId) {
    String key = config.publicPrefix() + "stories/" + storyId + ".json";
    return store.get(key).map(o -> stages.json().readLong(o.bytes(), "version", key)).orElse(-1L);
  }

  private ToLongFunction<byte[]> jsonRank(String key, String field) {
    return bytes -> stages.json().readLong(bytes, field, key);
  }

  private void writeIfNewer(String key, byte[] bytes, long rank, ToLongFunction<byte[]> rankOf, String contentType) {
    RankedWrite.ifNewer(store, key, bytes, rank, rankOf, contentType);
  }
}
