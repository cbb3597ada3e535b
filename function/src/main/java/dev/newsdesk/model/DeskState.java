package dev.newsdesk.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The desk's memory, persisted as one document ({@code desk/index.json}) and replaced only by
 * compare-and-swap. Every map is sorted so the document is byte-stable.
 *
 * @param generation  +1 on every commit
 * @param articles    every accepted article by content hash, but those archived
 * @param keys        every processed input key, to the content hash it had, but those archived
 * @param stories     every story by id, open or closed or moved, but those archived (and the moved
 *                    entries that pointed to them)
 * @param rejections  rejected inputs by key
 * @param documentFrequency in how many accepted articles each term occurs (for term weighting)
 * @param documents   number of accepted articles counted in {@code documentFrequency}
 * @param archivedStories  closed stories that left this index for the archive, in all
 * @param archivedArticles their articles: their entries and keys are in the archive, not here
 */
public record DeskState(
    long generation,
    SortedMap<String, ArticleEntry> articles,
    SortedMap<String, String> keys,
    SortedMap<String, StoryEntry> stories,
    SortedMap<String, RejectionEntry> rejections,
    SortedMap<String, Integer> documentFrequency,
    int documents,
    int archivedStories,
    int archivedArticles) {

  public static final DeskState EMPTY =
      new DeskState(0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, 0, 0);

  public DeskState {
    articles = sorted(articles);
    keys = sorted(keys);
    stories = sorted(stories);
    rejections = sorted(rejections);
    documentFrequency = sorted(documentFrequency);
  }

  private static <V> SortedMap<String, V> sorted(SortedMap<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map)));
  }

  /**
   * An accepted article.
   *
   * @param hash      content hash
   * @param keys      every input key that carried these exact bytes, sorted
   * @param story     the id of the story it belongs to
   * @param title     its title, for status listings
   * @param published its publication time, optional
   */
  public record ArticleEntry(String hash, List<String> keys, String story, String title, String published) {
    public ArticleEntry {
      Objects.requireNonNull(hash, "hash");
      keys = List.copyOf(keys);
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A story as the desk tracks it.
   *
   * @param id        its id
   * @param members   content hashes of its articles, in canonical order
   * @param movedTo   when merged into another story: that story's id; else {@code null}
   * @param version   current published version (0 before first publication)
   * @param updated   when the current version was made
   * @param digest    hash of the published content (without version and time) to detect material changes
   * @param changes   history lines
   * @param card      what the public index shows; optional before first publication
   * @param profile   what clustering remembers; {@code null} once closed or moved
   */
  public record StoryEntry(
      String id,
      List<String> members,
      String movedTo,
      int version,
      String updated,
      String digest,
      List<Change> changes,
      StoryCard card,
      StoryProfile profile) {
    /**
     * Newest first, as the public index lists stories: by their sources' latest publication (undated
     * last), then by when the desk last changed them, then by id.
     */
    public static final Comparator<StoryEntry> NEWEST_FIRST = Comparator
        .comparing((StoryEntry s) -> s.card() == null ? null : s.card().published(),
            Comparator.nullsLast(Comparator.<String>reverseOrder()))
        .thenComparing(StoryEntry::updated, Comparator.nullsLast(Comparator.<String>reverseOrder()))
        .thenComparing(StoryEntry::id);

    public StoryEntry {
      Objects.requireNonNull(id, "id");
      members = List.copyOf(members);
      changes = List.copyOf(changes);
    }
  }

  /**
   * The short form of a story that the public index lists.
   *
   * @param slug               the slug
   * @param headline           the headline
   * @param lede               the first summary sentence
   * @param status             the status
   * @param sources            number of sources
   * @param independentSources number of independent sources
   * @param published          latest publication time among its sources; optional
   * @param facts              number of facts the story states (to say what changed between versions)
   * @param disagreements      number of disagreements it shows (likewise)
   */
  public record StoryCard(
      String slug, String headline, String lede, String status, int sources, int independentSources,
      String published, int facts, int disagreements) {}

  /**
   * A rejected input.
   *
   * @param key    the input key
   * @param hash   content hash, optional
   * @param reason reason code
   * @param detail one sentence
   */
  public record RejectionEntry(String key, String hash, String reason, String detail) {}
}
