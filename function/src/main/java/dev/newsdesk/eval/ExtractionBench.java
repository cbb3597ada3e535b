package dev.newsdesk.eval;

import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;

/**
 * How fast the extract stage is next to jsoup alone, on the same pages in the same JVM.
 *
 * <p>Three jobs are timed on every page of a corpus laid out like the extraction benchmark
 * ({@code html/<id>.html.gz}):
 * <ol>
 *   <li><b>jsoup</b> (the baseline): {@code Jsoup.parse(html).body().text()}, on the page already
 *       decoded to a string;
 *   <li><b>jsoup from bytes</b>: the same after {@code new String(bytes, UTF_8)}, the cheapest way
 *       from the stored bytes to jsoup's input, which the extractor has to take too;
 *   <li><b>extract</b>: {@link Extractor#extract} on the page's bytes (charset detection and decoding,
 *       content hash, parsing, metadata, cleaning, main-content choice and filtering).
 * </ol>
 * After {@code warmupRounds} untimed rounds over all pages (so the JIT has compiled every path), each
 * of {@code rounds} rounds times the jobs over all pages, in a rotating order; a figure is
 * the median over rounds of milliseconds per page. Two clocks are read: elapsed (wall) time, which
 * includes garbage collection and is the figure to quote on a quiet machine, and the thread's CPU
 * time, which other processes on a busy machine disturb far less (it leaves out the collector's
 * threads). Single-threaded. This is a benchmark, not a test: nothing asserts a time.
 *
 * <p>This is the one class outside {@code extract} that imports jsoup: it needs jsoup's bare parse
 * as the baseline the extractor is measured against.
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  /**
   * The measured figures.
   *
   * @param pages               pages per round
   * @param rounds              timed rounds
   * @param jsoupMsPerPage          median elapsed milliseconds per page for jsoup parse + body text
   * @param jsoupBytesMsPerPage     the same with decoding the bytes first
   * @param extractMsPerPage        median elapsed milliseconds per page for {@link Extractor#extract}
   * @param jsoupCpuMsPerPage       median CPU milliseconds per page for the baseline (-1 when the JVM
   *                                cannot measure thread CPU time)
   * @param jsoupBytesCpuMsPerPage  median CPU milliseconds per page for jsoup from bytes (-1 likewise)
   * @param extractCpuMsPerPage     median CPU milliseconds per page for the extractor (-1 likewise)
   * @param checksum                characters produced by the jobs (kept so the work cannot be optimised away)
   */
  public record Result(int pages, int rounds, double jsoupMsPerPage, double jsoupBytesMsPerPage,
      double extractMsPerPage, double jsoupCpuMsPerPage, double jsoupBytesCpuMsPerPage, double extractCpuMsPerPage,
      long checksum) {
    /** Extraction time over baseline time, elapsed. */
    public double ratio() {
      return jsoupMsPerPage == 0 ? 0 : extractMsPerPage / jsoupMsPerPage;
    }

    /** Extraction time over baseline time, CPU; -1 when not measured. */
    public double cpuRatio() {
      return jsoupCpuMsPerPage <= 0 ? -1 : extractCpuMsPerPage / jsoupCpuMsPerPage;
    }

    /** Extraction time over the time of jsoup from bytes, elapsed. */
    public double bytesRatio() {
      return jsoupBytesMsPerPage == 0 ? 0 : extractMsPerPage / jsoupBytesMsPerPage;
    }

    /** Lines giving the figures and their ratios. */
    public String format() {
      return String.format(Locale.ROOT,
          "pages %d, rounds %d, median ms/page%n"
              + "  elapsed: jsoup parse+text %.3f, jsoup from bytes %.3f, extract %.3f; ratio %.2fx (%.2fx from bytes)%n"
              + "  CPU:     jsoup parse+text %.3f, jsoup from bytes %.3f, extract %.3f; ratio %.2fx (%.2fx from bytes)",
          pages, rounds, jsoupMsPerPage, jsoupBytesMsPerPage, extractMsPerPage, ratio(), bytesRatio(),
          jsoupCpuMsPerPage, jsoupBytesCpuMsPerPage, extractCpuMsPerPage, cpuRatio(),
          jsoupBytesCpuMsPerPage <= 0 ? -1 : extractCpuMsPerPage / jsoupBytesCpuMsPerPage);
    }
  }

  /**
   * Prints the figures for a corpus folder: {@code ExtractionBench <corpusDir> [warmupRounds]
   * [rounds]} (defaults 5 and 9).
   */
  public static void main(String... args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ExtractionBench <corpusDir> [warmupRounds] [rounds]");
      System.exit(2);
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    System.out.println(run(Path.of(args[0]), new Extractor(ExtractConfig.DEFAULTS), warmup, rounds)
        .format());
  }

  /**
   * Measures on every page of a corpus folder.
   *
   * @param corpusDir    a folder holding {@code html/<id>.html.gz}
   * @param extractor    the extractor to measure
   * @param warmupRounds untimed rounds first, at least 0
   * @param rounds       timed rounds, at least 1
   */
  public static Result run(Path corpusDir, Extractor extractor, int warmupRounds, int rounds) {
    return measure(ExtractionEval.pages(corpusDir), extractor, warmupRounds, rounds);
  }

  /**
   * Measures on the given pages (id to raw bytes).
   *
   * @param pages        the pages, each UTF-8 or declaring its charset
   * @param extractor    the extractor to measure
   * @param warmupRounds untimed rounds first, at least 0
   * @param rounds       timed rounds, at least 1
   * @throws IllegalArgumentException when there are no pages or the round counts are out of range
   */
  public static Result measure(Map<String, byte[]> pages, Extractor extractor, int warmupRounds, int rounds) {
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(extractor, "extractor");
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to measure");
    }
    if (warmupRounds < 0 || rounds < 1) {
      throw new IllegalArgumentException("warmupRounds must be >= 0 and rounds >= 1, were "
          + warmupRounds + " and " + rounds);
    }
    List<String> texts = new ArrayList<>(pages.size());
    List<byte[]> raw = new ArrayList<>(pages.size());
    List<RawDocument> docs = new ArrayList<>(pages.size());
    pages.forEach((id, bytes) -> {
      texts.add(new String(bytes, StandardCharsets.UTF_8));
      raw.add(bytes);
      docs.add(ExtractionEval.document(id, bytes));
    });
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    if (cpu && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    long checksum = 0;
    for (int i = 0; i < warmupRounds; i++) {
      for (int job = 0; job < JOBS; job++) {
        checksum += run(job, texts, raw, docs, extractor);
      }
    }
    double[][] wall = new double[JOBS][rounds];
    double[][] cpuMs = new double[JOBS][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int turn = 0; turn < JOBS; turn++) {
        int job = (i + turn) % JOBS; // each job goes first in turn
        long wallStart = System.nanoTime();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        checksum += run(job, texts, raw, docs, extractor);
        long cpuTime = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        wall[job][i] = msPerPage(System.nanoTime() - wallStart, pages.size());
        cpuMs[job][i] = cpu ? msPerPage(cpuTime, pages.size()) : -1;
      }
    }
    return new Result(pages.size(), rounds, median(wall[JSOUP]), median(wall[JSOUP_BYTES]), median(wall[EXTRACT]),
        median(cpuMs[JSOUP]), median(cpuMs[JSOUP_BYTES]), median(cpuMs[EXTRACT]), checksum);
  }

  private static final int JSOUP = 0;
  private static final int JSOUP_BYTES = 1;
  private static final int EXTRACT = 2;
  private static final int JOBS = 3;

  private static long run(int job, List<String> texts, List<byte[]> raw, List<RawDocument> docs, Extractor extractor) {
    return switch (job) {
      case JSOUP -> baseline(texts);
      case JSOUP_BYTES -> fromBytes(raw);
      default -> extract(docs, extractor);
    };
  }

  private static long fromBytes(List<byte[]> raw) {
    long chars = 0;
    for (byte[] bytes : raw) {
      chars += Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body().text().length();
    }
    return chars;
  }

  private static long baseline(List<String> texts) {
    long chars = 0;
    for (String html : texts) {
      chars += Jsoup.parse(html).body().text().length();
    }
    return chars;
  }

  private static long extract(List<RawDocument> docs, Extractor extractor) {
    long chars = 0;
    for (RawDocument doc : docs) {
      ExtractResult result = extractor.extract(doc);
      chars += ExtractionEval.body(result).length();
    }
    return chars;
  }

  private static double msPerPage(long nanos, int pages) {
    return nanos / 1e6 / pages;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
