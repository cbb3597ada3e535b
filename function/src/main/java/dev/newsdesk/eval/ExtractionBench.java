package dev.newsdesk.eval;

import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
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
 * <p>Two jobs are timed on every page of a corpus laid out like the extraction benchmark
 * ({@code html/<id>.html.gz}):
 * <ol>
 *   <li><b>baseline</b>: {@code Jsoup.parse(html).body().text()}, on the page already decoded to a
 *       string (decoding is left out, which favours the baseline);
 *   <li><b>extract</b>: {@link Extractor#extract} on the page's bytes (decoding, content hash,
 *       parsing, metadata, cleaning, main-content choice and filtering).
 * </ol>
 * After {@code warmupRounds} untimed rounds over all pages (so the JIT has compiled both paths), each
 * of {@code rounds} rounds times both jobs over all pages, alternating which goes first; a figure is
 * the median over rounds of milliseconds per page. Single-threaded. This is a benchmark, not a test:
 * nothing asserts a time.
 *
 * <p>This is the one class outside {@code extract} that imports jsoup: it needs jsoup's bare parse
 * as the baseline the extractor is measured against.
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  /**
   * The measured figures.
   *
   * @param pages            pages per round
   * @param rounds           timed rounds
   * @param jsoupMsPerPage   median milliseconds per page for jsoup parse + body text
   * @param extractMsPerPage median milliseconds per page for {@link Extractor#extract}
   * @param checksum         characters produced by both jobs (kept so the work cannot be optimised away)
   */
  public record Result(int pages, int rounds, double jsoupMsPerPage, double extractMsPerPage, long checksum) {
    /** Extraction time over baseline time. */
    public double ratio() {
      return jsoupMsPerPage == 0 ? 0 : extractMsPerPage / jsoupMsPerPage;
    }

    /** One line: both figures and their ratio. */
    public String format() {
      return String.format(Locale.ROOT,
          "pages %d, rounds %d (median): jsoup parse+text %.3f ms/page, extract %.3f ms/page, ratio %.2fx",
          pages, rounds, jsoupMsPerPage, extractMsPerPage, ratio());
    }
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
    List<RawDocument> docs = new ArrayList<>(pages.size());
    pages.forEach((id, bytes) -> {
      texts.add(new String(bytes, StandardCharsets.UTF_8));
      docs.add(ExtractionEval.document(id, bytes));
    });
    long checksum = 0;
    for (int i = 0; i < warmupRounds; i++) {
      checksum += baseline(texts) + extract(docs, extractor);
    }
    double[] jsoup = new double[rounds];
    double[] ours = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      boolean baselineFirst = i % 2 == 0;
      if (!baselineFirst) {
        long start = System.nanoTime();
        checksum += extract(docs, extractor);
        ours[i] = msPerPage(System.nanoTime() - start, docs.size());
      }
      long start = System.nanoTime();
      checksum += baseline(texts);
      jsoup[i] = msPerPage(System.nanoTime() - start, texts.size());
      if (baselineFirst) {
        start = System.nanoTime();
        checksum += extract(docs, extractor);
        ours[i] = msPerPage(System.nanoTime() - start, docs.size());
      }
    }
    return new Result(pages.size(), rounds, median(jsoup), median(ours), checksum);
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
