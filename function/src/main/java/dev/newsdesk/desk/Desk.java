package dev.newsdesk.desk;

import dev.newsdesk.cluster.Assignment;
import dev.newsdesk.cluster.OpenStories;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Change;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.DeskState;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.Provenance;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.Story;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.StoryProfile;
import dev.newsdesk.store.ConflictException;
import dev.newsdesk.store.ObjectTooLargeException;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The desk: runs every stage over a batch of input keys and commits the result.
 *
 * <p>Safe to run again with the same keys (a replay changes nothing) and safe to run in several
 * processes at once: per-article work is content-addressed and write-once, and the story index is
 * replaced only by compare-and-swap, re-applying the batch to the newer index when another writer
 * won. Public documents are written after the commit, from the committed state, and never replace a
 * newer version.
 *
 * <p>Thread-safe: all state lives in the store, apart from a bounded cache of analysed articles,
 * which are content-addressed and immutable; one instance may serve concurrent calls.
 */
public final class Desk {
  static final String GENERATOR = "newsdesk 0.1.0";
  static final String METHOD =
      "extractive: every sentence is quoted verbatim from the cited sources; copies are not counted as confirmation";

  private final Store store;
  private final DeskConfig config;
  private final Clock clock;
  private final Stages stages;
  private final Publisher publisher;
  private final AnalysisCache analyses;
  private final Archive archive;

  public Desk(Store store, DeskConfig config, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stages = Stages.defaults(config);
    this.publisher = new Publisher(store, config, stages);
    this.analyses = new AnalysisCache(config.analysisCache());
    this.archive = new Archive(store, config, stages.json());
  }

  public DeskConfig config() {
    return config;
  }

  /**
   * Processes the objects under {@code keys}: every input key ends up accepted (its article is in a
   * story), rejected (recorded with a reason) or failed (a transient problem; retry it).
   *
   * @throws StoreException when the desk's own state cannot be read or written (retry the batch)
   */
  public DeskReport process(List<String> keys) {
    Timer timer = new Timer();
    List<String> ignored = new ArrayList<>();
    Map<String, String> failed = new TreeMap<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, Analysis> fresh = new TreeMap<>(); // by key
    Set<String> neverSeen = new HashSet<>(); // content hashes stored for the first time by this run

    // 1. Read the index: it tells which inputs are known already, and it is what the first commit
    //    attempt builds on.
    Optional<StoredObject> firstRead = timer.time("read-index", () -> store.get(indexKey()));
    DeskState firstState = read(firstRead);

    // 2. Sweep. Notifications come out of order, and now and then not at all, so a run also takes the
    //    inputs nobody has processed yet from the folders of its keys. A burst of uploads is then
    //    processed in one canonical order, whatever order its notifications arrive in.
    List<String> swept = timer.time("sweep", () -> sweep(keys, firstState));
    TreeSet<String> inputs = new TreeSet<>(keys);
    inputs.addAll(swept);

    // 3. Fetch, extract and analyze each input. Per-item failures are recorded, never thrown:
    //    one bad object must not sink the batch.
    for (String key : inputs) {
      if (!config.isInput(key)) {
        ignored.add(key);
        continue;
      }
      try {
        Optional<StoredObject> object = timer.time("fetch", () -> store.get(key, config.maxObjectBytes()));
        if (object.isEmpty()) {
          failed.put(key, "no object under this key (deleted, or not yet visible)");
          continue;
        }
        StoredObject o = object.get();
        ExtractResult result = timer.time("extract",
            () -> stages.extractor().extract(new RawDocument(key, o.bytes(), o.lastModified(), o.contentType())));
        if (result instanceof Rejection r) {
          rejected.add(r);
          continue;
        }
        Article article = (Article) result;
        // Content-addressed and write-once: a replay or a concurrent run writes the same bytes. Content
        // never stored before cannot be in the archive either.
        if (timer.time("store-article", () -> store.create(articleKey(article.hash()),
            stages.json().write(article), "application/json"))) {
          neverSeen.add(article.hash());
        }
        Analysis analysis = timer.time("analyze", () -> stages.analyzer().analyze(article));
        fresh.put(key, analysis);
        analyses.put(analysis);
      } catch (ObjectTooLargeException e) {
        rejected.add(new Rejection(key, null, "too-large", e.getMessage()));
      } catch (StoreException e) {
        failed.put(key, e.getMessage());
      }
    }

    // 4-8. Apply the batch to the index and commit it with compare-and-swap; on a lost race, read the
    //      newer index and apply again, so no other writer's work is lost.
    Map<String, Analysis> loaded = new HashMap<>();
    fresh.values().forEach(a -> loaded.put(a.hash(), a));
    Batch batch = null;
    int retries = 0;
    for (int attempt = 1; batch == null; attempt++) {
      Optional<StoredObject> current =
          attempt == 1 ? firstRead : timer.time("read-index", () -> store.get(indexKey()));
      DeskState state = attempt == 1 ? firstState : read(current);
      // Content this run stored first cannot be in the index it read before storing it; a newer index
      // may hold it, even archived, once another writer committed the same content meanwhile.
      Batch candidate = apply(state, fresh, attempt == 1 ? neverSeen : Set.of(), rejected, loaded, timer);
      try {
        // The archive is written before the index that relies on it: a run that stops in between
        // leaves entries for articles the index still holds, written again when they are archived.
        timer.run("archive", () -> archive.write(candidate.archive()));
        if (candidate.changed()) {
          String etag = current.map(StoredObject::etag).orElse(null);
          timer.run("commit", () -> store.replace(indexKey(), stages.json().write(candidate.state()),
              "application/json", etag));
        }
        batch = candidate;
      } catch (ConflictException e) {
        if (attempt >= config.maxCommitAttempts()) {
          throw new StoreException("gave up committing " + indexKey() + " after " + attempt + " attempts", e);
        }
        retries++;
      }
    }

    // 9. Publish from the committed state: the stories this batch touched and the index.
    Batch committed = batch;
    timer.run("publish", () -> publisher.publish(committed.state(), committed.stories(), committed.moved()));

    List<String> accepted = new ArrayList<>(fresh.keySet());
    return new DeskReport(keys, swept, ignored, accepted, rejected, failed, committed.created(), committed.updated(),
        List.copyOf(committed.moved().keySet()), retries, timer.millis());
  }

