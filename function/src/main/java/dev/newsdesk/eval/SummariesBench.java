package dev.newsdesk.eval;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.publish.Json;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * How long the summarize stage takes to write one story, for stories of 5, 20 and 100 articles.
 *
 * <p>The articles are the documents of the development sets ({@code duc2003_task2} then
 * {@code multinews_val_sample250} under {@code shared/corpus/mds/}, in file order) when they are
 * there, else synthetic articles made from a fixed seed. A story of {@code n} articles is {@code n}
 * consecutive documents (for 20 and 100 that joins several events: a large story, which is what the
 * figure is for). Analysis and copy detection are done before timing; what is timed is
 * {@link StoryWriter#write}, everything the summarize stage does. After {@code warmupRounds} untimed
 * rounds over the stories of every size, each of {@code rounds} rounds times all stories of one size;
 * a figure is the
 * median over rounds of milliseconds per story, wall clock and this thread's CPU time (the steadier
 * figure when other processes share the machine). Single-threaded. A benchmark, not a test: nothing
 * asserts a time.
 */
public final class SummariesBench {
  /** Story sizes measured by {@link #run}. */
  public static final List<Integer> SIZES = List.of(5, 20, 100);
  /** Stories of one size measured at most. */
  private static final int MAX_STORIES = 12;

  private SummariesBench() {}

  /**
   * The figure for one story size.
   *
   * @param articles   articles per story
   * @param stories    stories timed per round
   * @param msPerStory    median wall-clock milliseconds per story
   * @param cpuMsPerStory median milliseconds of this thread's CPU time per story (steadier than wall
   *                      time on a busy machine); -1 when the JVM cannot measure it
   */
  public record Row(int articles, int stories, double msPerStory, double cpuMsPerStory) {}

