package dev.newsdesk.cluster;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryProfile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
 * <p>How an article is placed:
 * <ol>
 *   <li>Stories that went quiet before the article's date close (they leave the index); the date is
 *       checked against the dates of the stories the stream is continuing, so that one article with
 *       a wrong date cannot close them all.
 *   <li>Candidates come from the inverted index (stories sharing the article's strongest names and
 *       terms, best overlap first) plus the few most recently continued stories; the cost does not
 *       grow with the number of open stories.
 *   <li>Each candidate's similarity is the cosine of the article's tf-idf term vector with the story's
 *       term centroid, zero when dates show they cannot be one event, discounted when both name people,
 *       places or organisations but share none of them (different events of one kind can be told in
 *       the same words), and discounted while a new desk is still cold unless the story shares one of
 *       the article's names. A short article (a bare headline) is pulled towards the stories the
 *       stream continued last, as far as the stream is bursty: its few words are weak evidence, and in
 *       a bursty stream the story just continued is the likeliest one.
 *   <li>The article joins the best candidate at or above the threshold, or opens a story. When it
 *       also matches another candidate strongly and the two stories are alike and compatible in time,
 *       it bridges them: they merge into the one opened first, which keeps its id. A short article
 *       bridges nothing: a headline's few words can match two related stories of one topic, and are
 *       too little to show that the two are one event.
 * </ol>
 *
 * <p>Not thread-safe: one desk run owns one instance. Deterministic: the same articles assigned in the
 * same order give the same profiles and assignments; ties go to the smaller story id. An instance
 * rebuilt from {@link #profiles()}, {@link #documentFrequency()} and {@link #documents()} finds the
 * same candidates and decides as the instance they were read from (up to the last bit of a few
 * floating-point sums whose order follows an internal numbering of the vocabulary).
 */
public final class OpenStories {
  /** Mentioned dates a profile keeps. */
  private static final int MENTIONED_DATES = 8;
  /** The opening sentences, where a report says when its event happened. */
  private static final int LEAD_SENTENCES = 3;
  /** Title words count this many times. */
  private static final int TITLE_WEIGHT = 2;
  /** How many of the most recently continued stories measure the stream's burstiness. */
  private static final int BURSTINESS_WINDOW = 32;
  /** How many of the most recently continued stories date the stream when stories are closed. */
  private static final int CLOCK_WINDOW = 8;

  private static final long UNDATED = Long.MIN_VALUE;

  private static final Comparator<Story> BY_TOUCHED =
      Comparator.comparingInt((Story s) -> s.touched).thenComparing(s -> s.id);
  private static final Comparator<Story> BY_LAST_DATE =
      Comparator.comparing((Story s) -> s.lastDate).thenComparing(s -> s.id);

  private final ClusterConfig config;
  private final Vocabulary vocabulary = new Vocabulary();
  private final Postings postings;
  private final Map<String, Story> byId = new HashMap<>();
  private final List<Story> byHandle = new ArrayList<>();
  private final ArrayDeque<Integer> freeHandles = new ArrayDeque<>();
  private final TreeSet<Story> byTouched = new TreeSet<>(BY_TOUCHED);
  private final TreeSet<Story> byLastDate = new TreeSet<>(BY_LAST_DATE);
  private double[] accumulator = new double[64];
  private int[] hitBuffer = new int[256];
  /** The stamp of the story at each handle (0 for a free handle): a dense array, so that checking a
   *  posting touches four bytes rather than a story object. */
  private int[] stampOf = new int[64];
  private int stamps;
  private int documents;

  private OpenStories(ClusterConfig config, int documents) {
    this.config = Objects.requireNonNull(config, "config");
    this.postings = new Postings(config.postingCap(), this::live);
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
    OpenStories stories = new OpenStories(config, documents);
    documentFrequency.forEach((key, df) -> stories.vocabulary.setFrequency(stories.vocabulary.id(key), df));
    // Posting lists hold stories in the order they were last continued: rebuild them in that order.
    List<Story> ordered = new ArrayList<>();
    open.forEach((id, profile) -> ordered.add(stories.story(id, profile)));
    ordered.sort(BY_TOUCHED);
    ordered.forEach(stories::put);
    return stories;
  }

  /**
   * Puts an article into the most similar open story, or opens a new story with {@code newStoryId}.
   * The article counts in the document frequencies before it is weighted (as a reader who has just
   * read it would weigh its words). See the class comment for the steps.
   *
   * <p>A dated article first closes the stories that went quiet: those whose newest member is more
   * than {@code quietDays} older than the article, or, when it is earlier, than the median of the
   * article's date and the latest member dates of the eight most recently continued stories. In a
   * stream roughly in date order the two agree; one article with a wrong or far-off date, or a
   * stream fed out of order, cannot close the stories still being continued.
   *
   * @param newStoryId the id for the story the article opens, if it opens one; must not be the id of
   *                   an open story (checked before anything changes)
   * @throws IllegalArgumentException when {@code newStoryId} is the id of an open story
   */
  public Assignment assign(Analysis article, String newStoryId) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(newStoryId, "newStoryId");
    if (byId.containsKey(newStoryId)) {
      throw new IllegalArgumentException("story id already in use: " + newStoryId);
    }
    count(article);
    int sequence = documents;
    List<String> closed = new ArrayList<>(closeQuietBefore(article.article().publishedDate()));
    Features features = Features.of(article, config, vocabulary, documents);

    double burstiness = burstiness();
    List<Scored> scored = new ArrayList<>();
    for (Story candidate : candidates(features)) {
      double similarity = similarity(features, candidate) * coldDiscount(features, candidate);
      scored.add(new Scored(candidate, similarity, similarity * pull(features, candidate, sequence, burstiness)));
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> s.story.id));
    double threshold = features.distinctTerms <= config.shortTerms() ? config.shortThreshold() : config.joinThreshold();

    if (scored.isEmpty() || scored.get(0).score < threshold) {
      put(add(null, newStoryId, features, sequence));
      closed.addAll(closeOverflow());
      return new Assignment(newStoryId, true, 0, List.of(), sorted(closed));
    }

    Scored best = scored.get(0);
    Story target = best.story;
    List<String> merged = new ArrayList<>();
    if (best.similarity >= config.mergeThreshold() && features.distinctTerms > config.shortTerms()) {
      for (Scored other : scored.subList(1, scored.size())) {
        if (other.similarity < config.mergeThreshold() || byId.get(other.story.id) != other.story
            || !mergeable(target, other.story)) {
          continue;
        }
        Story older = openedFirst(target, other.story) ? target : other.story;
        Story younger = older == target ? other.story : target;
        drop(younger);
        drop(older);
        target = put(merge(older, younger));
        merged.add(younger.id);
      }
    }
    drop(target);
    Story joined = put(add(target, target.id, features, sequence));
    closed.addAll(closeOverflow());
    return new Assignment(joined.id, false, SparseVector.round(best.score), sorted(merged), sorted(closed));
  }

  /**
   * Closes every open story whose newest member was published more than the quiet period before
   * {@code today}: it leaves the index and {@link #profiles()}. Undated stories never go quiet (they
   * leave only when the index is full). {@link #assign} does this for each dated article (see
   * there); a caller with a trusted clock may also call it with today's date.
   *
   * @return the closed story ids, sorted
   */
  public List<String> closeQuiet(LocalDate today) {
    Objects.requireNonNull(today, "today");
    String limit = today.minusDays(config.quietDays()).toString();
    List<String> closed = new ArrayList<>();
    while (!byLastDate.isEmpty() && byLastDate.first().lastDate.compareTo(limit) < 0) {
      Story quiet = byLastDate.first();
      drop(quiet);
      closed.add(quiet.id);
    }
    return sorted(closed);
  }

  /**
   * Closes the stories that went quiet before a dated article arrived. The day they are measured from
   * is the article's date, or, when that is later, the median of the article's date and the latest
   * member dates of the most recently continued stories: in a stream that is roughly in date order
   * the two agree, while a single article with a wrong or far-off date, or a stream fed out of order,
   * cannot close the stories that are still being continued.
   */
  private List<String> closeQuietBefore(LocalDate published) {
    if (published == null) {
      return List.of();
    }
    List<Long> days = new ArrayList<>();
    days.add(published.toEpochDay());
    int seen = 0;
    for (Story s : byTouched.descendingSet()) {
      if (days.size() > CLOCK_WINDOW || seen++ >= 4 * CLOCK_WINDOW) {
        break;
      }
      if (s.lastDay != UNDATED) {
        days.add(s.lastDay);
      }
    }
    days.sort(null);
    long median = days.get(days.size() / 2);
    return closeQuiet(LocalDate.ofEpochDay(Math.min(published.toEpochDay(), median)));
  }

  /** Stops tracking a story (closed or merged away by the caller). */
  public void remove(String storyId) {
    Story old = byId.get(storyId);
    if (old != null) {
      drop(old);
    }
  }

  /** The current profile of every open story, by id. */
  public SortedMap<String, StoryProfile> profiles() {
    TreeMap<String, StoryProfile> out = new TreeMap<>();
    byId.values().forEach(s -> out.put(s.id, profile(s)));
    return out;
  }

  /** The current profile of one open story, or {@code null} when no open story has that id. */
  public StoryProfile profile(String storyId) {
    Story s = byId.get(storyId);
    return s == null ? null : profile(s);
  }

  /** Number of open stories. */
  public int size() {
    return byId.size();
  }

  /** Document frequencies including every article assigned so far. */
  public SortedMap<String, Integer> documentFrequency() {
    return vocabulary.frequencies();
  }

  /**
   * The document frequencies to keep, at most {@code limit} of them: when more keys were counted, only
   * the nine tenths of {@code limit} most frequent stay (ties kept by key order), so that what a desk
   * stores does not grow with every name it has ever seen, and is not cut again at every article. A
   * key left out counts as unseen when it comes again, which weighs a rare key as rarer than it was.
   *
   * @throws IllegalArgumentException when {@code limit} is below 10
   */
  public SortedMap<String, Integer> documentFrequency(int limit) {
    if (limit < 10) {
      throw new IllegalArgumentException("limit must be at least 10, was " + limit);
    }
    SortedMap<String, Integer> all = vocabulary.frequencies();
    if (all.size() <= limit) {
      return all;
    }
    TreeMap<String, Integer> kept = new TreeMap<>();
    all.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit / 10 * 9)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /** Number of articles counted in {@link #documentFrequency()}. */
  public int documents() {
    return documents;
  }

  /** Live entries of the inverted index over all open stories (for sizing the index). */
  public long postings() {
    return postings.live();
  }

  // ----------------------------------------------------------------------------------------- scoring

  /** Candidate stories: the best index matches by summed weight of shared keys, and the most recent. */
  private List<Story> candidates(Features features) {
    if (accumulator.length < byHandle.size()) {
      accumulator = Arrays.copyOf(accumulator, Math.max(byHandle.size(), 2 * accumulator.length));
    }
    double[] sums = accumulator;
    int[][] hits = {hitBuffer};
    int[] count = {0};
    for (SparseVector query : List.of(features.names, features.terms)) {
      for (int position : query.top(config.indexKeys(), vocabulary)) {
        double weight = query.weight(position);
        postings.forNewest(query.id(position), handle -> {
          if (sums[handle] == 0) {
            if (count[0] == hits[0].length) {
              hits[0] = Arrays.copyOf(hits[0], 2 * hits[0].length);
            }
            hits[0][count[0]++] = handle;
          }
          sums[handle] += weight;
        });
      }
    }
    hitBuffer = hits[0];
    List<Story> candidates = best(hitBuffer, count[0], sums);
    for (int i = 0; i < count[0]; i++) {
      sums[hitBuffer[i]] = 0;
    }
    Set<String> seen = new TreeSet<>();
    candidates.forEach(s -> seen.add(s.id));
    int recent = 0;
    for (Story s : byTouched.descendingSet()) {
      if (recent++ >= config.recentStories()) {
        break;
      }
      if (seen.add(s.id)) {
        candidates.add(s);
      }
    }
    return candidates;
  }

  /** The {@code maxCandidates} hit stories with the largest sums (ties to the smaller id), in linear time. */
  private List<Story> best(int[] hits, int count, double[] sums) {
    List<Story> out = new ArrayList<>();
    int limit = config.maxCandidates();
    if (count <= limit) {
      for (int i = 0; i < count; i++) {
        out.add(byHandle.get(hits[i]));
      }
      return out;
    }
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = sums[hits[i]];
    }
    double cut = largest(values, limit);
    List<Story> tied = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double v = sums[hits[i]];
      if (v > cut) {
        out.add(byHandle.get(hits[i]));
      } else if (v == cut) {
        tied.add(byHandle.get(hits[i]));
      }
    }
    tied.sort(Comparator.comparing(s -> s.id));
    out.addAll(tied.subList(0, limit - out.size()));
    return out;
  }

  /** The {@code k}-th largest of {@code values} (which it reorders): quickselect. */
  private static double largest(double[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    int target = k - 1;
    while (lo < hi) {
      double pivot = values[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] > pivot) {
          i++;
        }
        while (values[j] < pivot) {
          j--;
        }
        if (i <= j) {
          double t = values[i];
          values[i++] = values[j];
          values[j--] = t;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return values[target];
      }
    }
    return values[target];
  }

  /**
   * Cosine of the article's term vector with the story's term centroid (mixed with names if so
   * configured), times {@code unsharedNamesFactor} when {@link #strangers} says the two name different
   * people, places and organisations.
   */
  private double similarity(Features features, Story story) {
    if (!compatibleInTime(features, story)) {
      return 0;
    }
    double terms = story.terms.norm() == 0 ? 0 : features.terms.dot(story.terms) / story.terms.norm();
    if (strangers(features, story)) {
      terms *= config.unsharedNamesFactor();
    }
    if (config.nameWeight() == 0 || features.names.isEmpty() || story.names.isEmpty()) {
      return terms;
    }
    double names = features.names.dot(story.names) / story.names.norm();
    return config.nameWeight() * names + (1 - config.nameWeight()) * terms;
  }

  /**
   * Whether a (not short) article and a story each have at least {@code unsharedNames} names and share
   * none, compared regardless of case. Two reports of one event nearly always name someone or
   * somewhere in common; reports of two events of one kind (two fires, two strikes, two earnings
   * reports) can share their wording but not their people and places. A short article is left out:
   * a headline's few capitalised words do not reliably show its names.
   */
  private boolean strangers(Features features, Story story) {
    int least = config.unsharedNames();
    if (config.unsharedNamesFactor() == 1 || features.distinctTerms <= config.shortTerms()
        || features.forms.length < least || story.forms.length < least) {
      return false;
    }
    int[] a = features.forms;
    int[] b = story.forms;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /**
   * 1, or less while the desk is cold (see {@link ClusterConfig#coldDocuments()}): on an empty desk every
   * word looks distinctive, and two unrelated reports that share only everyday news words would join.
   * Names are distinctive before any counting, so a story sharing a name with the article is not
   * discounted; nor is a short article, whose few capitalised words do not reliably show names and
   * which must already reach the higher short threshold.
   */
  private double coldDiscount(Features features, Story story) {
    if (config.coldDocuments() == 0 || features.distinctTerms <= config.shortTerms()
        || features.names.dot(story.names) > 0) {
      return 1;
    }
    return documents / (documents + (double) config.coldDocuments());
  }

  /**
   * The factor (1 or more) that draws an article to the stories the stream continued last: a bare
   * headline's few words are weak evidence, and when the stream continues its stories back to back
   * the story continued last is the likeliest home. The pull shrinks with the article's length (a
   * long article carries its own evidence: ten times the short length, a tenth of the pull) and with
   * the stream's burstiness (in a stream that interleaves its stories at random nothing is pulled).
   */
  private double pull(Features features, Story story, int sequence, double burstiness) {
    if (config.recencyBoost() == 0 || burstiness == 0 || config.shortTerms() == 0) {
      return 1;
    }
    double shortness = Math.min(1.0, (double) config.shortTerms() / Math.max(1, features.distinctTerms));
    int since = Math.max(0, sequence - story.touched - 1);
    return 1 + config.recencyBoost() * shortness * burstiness * Math.pow(0.5, since / config.recencyHalfLife());
  }

  /**
   * How far the stream continues its stories back to back: over the most recently continued stories
   * of two or more members, the mean of (members - 1) / (articles from its first to its latest
   * member - 1). 1 when every story's articles came in a run; near 0 when stories interleave.
   */
  private double burstiness() {
    double sum = 0;
    int counted = 0;
    int seen = 0;
    for (Story s : byTouched.descendingSet()) {
      if (seen++ >= BURSTINESS_WINDOW) {
        break;
      }
      if (s.size >= 2 && s.touched > s.opened) {
        sum += Math.min(1.0, (s.size - 1.0) / (s.touched - s.opened));
        counted++;
      }
    }
    return counted == 0 ? 0 : sum / counted;
  }

  /**
   * Date evidence that an article and a story cannot be about one event:
   * <ul>
   *   <li>publication dates further apart than the quiet period;
   *   <li>one side undated but mentioning a date more than {@code maxGapDays} after the other side's
   *       publication (a report is written on or after the dates it mentions);
   *   <li>an undated report whose opening sentences put the event on a weekday none of the other
   *       side's event dates falls on.
   * </ul>
   * Checked both ways, so the verdict does not depend on which of the two arrived first.
   */
  private boolean compatibleInTime(Features features, Story story) {
    LocalDate published = features.published;
    if (story.lastDay != UNDATED) {
      if (published != null) {
        long day = published.toEpochDay();
        if (day - story.lastDay > config.quietDays() || story.firstDay - day > config.quietDays()) {
          return false;
        }
      } else if (!features.mentioned.isEmpty()
          && writtenTooLate(features.mentioned, LocalDate.ofEpochDay(story.lastDay), config.maxGapDays())) {
        return false;
      }
    } else if (published != null && !story.mentioned.isEmpty()
        && writtenTooLate(story.mentioned.keySet(), published, config.maxGapDays())) {
      return false;
    }
    return sameWeekday(features.weekdays, story.events.keySet())
        && sameWeekday(story.weekdays.keySet(), features.events);
  }

  /**
   * Whether two open stories may be one event: their term centroids are alike, and the date
   * evidence that keeps an article out of a story does not keep one story out of the other.
   */
  private boolean mergeable(Story a, Story b) {
    if (a.terms.cosine(b.terms) < config.mergeCohesion()) {
      return false;
    }
    if (a.lastDay != UNDATED && b.lastDay != UNDATED) {
      if (b.firstDay - a.lastDay > config.quietDays() || a.firstDay - b.lastDay > config.quietDays()) {
        return false;
      }
    } else if (a.lastDay != UNDATED
        && writtenTooLate(b.mentioned.keySet(), LocalDate.ofEpochDay(a.lastDay), config.maxGapDays())) {
      return false;
    } else if (b.lastDay != UNDATED
        && writtenTooLate(a.mentioned.keySet(), LocalDate.ofEpochDay(b.lastDay), config.maxGapDays())) {
      return false;
    }
    return sameWeekday(a.weekdays.keySet(), b.events.keySet()) && sameWeekday(b.weekdays.keySet(), a.events.keySet());
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
  private static boolean sameWeekday(Collection<String> weekdays, Collection<String> events) {
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

  /** Whether {@code a} was opened before {@code b} (by opening sequence, then id). */
  private static boolean openedFirst(Story a, Story b) {
    return a.opened != b.opened ? a.opened < b.opened : a.id.compareTo(b.id) < 0;
  }

  // ----------------------------------------------------------------------------------------- updating

  private void count(Analysis article) {
    for (String name : article.names().keySet()) {
      vocabulary.count(vocabulary.id(Vocabulary.Kind.NAME, name));
    }
    for (String term : article.terms().keySet()) {
      vocabulary.count(vocabulary.id(Vocabulary.Kind.TERM, term));
    }
    documents++;
  }

  /** The story {@code story} (or a new one, when {@code null}) with the article added. */
  private Story add(Story story, String id, Features features, int sequence) {
    SparseVector terms = (story == null ? SparseVector.EMPTY : story.terms)
        .plus(features.terms, config.profileTerms(), vocabulary);
    SparseVector names = (story == null ? SparseVector.EMPTY : story.names)
        .plus(features.names, config.profileNames(), vocabulary);
    TreeMap<String, Integer> dates = copy(story == null ? null : story.dates);
    TreeMap<String, Integer> events = copy(story == null ? null : story.events);
    TreeMap<String, Integer> weekdays = copy(story == null ? null : story.weekdays);
    TreeMap<String, Integer> mentioned = copy(story == null ? null : story.mentioned);
    features.events.forEach(e -> events.merge(e, 1, Integer::sum));
    features.weekdays.forEach(w -> weekdays.merge(w, 1, Integer::sum));
    features.mentioned.forEach(m -> mentioned.merge(m, 1, Integer::sum));
    String lastDate = story == null ? null : story.lastDate;
    if (features.published != null) {
      String day = features.published.toString();
      dates.merge(day, 1, Integer::sum);
      if (lastDate == null || day.compareTo(lastDate) > 0) {
        lastDate = day;
      }
    }
    return new Story(id, terms, names, dates, events, weekdays, latest(mentioned),
        story == null ? 1 : story.size + 1, lastDate, story == null ? sequence : story.opened, sequence);
  }

  /** One story from two: the older keeps its id and opening; weights, dates and sizes add up. */
  private Story merge(Story older, Story younger) {
    TreeMap<String, Integer> dates = copy(older.dates);
    TreeMap<String, Integer> events = copy(older.events);
    TreeMap<String, Integer> weekdays = copy(older.weekdays);
    TreeMap<String, Integer> mentioned = copy(older.mentioned);
    younger.dates.forEach((k, v) -> dates.merge(k, v, Integer::sum));
    younger.events.forEach((k, v) -> events.merge(k, v, Integer::sum));
    younger.weekdays.forEach((k, v) -> weekdays.merge(k, v, Integer::sum));
    younger.mentioned.forEach((k, v) -> mentioned.merge(k, v, Integer::sum));
    String lastDate = older.lastDate;
    if (younger.lastDate != null && (lastDate == null || younger.lastDate.compareTo(lastDate) > 0)) {
      lastDate = younger.lastDate;
    }
    return new Story(older.id, older.terms.plus(younger.terms, config.profileTerms(), vocabulary),
        older.names.plus(younger.names, config.profileNames(), vocabulary), dates, events, weekdays,
        latest(mentioned), older.size + younger.size, lastDate, older.opened, Math.max(older.touched,
        younger.touched));
  }

  /** Closes the least recently continued stories while the index holds more than it may. */
  private List<String> closeOverflow() {
    List<String> closed = new ArrayList<>();
    while (byId.size() > config.maxOpenStories()) {
      Story stalest = byTouched.first();
      drop(stalest);
      closed.add(stalest.id);
    }
    return closed;
  }

  /** Indexes {@code story} under a handle and a fresh stamp; returns the story as indexed. */
  private Story put(Story story) {
    int handle = freeHandles.isEmpty() ? byHandle.size() : freeHandles.pop();
    Story s = story.at(handle, ++stamps);
    if (handle == byHandle.size()) {
      byHandle.add(s);
    } else {
      byHandle.set(handle, s);
    }
    if (handle >= stampOf.length) {
      stampOf = Arrays.copyOf(stampOf, 2 * stampOf.length);
    }
    stampOf[handle] = s.stamp;
    byId.put(s.id, s);
    byTouched.add(s);
    if (s.lastDate != null) {
      byLastDate.add(s);
    }
    for (int key : s.keys) {
      postings.add(key, s.handle, s.stamp);
    }
    return s;
  }

  /** Removes {@code story} from every index and frees its handle; its postings die. */
  private void drop(Story story) {
    byId.remove(story.id);
    byTouched.remove(story);
    if (story.lastDate != null) {
      byLastDate.remove(story);
    }
    byHandle.set(story.handle, null);
    stampOf[story.handle] = 0;
    freeHandles.push(story.handle);
    for (int key : story.keys) {
      postings.died(key);
    }
  }

  private boolean live(int handle, int stamp) {
    return stampOf[handle] == stamp;
  }

  private Story story(String id, StoryProfile p) {
    return new Story(id, SparseVector.of(p.terms(), Vocabulary.Kind.TERM, vocabulary),
        SparseVector.of(p.names(), Vocabulary.Kind.NAME, vocabulary),
        new TreeMap<>(p.dates()), new TreeMap<>(p.events()), new TreeMap<>(p.weekdays()),
        new TreeMap<>(p.mentioned()), p.size(), p.lastDate(), p.opened(), p.touched());
  }

  private StoryProfile profile(Story s) {
    return new StoryProfile(s.terms.toMap(vocabulary), s.names.toMap(vocabulary), s.dates, s.events, s.weekdays,
        s.mentioned, s.size, s.lastDate, s.opened, s.touched);
  }

  /** The case-folded forms of the names in {@code names}, sorted, without repeats. */
  private static int[] forms(SparseVector names, Vocabulary vocabulary) {
    int[] forms = new int[names.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = vocabulary.form(names.id(i));
    }
    return Arrays.stream(forms).sorted().distinct().toArray();
  }

  private static TreeMap<String, Integer> copy(SortedMap<String, Integer> map) {
    return map == null ? new TreeMap<>() : new TreeMap<>(map);
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
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

  /** A candidate, its similarity to the article, and that similarity with the recency pull. */
  private record Scored(Story story, double similarity, double score) {}

  /**
   * An open story as the index holds it: compact centroids, the small date maps, and where it sits in
   * the index (handle and stamp, -1 and 0 before it is put). Immutable.
   */
  private final class Story {
    final String id;
    final SparseVector terms;
    final SparseVector names;
    final SortedMap<String, Integer> dates;
    final SortedMap<String, Integer> events;
    final SortedMap<String, Integer> weekdays;
    final SortedMap<String, Integer> mentioned;
    final int size;
    final String lastDate;
    final int opened;
    final int touched;
    /** First and last publication day of the members (epoch days), or {@link #UNDATED}. */
    final long firstDay;
    final long lastDay;
    /** Vocabulary ids the story is posted under: all its names and its strongest terms. */
    final int[] keys;
    /** The case-folded forms of its names ({@link Vocabulary#form}), sorted, without repeats. */
    final int[] forms;
    final int handle;
    final int stamp;

    Story(String id, SparseVector terms, SparseVector names, SortedMap<String, Integer> dates,
        SortedMap<String, Integer> events, SortedMap<String, Integer> weekdays, SortedMap<String, Integer> mentioned,
        int size, String lastDate, int opened, int touched) {
      this.id = id;
      this.terms = terms;
      this.names = names;
      this.dates = Collections.unmodifiableSortedMap(dates);
      this.events = Collections.unmodifiableSortedMap(events);
      this.weekdays = Collections.unmodifiableSortedMap(weekdays);
      this.mentioned = Collections.unmodifiableSortedMap(mentioned);
      this.size = size;
      this.lastDate = lastDate;
      this.opened = opened;
      this.touched = touched;
      this.firstDay = dates.isEmpty() ? UNDATED : LocalDate.parse(dates.firstKey()).toEpochDay();
      this.lastDay = dates.isEmpty() ? UNDATED : LocalDate.parse(dates.lastKey()).toEpochDay();
      List<Integer> top = terms.top(config.indexedTerms(), vocabulary);
      this.keys = new int[names.size() + top.size()];
      for (int i = 0; i < names.size(); i++) {
        keys[i] = names.id(i);
      }
      for (int i = 0; i < top.size(); i++) {
        keys[names.size() + i] = terms.id(top.get(i));
      }
      this.forms = OpenStories.forms(names, vocabulary);
      this.handle = -1;
      this.stamp = 0;
    }

    private Story(Story s, int handle, int stamp) {
      this.id = s.id;
      this.terms = s.terms;
      this.names = s.names;
      this.dates = s.dates;
      this.events = s.events;
      this.weekdays = s.weekdays;
      this.mentioned = s.mentioned;
      this.size = s.size;
      this.lastDate = s.lastDate;
      this.opened = s.opened;
      this.touched = s.touched;
      this.firstDay = s.firstDay;
      this.lastDay = s.lastDay;
      this.keys = s.keys;
      this.forms = s.forms;
      this.handle = handle;
      this.stamp = stamp;
    }

    /** This story placed in the index. */
    Story at(int handle, int stamp) {
      return new Story(this, handle, stamp);
    }
  }

  /**
   * Unit tf-idf vectors of one article's terms and names: sublinear term frequency, title words
   * counted {@value #TITLE_WEIGHT} times, only the opening {@code bodySentences} sentences of the body;
   * and the article's date evidence.
   */
  private record Features(
      SparseVector terms,
      SparseVector names,
      Set<String> events,
      Set<String> weekdays,
      Set<String> mentioned,
      LocalDate published,
      int distinctTerms,
      int[] forms) {

    static Features of(Analysis article, ClusterConfig config, Vocabulary vocabulary, int documents) {
      Map<String, Integer> bodyTerms = new HashMap<>();
      Map<String, Integer> bodyNames = new HashMap<>();
      Map<String, Integer> terms = new HashMap<>();
      Map<String, Integer> names = new HashMap<>();
      for (Sentence s : article.sentences()) {
        s.terms().forEach(t -> bodyTerms.merge(t, 1, Integer::sum));
        s.names().forEach(n -> bodyNames.merge(n, 1, Integer::sum));
        if (s.index() < config.bodySentences()) {
          s.terms().forEach(t -> terms.merge(t, 1, Integer::sum));
          s.names().forEach(n -> names.merge(n, 1, Integer::sum));
        }
      }
      addTitle(article.terms(), bodyTerms, terms);
      addTitle(article.names(), bodyNames, names);
      Set<String> events = new TreeSet<>();
      Set<String> weekdays = new TreeSet<>();
      Set<String> mentioned = new TreeSet<>();
      LocalDate published = article.article().publishedDate();
      for (DateMention d : article.dates()) {
        if (d.sentence() < LEAD_SENTENCES) {
          if (d.value() != null && Dates.isDay(d.value())) {
            events.add(d.value());
          }
          // A weekday is evidence only when the article has no date of its own to place it.
          DayOfWeek day = Dates.weekday(d.text());
          if (day != null && published == null) {
            weekdays.add(day.name());
          }
        }
        if (!d.relative() && d.value() != null) {
          mentioned.add(d.value());
        }
      }
      SparseVector nameVector = unit(names, Vocabulary.Kind.NAME, vocabulary, documents);
      return new Features(unit(terms, Vocabulary.Kind.TERM, vocabulary, documents), nameVector,
          events, weekdays, mentioned, published, terms.size(), OpenStories.forms(nameVector, vocabulary));
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

    /**
     * Sublinear tf times smoothed idf, ln((N+1)/(df+1)) + 1, scaled to unit length (the length summed
     * in key order, so that it does not depend on the order in which the vocabulary met the keys).
     */
    private static SparseVector unit(Map<String, Integer> counts, Vocabulary.Kind kind, Vocabulary vocabulary,
        int documents) {
      TreeMap<Integer, Double> weights = new TreeMap<>();
      double sum = 0;
      for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
        int id = vocabulary.id(kind, e.getKey());
        double idf = Math.log((documents + 1.0) / (vocabulary.frequency(id) + 1.0)) + 1.0;
        double w = (1 + Math.log(e.getValue())) * idf;
        weights.put(id, w);
        sum += w * w;
      }
      double norm = Math.sqrt(sum);
      weights.replaceAll((id, w) -> w / norm);
      return SparseVector.of(weights);
    }
  }
}
