package dev.newsdesk.cluster;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryProfile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The open stories of a desk run and the index that finds candidates among them. Built from the
 * persisted profiles at the start of a run, changed by {@link #assign}, and read back with
 * {@link #profiles()} to be persisted.
 *
 * <p>Not thread-safe: one desk run owns one instance. Deterministic: the same articles assigned in the
 * same order give the same profiles; ties go to the smaller story id.
 */
public final class OpenStories {
  /** Profile entries indexed per story: all names and this many strongest terms. */
  private static final int INDEXED_TERMS = 30;
  /** Mentioned dates a profile keeps. */
  private static final int MENTIONED_DATES = 8;

  private final ClusterConfig config;
  private final TreeMap<String, StoryProfile> profiles = new TreeMap<>();
  private final Map<String, Set<String>> postings = new HashMap<>();
  private final TreeMap<String, Integer> documentFrequency;
  private int documents;

  private OpenStories(ClusterConfig config, SortedMap<String, Integer> documentFrequency, int documents) {
    this.config = Objects.requireNonNull(config, "config");
    this.documentFrequency = new TreeMap<>(documentFrequency);
    this.documents = documents;
  }

  /**
   * Rebuilds the index from persisted state.
   *
   * @param config            tunables
   * @param open              profiles of the open stories by id
   * @param documentFrequency term and name document frequencies so far
   * @param documents         number of articles those frequencies count
   */
  public static OpenStories of(
      ClusterConfig config,
      SortedMap<String, StoryProfile> open,
      SortedMap<String, Integer> documentFrequency,
      int documents) {
    OpenStories stories = new OpenStories(config, documentFrequency, documents);
    open.forEach(stories::put);
    return stories;
  }

  /**
   * Puts an article into the most similar open story, or opens a new story with {@code newStoryId}.
   * The article counts in the document frequencies before it is weighted (as a reader who has just
   * read it would weigh its words), and is then compared with every candidate story.
   */
  public Assignment assign(Analysis article, String newStoryId) {
    Objects.requireNonNull(newStoryId, "newStoryId");
    count(article);
    Features features = Features.of(article, this::idf);
    String best = null;
    double bestScore = -1;
    for (String candidate : candidates(features)) {
      double score = score(features, article.article().publishedDate(), profiles.get(candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    Assignment assignment;
    if (best != null && bestScore >= config.joinThreshold()) {
      assignment = new Assignment(best, false, round(bestScore));
    } else {
      if (profiles.containsKey(newStoryId)) {
        throw new IllegalArgumentException("story id already in use: " + newStoryId);
      }
      assignment = new Assignment(newStoryId, true, 0);
    }
    put(assignment.storyId(), add(profiles.get(assignment.storyId()), features, article));
    return assignment;
  }

  /** Stops tracking a story (closed or merged away). */
  public void remove(String storyId) {
    StoryProfile old = profiles.remove(storyId);
    if (old != null) {
      unindex(storyId, old);
    }
  }

  /** The current profile of every open story, by id. */
  public SortedMap<String, StoryProfile> profiles() {
    return new TreeMap<>(profiles);
  }

  /** Document frequencies including every article assigned so far. */
  public SortedMap<String, Integer> documentFrequency() {
    return new TreeMap<>(documentFrequency);
  }

  /** Number of articles counted in {@link #documentFrequency()}. */
  public int documents() {
    return documents;
  }

  private Set<String> candidates(Features features) {
    TreeSet<String> found = new TreeSet<>();
    for (String key : rarest(features.names, "n:")) {
      found.addAll(postings.getOrDefault(key, Set.of()));
    }
    for (String key : rarest(features.terms, "t:")) {
      found.addAll(postings.getOrDefault(key, Set.of()));
    }
    return found;
  }

  private List<String> rarest(Map<String, Double> weights, String kind) {
    return weights.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .limit(config.indexKeys())
        .map(e -> kind + e.getKey())
        .toList();
  }

  private double score(Features features, LocalDate published, StoryProfile story) {
    if (!compatibleInTime(features, published, story)) {
      return 0;
    }
    double terms = cosine(features.terms, story.terms());
    double names = cosine(features.names, story.names());
    if (features.names.isEmpty() || story.names().isEmpty()) {
      return terms;
    }
    return config.nameWeight() * names + (1 - config.nameWeight()) * terms;
  }

  /**
   * Date evidence that an article and a story cannot be about one event:
   * <ul>
   *   <li>publication dates further apart than the window;
   *   <li>one side undated but mentioning a date later than the window after the other side's
   *       publication (a report is written on or after the dates it mentions);
   *   <li>an undated report whose opening sentences put the event on a weekday none of the other
   *       side's event dates falls on.
   * </ul>
   * Checked both ways, so the verdict does not depend on which of the two arrived first.
   */
  private boolean compatibleInTime(Features features, LocalDate published, StoryProfile story) {
    int gap = config.maxGapDays();
    if (!story.dates().isEmpty()) {
      LocalDate first = LocalDate.parse(story.dates().firstKey());
      LocalDate last = LocalDate.parse(story.dates().lastKey());
      if (published != null) {
        if (ChronoUnit.DAYS.between(last, published) > gap || ChronoUnit.DAYS.between(published, first) > gap) {
          return false;
        }
      } else if (writtenTooLate(features.mentioned, last, gap)) {
        return false;
      }
    } else if (published != null && writtenTooLate(story.mentioned().keySet(), published, gap)) {
      return false;
    }
    return sameWeekday(features.weekdays, story.events().keySet())
        && sameWeekday(new TreeSet<>(story.weekdays().keySet()), features.events);
  }

  /** Whether a text mentioning {@code mentioned} must have been written long after {@code published}. */
  private static boolean writtenTooLate(Iterable<String> mentioned, LocalDate published, int gap) {
    for (String value : mentioned) {
      LocalDate date = Dates.nearest(value, published);
      if (date != null && ChronoUnit.DAYS.between(published, date) > gap) {
        return true;
      }
    }
    return false;
  }

  /** True unless both sides are known and no event date falls on a weekday the other side names. */
  private static boolean sameWeekday(java.util.Collection<String> weekdays, java.util.Collection<String> events) {
    if (weekdays.isEmpty() || events.isEmpty()) {
      return true;
    }
    for (String event : events) {
      if (weekdays.contains(LocalDate.parse(event).getDayOfWeek().name())) {
        return true;
      }
    }
    return false;
  }

  /** Cosine of a unit vector with a centroid (a sum of unit vectors). */
  private static double cosine(Map<String, Double> unit, Map<String, Double> centroid) {
    double dot = 0;
    for (Map.Entry<String, Double> e : unit.entrySet()) {
      Double c = centroid.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * c;
      }
    }
    double norm = 0;
    for (double c : centroid.values()) {
      norm += c * c;
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /** Smoothed inverse document frequency, ln((N+1)/(df+1)) + 1. */
  private double idf(String key) {
    int df = documentFrequency.getOrDefault(key, 0);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  private void count(Analysis article) {
    for (String name : article.names().keySet()) {
      documentFrequency.merge("n:" + name, 1, Integer::sum);
    }
    for (String term : article.terms().keySet()) {
      documentFrequency.merge("t:" + term, 1, Integer::sum);
    }
    documents++;
  }

  private StoryProfile add(StoryProfile profile, Features features, Analysis article) {
    TreeMap<String, Double> terms = new TreeMap<>(profile == null ? Map.of() : profile.terms());
    TreeMap<String, Double> names = new TreeMap<>(profile == null ? Map.of() : profile.names());
    TreeMap<String, Integer> dates = new TreeMap<>(profile == null ? Map.of() : profile.dates());
    TreeMap<String, Integer> events = new TreeMap<>(profile == null ? Map.of() : profile.events());
    features.events.forEach(e -> events.merge(e, 1, Integer::sum));
    TreeMap<String, Integer> weekdays = new TreeMap<>(profile == null ? Map.of() : profile.weekdays());
    features.weekdays.forEach(w -> weekdays.merge(w, 1, Integer::sum));
    TreeMap<String, Integer> mentioned = new TreeMap<>(profile == null ? Map.of() : profile.mentioned());
    features.mentioned.forEach(m -> mentioned.merge(m, 1, Integer::sum));
    features.terms.forEach((k, v) -> terms.merge(k, v, Double::sum));
    features.names.forEach((k, v) -> names.merge(k, v, Double::sum));
    LocalDate published = article.article().publishedDate();
    String lastDate = profile == null ? null : profile.lastDate();
    if (published != null) {
      dates.merge(published.toString(), 1, Integer::sum);
      if (lastDate == null || published.toString().compareTo(lastDate) > 0) {
        lastDate = published.toString();
      }
    }
    int size = profile == null ? 1 : profile.size() + 1;
    return new StoryProfile(strongest(terms, config.profileTerms()), strongest(names, config.profileNames()),
        dates, events, weekdays, latest(mentioned), size, lastDate);
  }

  /** Keeps the mentioned dates that bound the writing date from below: the latest few by month and day. */
  private static TreeMap<String, Integer> latest(TreeMap<String, Integer> mentioned) {
    TreeMap<String, Integer> kept = new TreeMap<>();
    mentioned.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> monthDay(e.getKey())).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(MENTIONED_DATES)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static String monthDay(String value) {
    return value.length() >= 5 ? value.substring(value.length() - 5) : value;
  }

  private static TreeMap<String, Double> strongest(Map<String, Double> weights, int keep) {
    TreeMap<String, Double> kept = new TreeMap<>();
    weights.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .limit(keep)
        .forEach(e -> kept.put(e.getKey(), round(e.getValue())));
    return kept;
  }

  /** Rounded so that persisted profiles are byte-stable across JVMs and summation orders. */
  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private void put(String id, StoryProfile profile) {
    StoryProfile old = profiles.put(id, profile);
    if (old != null) {
      unindex(id, old);
    }
    for (String key : indexKeys(profile)) {
      postings.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
    }
  }

  private void unindex(String id, StoryProfile profile) {
    for (String key : indexKeys(profile)) {
      Set<String> ids = postings.get(key);
      if (ids != null) {
        ids.remove(id);
        if (ids.isEmpty()) {
          postings.remove(key);
        }
      }
    }
  }

  private static List<String> indexKeys(StoryProfile profile) {
    List<String> keys = new ArrayList<>();
    profile.names().keySet().forEach(n -> keys.add("n:" + n));
    strongest(profile.terms(), INDEXED_TERMS).keySet().forEach(t -> keys.add("t:" + t));
    return keys;
  }

  /**
   * Unit tf-idf vectors of one article's terms and names: sublinear term frequency, title words
   * counted twice, only the first {@value #BODY_SENTENCES} sentences of the body (the rest of a long
   * article adds background, not identity).
   */
  private record Features(
      Map<String, Double> terms,
      Map<String, Double> names,
      Set<String> events,
      Set<String> weekdays,
      Set<String> mentioned) {
    private static final int BODY_SENTENCES = 20;
    private static final int TITLE_WEIGHT = 2;
    /** The opening sentences, where a report says when its event happened. */
    private static final int LEAD_SENTENCES = 3;

    static Features of(Analysis article, java.util.function.ToDoubleFunction<String> idf) {
      Map<String, Integer> bodyTerms = new HashMap<>();
      Map<String, Integer> bodyNames = new HashMap<>();
      Map<String, Integer> allTerms = new HashMap<>();
      Map<String, Integer> allNames = new HashMap<>();
      for (Sentence s : article.sentences()) {
        s.terms().forEach(t -> bodyTerms.merge(t, 1, Integer::sum));
        s.names().forEach(n -> bodyNames.merge(n, 1, Integer::sum));
        if (s.index() < BODY_SENTENCES) {
          s.terms().forEach(t -> allTerms.merge(t, 1, Integer::sum));
          s.names().forEach(n -> allNames.merge(n, 1, Integer::sum));
        }
      }
      addTitle(article.terms(), bodyTerms, allTerms);
      addTitle(article.names(), bodyNames, allNames);
      Set<String> events = new TreeSet<>();
      Set<String> weekdays = new TreeSet<>();
      Set<String> mentioned = new TreeSet<>();
      for (DateMention d : article.dates()) {
        if (d.sentence() < LEAD_SENTENCES) {
          if (d.value() != null && Dates.isDay(d.value())) {
            events.add(d.value());
          }
          // A weekday is evidence only when the article has no date of its own to place it.
          java.time.DayOfWeek day = Dates.weekday(d.text());
          if (day != null && article.article().publishedDate() == null) {
            weekdays.add(day.name());
          }
        }
        if (!d.relative() && d.value() != null) {
          mentioned.add(d.value());
        }
      }
      return new Features(unit(allTerms, "t:", idf), unit(allNames, "n:", idf), events, weekdays, mentioned);
    }

    /** Counts over title and body minus counts over the body are the title's. */
    private static void addTitle(SortedMap<String, Integer> all, Map<String, Integer> body, Map<String, Integer> into) {
      all.forEach((key, count) -> {
        int inTitle = count - body.getOrDefault(key, 0);
        if (inTitle > 0) {
          into.merge(key, TITLE_WEIGHT * inTitle, Integer::sum);
        }
      });
    }

    private static Map<String, Double> unit(Map<String, Integer> counts, String kind,
        java.util.function.ToDoubleFunction<String> idf) {
      TreeMap<String, Double> v = new TreeMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
        double w = (1 + Math.log(e.getValue())) * idf.applyAsDouble(kind + e.getKey());
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double n = Math.sqrt(norm);
      v.replaceAll((k, w) -> w / n);
      return v;
    }
  }
}