  /**
   * The measured figures.
   *
   * @param corpus   where the articles came from: {@code development sets} or {@code synthetic}
   * @param rounds   timed rounds
   * @param rows     one row per story size
   * @param checksum sentences written (kept so that the work cannot be optimised away)
   */
  public record Result(String corpus, int rounds, List<Row> rows, long checksum) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** One line per size. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "summarize (%s, median of %d rounds):",
          corpus, rounds));
      for (Row r : rows) {
        out.append(String.format(Locale.ROOT, "%n  %3d articles/story: %8.2f ms/story (CPU %8.2f ms)  (%d stories)",
            r.articles(), r.msPerStory(), r.cpuMsPerStory(), r.stories()));
      }
      return out.toString();
    }
  }

  /**
   * Measures stories of {@link #SIZES} articles.
   *
   * @param mds          the folder of the development sets ({@code shared/corpus/mds}), or {@code null}
   *                     to use synthetic articles; synthetic too when its files are missing
   * @param warmupRounds untimed rounds first, at least 0
   * @param rounds       timed rounds, at least 1
   */
  public static Result run(Path mds, Analyzer analyzer, CopyDetector copies, StoryWriter writer, Json json,
      int warmupRounds, int rounds) {
    Objects.requireNonNull(analyzer, "analyzer");
    int needed = SIZES.stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Article> articles = mds == null ? List.of() : development(mds, analyzer, copies, writer, json);
    String corpus = "development sets";
    if (articles.size() < needed) {
      articles = synthetic(needed * 3, 20_240_207L);
      corpus = "synthetic";
    }
    List<Analysis> analysed = new ArrayList<>(articles.size());
    articles.forEach(a -> analysed.add(analyzer.analyze(a)));
    return measure(corpus, analysed, copies, writer, warmupRounds, rounds);
  }

  /**
   * Measures stories of {@link #SIZES} articles made from consecutive {@code articles}.
   *
   * @throws IllegalArgumentException when there are fewer articles than the largest size, or the
   *                                  round counts are out of range
   */
  public static Result measure(String corpus, List<Analysis> articles, CopyDetector copies, StoryWriter writer,
      int warmupRounds, int rounds) {
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(writer, "writer");
    if (warmupRounds < 0 || rounds < 1) {
      throw new IllegalArgumentException("warmupRounds must be >= 0 and rounds >= 1, were "
          + warmupRounds + " and " + rounds);
    }
    List<List<List<Analysis>>> stories = new ArrayList<>();
    List<List<List<CopyLink>>> links = new ArrayList<>();
    for (int size : SIZES) {
      if (articles.size() < size) {
        throw new IllegalArgumentException("stories of " + size + " articles need that many, got " + articles.size());
      }
      List<List<Analysis>> ofSize = new ArrayList<>();
      List<List<CopyLink>> linksOfSize = new ArrayList<>();
      for (int from = 0; from + size <= articles.size() && ofSize.size() < MAX_STORIES; from += size) {
        List<Analysis> members = articles.subList(from, from + size);
        ofSize.add(members);
        linksOfSize.add(copies.detect(members));
      }
      stories.add(ofSize);
      links.add(linksOfSize);
    }
    long checksum = 0;
    // Warm up on every size before timing any, so that the first size is not timed colder.
    for (int i = 0; i < warmupRounds; i++) {
      for (int k = 0; k < SIZES.size(); k++) {
        checksum += writeAll(stories.get(k), links.get(k), writer);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < SIZES.size(); k++) {
      int count = stories.get(k).size();
      double[] ms = new double[rounds];
      double[] cpu = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        checksum += writeAll(stories.get(k), links.get(k), writer);
        ms[i] = (System.nanoTime() - start) / 1e6 / count;
        cpu[i] = cpuStart < 0 ? -1 : (cpuNanos() - cpuStart) / 1e6 / count;
      }
      rows.add(new Row(SIZES.get(k), count, median(ms), median(cpu)));
    }
    return new Result(corpus, rounds, rows, checksum);
  }

  /** This thread's CPU time in nanoseconds, or -1 when the JVM does not measure it. */
  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  private static long writeAll(List<List<Analysis>> stories, List<List<CopyLink>> links, StoryWriter writer) {
    long sentences = 0;
    for (int i = 0; i < stories.size(); i++) {
      var draft = writer.write(stories.get(i), links.get(i));
      sentences += draft.summary().size() + draft.body().stream().mapToInt(s -> s.sentences().size()).sum();
    }
    return sentences;
  }

  private static List<Article> development(Path mds, Analyzer analyzer, CopyDetector copies, StoryWriter writer,
      Json json) {
    SummariesEval eval = new SummariesEval(analyzer, copies, writer, Objects.requireNonNull(json, "json"));
    List<Article> out = new ArrayList<>();
    for (String set : List.of("duc2003_task2", "multinews_val_sample250")) {
      Path file = mds.resolve(set).resolve("clusters.jsonl");
      if (Files.isRegularFile(file)) {
        eval.read(file).forEach(c -> c.docs().forEach(d -> out.add(d.article())));
      }
    }
    return out;
  }

  /**
   * Deterministic made-up news articles: every five share a topic (names, places and topic words),
   * each of twenty sentences in paragraphs of two, so that stories have something to agree on.
   */
  static List<Article> synthetic(int count, long seed) {
    Random random = new Random(seed);
    String[] common = ("officials report city government police people week statement attack forces minister "
        + "president country region security capital group leaders meeting talks plan crisis support water "
        + "market election court vote border troops village hospital school road bridge fire storm").split(" ");
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Random topic = new Random(seed + i / 5);
      String[] names = new String[6];
      for (int k = 0; k < names.length; k++) {
        names[k] = word(topic, true) + " " + word(topic, true);
      }
      String[] words = new String[25];
      for (int k = 0; k < words.length; k++) {
        words[k] = word(topic, false);
      }
      List<String> paragraphs = new ArrayList<>();
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < 20; s++) {
        int length = 12 + random.nextInt(18);
        StringBuilder sentence = new StringBuilder(names[random.nextInt(names.length)]);
        for (int w = 1; w < length; w++) {
          int pick = random.nextInt(10);
          sentence.append(' ').append(pick < 4 ? words[random.nextInt(words.length)]
              : pick < 5 ? names[random.nextInt(names.length)] : common[random.nextInt(common.length)]);
        }
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence).append('.');
        if (s % 2 == 1) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
      }
      String title = names[0] + " " + words[0] + " " + words[1] + " " + common[random.nextInt(common.length)];
      String key = String.format(Locale.ROOT, "synthetic/%04d.txt", i);
      out.add(new Article(key, Hashes.sha256(key + "\n" + String.join("\n", paragraphs)), title, null, null,
          String.format(Locale.ROOT, "2024-02-%02d", 1 + i % 28), null, null, "en", null, paragraphs, List.of()));
    }
    return out;
  }

  private static String word(Random random, boolean capital) {
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    int syllables = 2 + random.nextInt(2);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(5)));
    }
    if (capital) {
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    }
    return w.toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * Runs the benchmark from the command line: {@code SummariesBench [mds-folder] [warmup] [rounds]}
   * (defaults: {@code ../../shared/corpus/mds} from {@code function/}, 10 and 7).
   */
  public static void main(String... args) {
    Path mds = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/mds");
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    var analyzer = new Analyzer(AnalyzeConfig.DEFAULTS);
    var copies = new CopyDetector(DedupeConfig.DEFAULTS);
    var writer = new StoryWriter(SummarizeConfig.DEFAULTS);
    System.out.println(run(Files.isDirectory(mds) ? mds : null, analyzer, copies, writer, new Json(), warmup, rounds)
        .format());
  }
}