  private DeskState read(Optional<StoredObject> index) {
    return index.map(o -> stages.json().read(o.bytes(), DeskState.class, indexKey())).orElse(DeskState.EMPTY);
  }

  /**
   * The inputs that no run has processed or rejected yet, in the folders of {@code keys} (a folder
   * listing includes its subfolders), at most {@link DeskConfig#sweepTake()} of them, the first in key
   * order. A folder with more than {@link DeskConfig#sweepScan()} objects is not swept: listing it
   * would cost more than the run it serves, and its notifications alone drive the desk.
   */
  private List<String> sweep(List<String> keys, DeskState state) {
    if (config.sweepTake() == 0) {
      return List.of();
    }
    TreeSet<String> given = new TreeSet<>(keys);
    TreeSet<String> folders = new TreeSet<>();
    for (String key : given) {
      if (config.isInput(key)) {
        folders.add(key.substring(0, key.lastIndexOf('/') + 1));
      }
    }
    TreeSet<String> pending = new TreeSet<>();
    String outer = null;
    for (String folder : folders) {
      if (outer != null && folder.startsWith(outer)) {
        continue; // listed with the folder that holds it; sorted order puts that one first
      }
      outer = folder;
      List<String> listed = store.list(folder, config.sweepScan() + 1);
      if (listed.size() > config.sweepScan()) {
        continue;
      }
      List<String> unknown = listed.stream().filter(key -> config.isInput(key) && !given.contains(key)
          && !state.keys().containsKey(key) && !state.rejections().containsKey(key)).toList();
      // Keys of archived articles left the index; the archive marks them under the same folder.
      Set<String> archived = unknown.isEmpty() || state.archivedArticles() == 0 ? Set.of() : archive.keysIn(folder);
      unknown.stream().filter(key -> !archived.contains(key)).forEach(pending::add);
    }
    return pending.stream().limit(config.sweepTake()).toList();
  }

