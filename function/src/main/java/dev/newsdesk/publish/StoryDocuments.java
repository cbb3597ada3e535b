package dev.newsdesk.publish;

import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.Story;
import dev.newsdesk.model.StoryDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the public documents: {@code stories/<id>.json} (schema {@code newsdesk.story/1}), the
 * document left behind by a story that moved ({@code newsdesk.moved/1}) and {@code index.json}
 * ({@code newsdesk.index/1}). Field names and order are the contract pinned by the JSON Schemas.
 */
public final class StoryDocuments {
  public static final String STORY_SCHEMA = "newsdesk.story/1";
  public static final String MOVED_SCHEMA = "newsdesk.moved/1";
  public static final String INDEX_SCHEMA = "newsdesk.index/1";

  private final Json json;

  public StoryDocuments(Json json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The full story document. */
  public byte[] story(Story story) {
    return json.write(storyTree(story));
  }

  /**
   * The content of a story without the fields that record when and how often the desk ran
   * ({@code version}, {@code updated}, {@code changes}): equal contents mean no material change.
   */
  public byte[] content(Story story) {
    Map<String, Object> tree = storyTree(story);
    tree.remove("version");
    tree.remove("updated");
    tree.remove("changes");
    return json.write(tree);
  }

  private static Map<String, Object> storyTree(Story story) {
    StoryDraft d = story.draft();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema", STORY_SCHEMA);
    doc.put("id", story.id());
    doc.put("slug", story.slug());
    doc.put("version", story.version());
    doc.put("updated", story.updated());
    doc.put("status", story.status());
    doc.put("independentSources", d.independentSources());
    doc.put("headline", d.headline());
    doc.put("summary", d.summary());
    doc.put("body", d.body());
    doc.put("facts", d.facts());
    doc.put("timeline", d.timeline());
    doc.put("quotes", d.quotes());
    doc.put("disagreements", d.disagreements());
    doc.put("sources", d.sources());
    doc.put("changes", story.changes());
    doc.put("provenance", story.provenance());
    return doc;
  }

  /** What stays at a story's address after it was merged into another. */
  public byte[] moved(String id, String movedTo, int version, String updated) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema", MOVED_SCHEMA);
    doc.put("id", id);
    doc.put("movedTo", movedTo);
    doc.put("version", version);
    doc.put("updated", updated);
    return json.write(doc);
  }

  /**
   * The public index: every live story, newest first (by latest source publication, then by when the
   * desk last changed it, then by id). {@code updated} is the latest change to any story, so an
   * unchanged state always gives the same bytes.
   */
  public byte[] index(DeskState state) {
    String updated = state.stories().values().stream()
        .map(DeskState.StoryEntry::updated)
        .filter(Objects::nonNull)
        .max(String::compareTo)
        .orElse(null);
    List<Map<String, Object>> stories = new ArrayList<>();
    state.stories().values().stream()
        .filter(s -> s.movedTo() == null && s.card() != null)
        .sorted(DeskState.StoryEntry.NEWEST_FIRST)
        .forEach(s -> {
          Map<String, Object> card = new LinkedHashMap<>();
          card.put("id", s.id());
          card.put("slug", s.card().slug());
          card.put("headline", s.card().headline());
          card.put("lede", s.card().lede());
          card.put("status", s.card().status());
          card.put("sources", s.card().sources());
          card.put("independentSources", s.card().independentSources());
          card.put("published", s.card().published());
          card.put("version", s.version());
          card.put("updated", s.updated());
          card.put("url", "stories/" + s.id() + ".json");
          stories.add(card);
        });
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema", INDEX_SCHEMA);
    doc.put("updated", updated);
    doc.put("generation", state.generation());
    doc.put("stories", stories);
    return json.write(doc);
  }
}
