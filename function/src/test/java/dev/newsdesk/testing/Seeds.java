package dev.newsdesk.testing;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.WordList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five seed articles (bundled as samples, see samples/seeds/README.md) through the real extract
 * and analyze stages, for stage tests that need realistic input.
 */
public final class Seeds {
  private static final Extractor EXTRACTOR = new Extractor(ExtractConfig.DEFAULTS);
  private static final Analyzer ANALYZER = new Analyzer(AnalyzeConfig.DEFAULTS);

  private Seeds() {}

  /** Raw bytes by input key {@code articles/<file>}, in file order. */
  public static Map<String, byte[]> raw() {
    Map<String, byte[]> samples = new LinkedHashMap<>();
    for (String name : WordList.load("/samples/index.txt").entries()) {
      try (InputStream in = Seeds.class.getResourceAsStream("/samples/" + name)) {
        samples.put("articles/" + name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return samples;
  }

  /** The analysed seeds by their three-digit number ("000" .. "004"). */
  public static Map<String, Analysis> analysed() {
    Map<String, Analysis> out = new LinkedHashMap<>();
    raw().forEach((key, bytes) -> out.put(number(key),
        ANALYZER.analyze((Article) EXTRACTOR.extract(new RawDocument(key, bytes, null, "text/plain")))));
    return out;
  }

  /** An article made from paragraphs, analysed: for hand-written test texts. */
  public static Analysis article(String key, String title, String published, List<String> paragraphs) {
    String hash = Hashes.sha256(title + "\n" + String.join("\n", paragraphs));
    return ANALYZER.analyze(new Article(key, hash, title, null, null, published, null, null, "en", null,
        paragraphs, List.of()));
  }

  /** The seed's three-digit number from its key, e.g. "002". */
  public static String number(String key) {
    String file = key.substring(key.lastIndexOf('/') + 1);
    return file.substring(0, 3);
  }
}
