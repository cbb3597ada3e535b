package dev.newsdesk.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Where the cluster stage put an article, and what that changed among the open stories.
 *
 * @param storyId the story it joined or opened; after a merge, the story that kept its id
 * @param opened  whether it opened a new story
 * @param score   the similarity to the story it joined (0 when it opened one)
 * @param merged  ids of open stories that this article showed to be the same event as {@code storyId}
 *                and that were absorbed into it (their members now belong to {@code storyId}), sorted;
 *                usually empty
 * @param closed  ids of stories that left the open index while this article was placed, sorted: those
 *                that went quiet (no member for longer than the quiet period before this article's
 *                date, see {@link OpenStories#assign}) and, when the index was full, the least recently
 *                continued one; usually empty
 */
public record Assignment(String storyId, boolean opened, double score, List<String> merged, List<String> closed) {
  public Assignment {
    Objects.requireNonNull(storyId, "storyId");
    merged = List.copyOf(merged);
    closed = List.copyOf(closed);
  }
}