  /**
   * What applying a batch to a state gives: the new state, the stories to publish and the archive
   * entries to write before the state is committed.
   */
  private record Batch(
      DeskState state,
      boolean changed,
      Map<String, Story> stories,
      Map<String, DeskState.StoryEntry> moved,
      List<String> created,
      List<String> updated,
      List<Archive.Write> archive) {}

  /**
   * Applies the batch to {@code state} in memory: 4. skip what is known, 5. cluster the new articles
   * in canonical order, 6. find copies and 7. write every touched story, 8. bump versions of stories
   * whose content changed, then move the closed stories past the newest {@code keepClosed} to the
   * archive (returned as writes to make before the commit). The archive is not searched for the
   * content hashes in {@code neverSeen}.
   */
  private Batch apply(DeskState state, Map<String, Analysis> fresh, Set<String> neverSeen,
      List<Rejection> rejected, Map<String, Analysis> loaded, Timer timer) {
    TreeMap<String, DeskState.ArticleEntry> articles = new TreeMap<>(state.articles());
    TreeMap<String, String> keys = new TreeMap<>(state.keys());
    TreeMap<String, DeskState.StoryEntry> stories = new TreeMap<>(state.stories());
    TreeMap<String, DeskState.RejectionEntry> rejections = new TreeMap<>(state.rejections());
    TreeSet<String> touched = new TreeSet<>();
    TreeSet<String> replayed = new TreeSet<>();
    boolean changed = false;

    // 4. Rejections are kept so nothing is lost silently; a key that now yields an article is cleared.
    for (Rejection r : rejected) {
      var entry = new DeskState.RejectionEntry(r.key(), r.hash(), r.reason(), r.detail());
      if (!entry.equals(rejections.put(r.key(), entry))) {
        changed = true;
      }
    }
    // Known content under a new key joins the same article (an exact copy by bytes); known keys are a
    // replay, and their story is written again if an earlier run stopped before publishing it. Content
    // whose story was archived stays there: a new key is added to its archived entry, nothing else.
    List<Analysis> unseen = new ArrayList<>();
    List<Archive.Write> archiving = new ArrayList<>();
    Map<String, Optional<Archive.Found>> lookedUp = new HashMap<>();
    Map<String, TreeSet<String>> archivedKeys = new TreeMap<>();
    for (Map.Entry<String, Analysis> e : fresh.entrySet()) {
      String key = e.getKey();
      Analysis a = e.getValue();
      if (rejections.remove(key) != null) {
        changed = true;
      }
      if (state.archivedArticles() > 0 && !neverSeen.contains(a.hash()) && !articles.containsKey(a.hash())) {
        Optional<Archive.Found> gone = lookedUp.computeIfAbsent(a.hash(),
            h -> timer.time("read-archive", () -> archive.find(h)));
        if (gone.isPresent()) {
          if (!gone.get().entry().keys().contains(key)) {
            archivedKeys.computeIfAbsent(a.hash(), h -> new TreeSet<>()).add(key);
          }
          continue;
        }
      }
      if (!a.hash().equals(keys.get(key))) {
        keys.put(key, a.hash());
        changed = true;
      }
      DeskState.ArticleEntry known = articles.get(a.hash());
      if (known == null) {
        if (unseen.stream().noneMatch(u -> u.hash().equals(a.hash()))) {
          unseen.add(a);
        }
      } else if (known.keys().contains(key)) {
        replayed.add(live(stories, known.story()));
      } else {
        touched.add(live(stories, known.story()));
        TreeSet<String> withKey = new TreeSet<>(known.keys());
        withKey.add(key);
        articles.put(a.hash(), new DeskState.ArticleEntry(a.hash(), List.copyOf(withKey), known.story(),
            known.title(), known.published()));
        changed = true;
      }
    }

    archivedKeys.forEach((hash, added) -> archiving.addAll(archive.addKeys(lookedUp.get(hash).orElseThrow(), added)));

    // 5. Cluster new articles one at a time, in canonical order, so the same set of articles gives
    //    the same stories whatever order they arrived in.
    unseen.sort(CANONICAL);
    TreeMap<String, StoryProfile> open = new TreeMap<>();
    stories.forEach((id, s) -> {
      if (s.movedTo() == null && s.profile() != null) {
        open.put(id, s.profile());
      }
    });
    OpenStories index = OpenStories.of(stages.cluster(), open, state.documentFrequency(), state.documents());
    String now = clock.instant().toString();
    Map<String, DeskState.StoryEntry> moved = new TreeMap<>();
    Map<String, List<String>> joined = new TreeMap<>();
    Map<String, String> mergedInto = new TreeMap<>();
    TreeSet<String> closed = new TreeSet<>();
    for (Analysis a : unseen) {
      Assignment assignment = timer.time("cluster", () -> index.assign(a, storyId(a.hash())));
      joined.computeIfAbsent(assignment.storyId(), k -> new ArrayList<>()).add(a.hash());
      // A bridging article showed that open stories are one event: their articles join the story
      // that kept its id; the absorbed story's document will say where it went.
      for (String absorbed : assignment.merged()) {
        mergedInto.put(absorbed, assignment.storyId());
        List<String> moving = new ArrayList<>(joined.getOrDefault(absorbed, List.of()));
        DeskState.StoryEntry old = stories.get(absorbed);
        if (old != null) {
          moving.addAll(old.members());
        }
        joined.remove(absorbed);
        joined.computeIfAbsent(assignment.storyId(), k -> new ArrayList<>()).addAll(moving);
        for (String hash : moving) {
          DeskState.ArticleEntry e = articles.get(hash);
          if (e != null) {
            articles.put(hash, new DeskState.ArticleEntry(hash, e.keys(), assignment.storyId(), e.title(),
                e.published()));
          }
        }
        touched.remove(absorbed);
      }
      closed.addAll(assignment.closed());
      TreeSet<String> articleKeys = new TreeSet<>();
      fresh.forEach((k, v) -> {
        if (v.hash().equals(a.hash())) {
          articleKeys.add(k);
        }
      });
      articles.put(a.hash(), new DeskState.ArticleEntry(a.hash(), List.copyOf(articleKeys), assignment.storyId(),
          a.article().title(), a.article().published()));
      touched.add(assignment.storyId());
      changed = true;
    }

    // A replayed key's story is written again only if its published document is missing or older
    // than the state says (an earlier run stopped between its commit and its publication). Writing
    // it again from scratch would give the same bytes, at the price of a full rewrite.
    for (String id : replayed) {
      DeskState.StoryEntry entry = stories.get(id);
      if (!touched.contains(id) && entry != null
          && publisher.publishedVersion(id) < entry.version()) {
        touched.add(id);
      }
    }

    // Stories that went quiet leave the open index; they stay published as they are.
    for (String id : closed) {
      DeskState.StoryEntry s = stories.get(id);
      if (s != null && s.profile() != null && !touched.contains(id)) {
        stories.put(id, new DeskState.StoryEntry(id, s.members(), s.movedTo(), s.version(), s.updated(), s.digest(),
            s.changes(), s.card(), null));
        changed = true;
      }
    }
    // Merged-away stories become documents that say where their articles went.
    for (Map.Entry<String, String> m : mergedInto.entrySet()) {
      DeskState.StoryEntry old = stories.get(m.getKey());
      if (old != null) {
        var stub = new DeskState.StoryEntry(m.getKey(), List.of(), m.getValue(), old.version() + 1, now,
            null, old.changes(), null, null);
        stories.put(m.getKey(), stub);
        moved.put(m.getKey(), stub);
      }
    }

    // 6-8. Rewrite every touched story from its latest storyWindow members (all of them, for any
    //      story but a long-running one); membership, id and provenance cover every member.
    Map<String, Story> published = new LinkedHashMap<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    for (String touchedId : touched) {
      DeskState.StoryEntry before = stories.get(touchedId);
      List<String> members = new ArrayList<>(before == null ? List.of() : before.members());
      members.addAll(joined.getOrDefault(touchedId, List.of()));
      // Canonical order from the index (the published date it recorded is the article's own), so a
      // long story's older members need not be read at all.
      List<String> canonical = members.stream()
          .sorted(Comparator.comparing((String h) -> canonicalDate(articles.get(h).published()))
              .thenComparing(Comparator.naturalOrder()))
          .toList();
      List<Analysis> analyses = new ArrayList<>();
      for (String hash : canonical.subList(Math.max(0, canonical.size() - config.storyWindow()), canonical.size())) {
        analyses.add(loaded.computeIfAbsent(hash, h -> timer.time("load-article", () -> load(h))));
      }
      // A story is named after its canonically first article, so the same articles give the same id
      // whichever run saw which article first. When an earlier article joins, the story moves to the
      // new name and the old name's document says where it went.
      String id = storyId(canonical.get(0));
      if (!id.equals(touchedId)) {
        var stub = new DeskState.StoryEntry(touchedId, List.of(), id, before.version() + 1, now, null,
            before.changes(), null, null);
        stories.put(touchedId, stub);
        moved.put(touchedId, stub);
        for (String hash : canonical) {
          DeskState.ArticleEntry a = articles.get(hash);
          articles.put(hash, new DeskState.ArticleEntry(hash, a.keys(), id, a.title(), a.published()));
        }
        changed = true;
      }
      List<CopyLink> copies = timer.time("dedupe", () -> stages.copies().detect(analyses));
      StoryDraft draft = timer.time("summarize", () -> stages.writer().write(analyses, copies));
      Provenance provenance = new Provenance(METHOD, GENERATOR, new TreeSet<>(canonical).stream().toList());
      String status = status(draft.independentSources());
      Story candidate = new Story(id, slug(draft), 0, status, "", draft, List.of(), provenance);
      String digest = Hashes.sha256(stages.documents().content(candidate));

      int version = before == null ? 0 : before.version();
      String storyUpdated = before == null ? null : before.updated();
      List<Change> changes = new ArrayList<>(before == null ? List.of() : before.changes());
      if (before == null || !digest.equals(before.digest())) {
        version++;
        storyUpdated = now;
        String what = describeChange(before, draft, members.size());
        List<String> absorbed = mergedInto.entrySet().stream().filter(e -> e.getValue().equals(touchedId))
            .map(Map.Entry::getKey).toList();
        if (!absorbed.isEmpty()) {
          what = what + "; merged with " + String.join(", ", absorbed);
        }
        changes.add(new Change(version, now, id.equals(touchedId) ? what : what + "; renamed from " + touchedId));
        (before == null ? created : updated).add(id);
        changed = true;
      }
      Story story = new Story(id, candidate.slug(), version, status, storyUpdated, draft, changes, provenance);
      var card = new DeskState.StoryCard(story.slug(), draft.headline().text(),
          draft.summary().isEmpty() ? null : draft.summary().get(0).text(), status, draft.sources().size(),
          draft.independentSources(), latestPublished(draft), draft.facts().size(), draft.disagreements().size());
      StoryProfile current = index.profile(touchedId);
      StoryProfile profile = current != null ? current : before == null ? null : before.profile();
      stories.put(id, new DeskState.StoryEntry(id, canonical, null, version, storyUpdated, digest, changes, card,
          profile));
      published.put(id, story);
    }

    // Closed stories beyond the newest keepClosed leave the index for the archive, which keeps what a
    // later run must recognise: each article's entry by content hash, and each input key (listed by
    // the sweep). Their documents stay published. Moved-story entries pointing into them go too.
    // When this attempt loses the race for the index, what it wrote to the archive stays behind;
    // harmless, since the archive is read only for articles and keys the index no longer holds, and
    // archiving them later writes their entries again.
    List<DeskState.StoryEntry> closedStories = stories.values().stream()
        .filter(s -> s.movedTo() == null && s.profile() == null && !published.containsKey(s.id()))
        .sorted(DeskState.StoryEntry.NEWEST_FIRST)
        .toList();
    int archivedStories = 0;
    int archivedArticles = 0;
    for (DeskState.StoryEntry s : closedStories.subList(Math.min(config.keepClosed(), closedStories.size()),
        closedStories.size())) {
      stories.remove(s.id());
      for (String hash : s.members()) {
        DeskState.ArticleEntry entry = articles.remove(hash);
        if (entry == null) {
          throw new IllegalStateException("story " + s.id() + " names article " + hash + " that the index lacks");
        }
        archiving.addAll(archive.entry(entry, state.generation() + 1));
        entry.keys().forEach(key -> keys.remove(key, hash));
        archivedArticles++;
      }
      archivedStories++;
      changed = true;
    }
    if (archivedStories > 0) {
      stories.values().removeIf(s -> s.movedTo() != null && !stories.containsKey(live(stories, s.movedTo())));
    }

    DeskState next = new DeskState(changed ? state.generation() + 1 : state.generation(), articles, keys, stories,
        rejections, unseen.isEmpty() ? state.documentFrequency() : index.documentFrequency(config.maxVocabulary()),
        unseen.isEmpty() ? state.documents() : index.documents(), state.archivedStories() + archivedStories,
        state.archivedArticles() + archivedArticles);
    return new Batch(next, changed, published, moved, created, updated, List.copyOf(archiving));
  }

