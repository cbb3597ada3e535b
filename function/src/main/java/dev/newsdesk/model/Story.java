package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A published story: the summarize stage's draft plus identity, status and history.
 *
 * @param id         stable for the story's life, e.g. {@code st-1a2b3c4d5e6f}
 * @param slug       URL-friendly form of the headline
 * @param version    1 for the first publication, +1 on every material change
 * @param status     {@code single-source}, {@code developing} or {@code confirmed}
 * @param updated    when the current version was made (ISO-8601 instant from the desk's clock)
 * @param draft      the cited content
 * @param changes    one line per version, oldest first
 * @param provenance method, generator and inputs
 */
public record Story(
    String id,
    String slug,
    int version,
    String status,
    String updated,
    StoryDraft draft,
    List<Change> changes,
    Provenance provenance) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(draft, "draft");
    changes = List.copyOf(changes);
    Objects.requireNonNull(provenance, "provenance");
  }
}
