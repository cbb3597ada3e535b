package dev.newsdesk.eval;

import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.publish.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Article-body extraction on a corpus laid out like the Zyte / Scrapinghub benchmark
 * ({@code html/<id>.html.gz}, and {@code ground-truth.json} beside it), written and scored the way
 * {@code shared/eval/extraction/score.py} reads and scores predictions.
 *
 * <pre>{@code
 * ExtractionEval eval = new ExtractionEval(new Extractor(ExtractConfig.DEFAULTS));
 * Map<String, String> bodies = eval.run(corpus);
 * eval.write(bodies, Path.of("ours.json"));
 * ExtractionScores scores = eval.score(bodies, corpus.resolve("ground-truth.json"));
 * }</pre>
 *
 * Each page is extracted as the desk would extract an upload: key {@code html/<id>.html}, content
 * type {@code text/html}, no upload time. The article body is the paragraphs joined by newlines;
 * a rejected page has an empty body. Thread-safe when the extractor is (ours is).
 */
public final class ExtractionEval {
  /** The folder of gzipped pages inside a corpus. */
  public static final String HTML_DIR = "html";
  /** The suffix of a page file; the page id is the file name without it. */
  public static final String PAGE_SUFFIX = ".html.gz";

  private final Extractor extractor;
  private final Json json = new Json();

  /** An evaluation that extracts with {@code extractor}. */
  public ExtractionEval(Extractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Extracts every page of a corpus.
   *
   * @param corpusDir a folder holding {@code html/<id>.html.gz}
   * @return page id to article body, sorted by id
   * @throws UncheckedIOException when the folder or a page cannot be read
   */
  public Map<String, String> run(Path corpusDir) {
    Map<String, String> bodies = new TreeMap<>();
    for (Map.Entry<String, byte[]> page : pages(corpusDir).entrySet()) {
      bodies.put(page.getKey(), body(extractor.extract(document(page.getKey(), page.getValue()))));
    }
    return bodies;
  }

  /**
   * The raw pages of a corpus, unzipped, by id (sorted).
   *
   * @throws UncheckedIOException when the folder or a page cannot be read
   */
  public static Map<String, byte[]> pages(Path corpusDir) {
    Path html = corpusDir.resolve(HTML_DIR);
    Map<String, byte[]> pages = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(html, "*" + PAGE_SUFFIX)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        pages.put(name.substring(0, name.length() - PAGE_SUFFIX.length()), gunzip(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pages in " + html, e);
    }
    return pages;
  }

  /** The document the desk would see for page {@code id}. */
  public static RawDocument document(String id, byte[] html) {
    return new RawDocument(HTML_DIR + "/" + id + ".html", html, null, "text/html");
  }

  /** The article body of a result: paragraphs joined by newlines, empty for a rejection. */
  public static String body(ExtractResult result) {
    return result instanceof Article article ? String.join("\n", article.paragraphs()) : "";
  }

  /**
   * Writes predictions as {@code {"<id>": {"articleBody": "..."}}}, sorted by id, the format
   * score.py reads.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Map<String, String> bodies, Path out) {
    Map<String, Map<String, String>> document = new TreeMap<>();
    bodies.forEach((id, body) -> document.put(id, Map.of("articleBody", body)));
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(out, json.write(document));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /**
   * Scores predictions against a ground-truth file ({@code {"<id>": {"articleBody": "..."}}}) exactly
   * as score.py does (see {@link ExtractionScores}).
   *
   * @throws IllegalArgumentException when the file is not such a document or a page has no prediction
   * @throws UncheckedIOException     when the file cannot be read
   */
  public ExtractionScores score(Map<String, String> predicted, Path groundTruthJson) {
    return ExtractionScores.of(truth(groundTruthJson), predicted);
  }

  /**
   * The true bodies of a ground-truth file, in file order; a value that is not an object with a string
   * {@code articleBody} reads as an empty body, as in score.py.
   */
  public Map<String, String> truth(Path groundTruthJson) {
    String text;
    try {
      text = Files.readString(groundTruthJson, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + groundTruthJson, e);
    }
    Map<String, String> truth = new LinkedHashMap<>();
    json.readObject(text, groundTruthJson.toString()).forEach((id, value) -> truth.put(id, bodyOf(value)));
    return truth;
  }

  private static String bodyOf(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> map && map.get("articleBody") instanceof String s) {
      return s;
    }
    return "";
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