  /** The story an id now lives under, following moves. */
  private static String live(Map<String, DeskState.StoryEntry> stories, String id) {
    String current = id;
    for (int hops = 0; hops < stories.size(); hops++) {
      DeskState.StoryEntry entry = stories.get(current);
      if (entry == null || entry.movedTo() == null) {
        return current;
      }
      current = entry.movedTo();
    }
    throw new IllegalStateException("story moves form a cycle at " + id);
  }

  /** Earliest publication first (undated last), then by content hash: the order every stage sees. */
  private static final Comparator<Analysis> CANONICAL = Comparator
      .comparing((Analysis a) -> canonicalDate(a.article().published()))
      .thenComparing(Analysis::hash);

  /** The date part of canonical order: undated articles come after every dated one. */
  private static String canonicalDate(String published) {
    return published == null ? "\uffff" : published;
  }

  private Analysis load(String hash) {
    Optional<Analysis> cached = analyses.get(hash);
    if (cached.isPresent()) {
      return cached.get();
    }
    String key = articleKey(hash);
    StoredObject o = store.get(key)
        .orElseThrow(() -> new StoreException("desk state names article " + hash + " but " + key + " is missing"));
    Analysis analysis = stages.analyzer().analyze(stages.json().read(o.bytes(), Article.class, key));
    analyses.put(analysis);
    return analysis;
  }

