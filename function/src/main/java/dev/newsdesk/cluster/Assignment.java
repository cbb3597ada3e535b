package dev.newsdesk.cluster;

import java.util.Objects;

/**
 * Where the cluster stage put an article.
 *
 * @param storyId the story it joined or opened
 * @param opened  whether it opened a new story
 * @param score   the similarity to the story it joined (0 when it opened one)
 */
public record Assignment(String storyId, boolean opened, double score) {
  public Assignment {
    Objects.requireNonNull(storyId, "storyId");
  }
}
