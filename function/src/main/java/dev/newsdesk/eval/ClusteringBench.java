package dev.newsdesk.eval;

import dev.newsdesk.cluster.Assignment;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.OpenStories;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Sentence;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * How the cluster stage scales with the number of open stories: per-article assignment time and
 * memory per open story, with 1,000 and with 100,000 open stories (issue 4 asks for the time at
 * 100,000 within 1.5 times the time at 1,000).
 *
 * <p>The stories are synthetic and generated deterministically from a seed, with vocabulary sizes of
 * real news: 50,000 terms drawn from a Zipf distribution (as word frequencies are) for the
 * background of every sentence, 20,000 names, and per story eight characteristic terms and four
 * names that its articles keep repeating. An article has a six-word title and twelve sentences of
 * twelve terms and one or two names, about 90 distinct terms in all, like a short news report.
 *
 * <p>For each size: one article per story opens the stories (untimed); then {@code warmup} untimed
 * and {@code measured} timed articles each continue a random open story, so the number of open
 * stories stays put; {@link #run} feeds the two sizes alternately, a hundred articles at a time. A
 * figure is the median (and 90th percentile) over the timed articles of one {@link OpenStories#assign}
 * call, in elapsed time and in the thread's CPU time (which other processes on a busy machine
 * disturb less). Memory per open story is measured, not estimated:
 * the heap in use after {@code System.gc()} with the stories open, minus the heap in use before they
 * were built, divided by the number of open stories. It covers the whole cluster state (profiles,
 * vocabulary with document frequencies, and the inverted index), so at 1,000 stories it is inflated
 * by the vocabulary that every size shares; the index alone is reported as its live postings (eight
 * bytes each) per story. Single-threaded. A benchmark, not a test: nothing asserts a time.
 */
public final class ClusteringBench {
  private static final int TERMS = 50_000;
  private static final int NAMES = 20_000;
  private static final int STORY_TERMS = 8;
  private static final int STORY_NAMES = 4;
  private static final int SENTENCES = 12;
  private static final int WORDS = 12;
  /** Articles fed to one size before the other takes its turn. */
  private static final int BLOCK = 100;

  private ClusteringBench() {}

  /**
   * The figures for one number of open stories.
   *
   * @param openStories     open stories while the timed articles were assigned
   * @param measured        timed articles
   * @param medianMicros    median elapsed microseconds per assigned article
   * @param p90Micros       90th percentile of the same
   * @param medianCpuMicros median thread-CPU microseconds per assigned article (-1 when the JVM cannot
   *                        measure thread CPU time)
   * @param bytesPerStory   heap in use per open story (see the class comment)
   * @param postingsPerStory live index postings per open story (eight bytes each)
   * @param joined          how many timed articles joined the story they continue (a sanity check:
   *                        should be all of them)
   */
  public record Figures(int openStories, int measured, double medianMicros, double p90Micros, double medianCpuMicros,
      long bytesPerStory, double postingsPerStory, int joined) {}

  /** Both sizes, and the ratio the issue asks about. */
  public record Result(Figures small, Figures large) {
    /** Median time at the large size over median time at the small size, elapsed. */
    public double ratio() {
      return large.medianMicros / small.medianMicros;
    }

    /** The same, in thread CPU time (-1 when not measured). */
    public double cpuRatio() {
      return small.medianCpuMicros <= 0 ? -1 : large.medianCpuMicros / small.medianCpuMicros;
    }

    public String format() {
      return String.format(Locale.ROOT, "%s%n%s%nratio %,d/%,d open stories: elapsed %.2fx, cpu %.2fx",
          line(small), line(large), large.openStories, small.openStories, ratio(), cpuRatio());
    }

    private static String line(Figures f) {
      return String.format(Locale.ROOT,
          "open=%,d assign median %.1f us (p90 %.1f us, cpu median %.1f us) over %,d articles (%,d joined); "
              + "memory %,d bytes per open story; index %.1f postings (%,.0f bytes) per open story",
          f.openStories, f.medianMicros, f.p90Micros, f.medianCpuMicros, f.measured, f.joined, f.bytesPerStory,
          f.postingsPerStory, 8 * f.postingsPerStory);
    }
  }

  /**
   * Measures at 1,000 and 100,000 open stories with the default configuration. Both indexes are
   * built first and then fed alternately, a block of articles each, so that a change in the load of
   * the machine while the benchmark runs falls on both sizes alike.
   *
   * @param warmup   untimed articles per size after the stories are built (e.g. 2,000)
   * @param measured timed articles per size (e.g. 5,000)
   * @param seed     seed of the synthetic stories
   */
  public static Result run(int warmup, int measured, long seed) {
    Instance small = Instance.build(ClusterConfig.DEFAULTS, 1_000, seed);
    Instance large = Instance.build(ClusterConfig.DEFAULTS, 100_000, seed);
    small.feed(warmup, false);
    large.feed(warmup, false);
    for (int done = 0; done < measured; done += BLOCK) {
      int block = Math.min(BLOCK, measured - done);
      small.feed(block, true);
      large.feed(block, true);
    }
    return new Result(small.figures(), large.figures());
  }

  /** Measures one size: see the class comment. */
  public static Figures measure(ClusterConfig config, int openStories, int warmup, int measured, long seed) {
    Objects.requireNonNull(config, "config");
    if (openStories < 1 || warmup < 0 || measured < 1) {
      throw new IllegalArgumentException("openStories and measured must be positive and warmup not negative, were "
          + openStories + ", " + measured + ", " + warmup);
    }
    Instance instance = Instance.build(config, openStories, seed);
    instance.feed(warmup, false);
    instance.feed(measured, true);
    return instance.figures();
  }

  /** One index of synthetic open stories, and the times of the articles fed to it so far. */
  private static final class Instance {
    private final OpenStories stories;
    private final Synthetic synthetic;
    private final int openStories;
    private final long bytesPerStory;
    private final double postingsPerStory;
    private final Random pick;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    private final List<Long> elapsed = new ArrayList<>();
    private final List<Long> cpuTimes = new ArrayList<>();
    private int fed;
    private int joined;

    private Instance(OpenStories stories, Synthetic synthetic, int openStories, long bytesPerStory, long seed) {
      this.stories = stories;
      this.synthetic = synthetic;
      this.openStories = openStories;
      this.bytesPerStory = bytesPerStory;
      this.postingsPerStory = (double) stories.postings() / stories.size();
      this.pick = new Random(seed ^ 0x5DEECE66DL);
    }

    /** Opens {@code openStories} stories, one article each (untimed), and measures the heap they take. */
    static Instance build(ClusterConfig config, int openStories, long seed) {
      Synthetic synthetic = new Synthetic(seed);
      long before = usedHeap();
      OpenStories stories = OpenStories.of(config.withMaxOpenStories(Math.max(config.maxOpenStories(), openStories)),
          new TreeMap<>(), new TreeMap<>(), 0);
      for (int s = 0; s < openStories; s++) {
        stories.assign(synthetic.article(s, 0), "st-" + s);
      }
      long bytesPerStory = (usedHeap() - before) / stories.size();
      return new Instance(stories, synthetic, openStories, bytesPerStory, seed);
    }

    /** Feeds {@code count} articles, each continuing a random story; records their times when {@code timed}. */
    void feed(int count, boolean timed) {
      for (int i = 0; i < count; i++) {
        Analysis article = synthetic.article(pick.nextInt(openStories), 1 + fed);
        String id = "probe-" + fed++;
        long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        Assignment a = stories.assign(article, id);
        long t1 = System.nanoTime();
        long c1 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        if (timed) {
          elapsed.add(t1 - t0);
          cpuTimes.add(c1 - c0);
          if (!a.opened()) {
            joined++;
          }
        }
      }
    }

    Figures figures() {
      return new Figures(stories.size(), elapsed.size(), percentile(elapsed, 0.5) / 1e3,
          percentile(elapsed, 0.9) / 1e3, cpu ? percentile(cpuTimes, 0.5) / 1e3 : -1, bytesPerStory,
          postingsPerStory, joined);
    }
  }

  /** Runs both sizes and prints the figures: {@code [warmup] [measured] [seed]}. */
  public static void main(String... args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 4L;
    print(run(warmup, measured, seed), System.out);
  }

  static void print(Result result, PrintStream out) {
    out.println(result.format());
  }

  private static double percentile(List<Long> values, double p) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }

  /**
   * Deterministic synthetic news: a Zipf background vocabulary and, per story, characteristic terms
   * and names. Articles are made on demand from (story, variant), so nothing large is held.
   */
  private static final class Synthetic {
    private final long seed;
    private final double[] zipf = new double[TERMS];

    Synthetic(long seed) {
      this.seed = seed;
      double sum = 0;
      for (int r = 0; r < TERMS; r++) {
        sum += 1.0 / (r + 1);
        zipf[r] = sum;
      }
      for (int r = 0; r < TERMS; r++) {
        zipf[r] /= sum;
      }
    }

    Analysis article(int story, int variant) {
      Random topic = new Random(seed * 1_000_003L + story);
      String[] storyTerms = new String[STORY_TERMS];
      for (int i = 0; i < STORY_TERMS; i++) {
        storyTerms[i] = term(1_000 + topic.nextInt(TERMS - 1_000));
      }
      String[] storyNames = new String[STORY_NAMES];
      for (int i = 0; i < STORY_NAMES; i++) {
        storyNames[i] = name(topic.nextInt(NAMES));
      }
      Random words = new Random((seed * 1_000_003L + story) * 31 + variant);
      List<String> titleTerms = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        titleTerms.add(i < 4 ? storyTerms[words.nextInt(STORY_TERMS)] : background(words));
      }
      List<String> titleNames = List.of(storyNames[words.nextInt(STORY_NAMES)]);
      List<Sentence> sentences = new ArrayList<>();
      List<String> paragraphs = new ArrayList<>();
      TreeMap<String, Integer> terms = new TreeMap<>();
      TreeMap<String, Integer> names = new TreeMap<>();
      titleTerms.forEach(t -> terms.merge(t, 1, Integer::sum));
      titleNames.forEach(n -> names.merge(n, 1, Integer::sum));
      for (int s = 0; s < SENTENCES; s++) {
        List<String> sentenceTerms = new ArrayList<>();
        for (int w = 0; w < WORDS; w++) {
          sentenceTerms.add(words.nextDouble() < 0.3 ? storyTerms[words.nextInt(STORY_TERMS)] : background(words));
        }
        List<String> sentenceNames = new ArrayList<>();
        for (int n = 0; n < 1 + words.nextInt(2); n++) {
          sentenceNames.add(words.nextDouble() < 0.8 ? storyNames[words.nextInt(STORY_NAMES)]
              : name(words.nextInt(NAMES)));
        }
        String text = String.join(" ", sentenceNames) + " " + String.join(" ", sentenceTerms) + ".";
        sentences.add(new Sentence(s, s / 3, text, sentenceTerms, sentenceNames));
        if (s % 3 == 0) {
          paragraphs.add(text);
        }
        sentenceTerms.forEach(t -> terms.merge(t, 1, Integer::sum));
        sentenceNames.forEach(n -> names.merge(n, 1, Integer::sum));
      }
      String title = String.join(" ", titleNames) + " " + String.join(" ", titleTerms);
      Article article = new Article("bench/" + story + "/" + variant, "sha256:bench-" + story + "-" + variant, title,
          null, null, "2024-05-01", null, null, "en", null, paragraphs, List.of());
      return new Analysis(article, sentences, terms, names, List.of(), List.of());
    }

    private String background(Random random) {
      int rank = Arrays.binarySearch(zipf, random.nextDouble());
      return term(rank < 0 ? Math.min(TERMS - 1, -rank - 1) : rank);
    }

    private static String term(int rank) {
      return "w" + Integer.toString(rank, 36);
    }

    private static String name(int rank) {
      return "Name" + Integer.toString(rank, 36).toUpperCase(Locale.ROOT);
    }
  }
}