  private static String describeChange(DeskState.StoryEntry before, StoryDraft draft, int members) {
    int independent = draft.independentSources();
    if (before == null) {
      return "story opened from " + members + (members == 1 ? " article" : " articles") + " (" + independent
          + " independent)";
    }
    int added = members - before.members().size();
    List<String> parts = new ArrayList<>();
    if (added > 0) {
      parts.add(added + (added == 1 ? " new source" : " new sources"));
    }
    if (before.card() != null && before.card().independentSources() != independent) {
      parts.add("now " + independent + " independent");
    }
    if (before.card() != null && !before.card().headline().equals(draft.headline().text())) {
      parts.add("new headline");
    }
    if (before.card() != null) {
      int facts = draft.facts().size() - before.card().facts();
      if (facts > 0) {
        parts.add(facts + (facts == 1 ? " new fact" : " new facts"));
      }
      int disagreements = draft.disagreements().size() - before.card().disagreements();
      if (disagreements > 0) {
        parts.add(disagreements + (disagreements == 1 ? " new disagreement" : " new disagreements"));
      } else if (disagreements < 0) {
        parts.add(-disagreements + (disagreements == -1 ? " disagreement resolved" : " disagreements resolved"));
      }
    }
    if (parts.isEmpty()) {
      parts.add("text revised");
    }
    return String.join("; ", parts);
  }

  private static String status(int independentSources) {
    return independentSources <= 1 ? "single-source" : independentSources == 2 ? "developing" : "confirmed";
  }

  private static String slug(StoryDraft draft) {
    return Slugs.of(draft.headline().text());
  }

  private static String latestPublished(StoryDraft draft) {
    return draft.sources().stream().map(s -> s.published()).filter(Objects::nonNull).max(String::compareTo)
        .orElse(null);
  }

  private String indexKey() {
    return config.deskPrefix() + "index.json";
  }

  private String articleKey(String hash) {
    return config.deskPrefix() + "articles/" + Hashes.hex(hash) + ".json";
  }

  /** A story is named after the article that opened it. */
  static String storyId(String hash) {
    return "st-" + Hashes.hex(hash).substring(0, 12);
  }
}
