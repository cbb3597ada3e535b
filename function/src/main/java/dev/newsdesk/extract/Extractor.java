package dev.newsdesk.extract;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ExtractResult;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The extract stage: raw bytes in, an {@link Article} or a {@link Rejection} out.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(ExtractConfig.DEFAULTS);
 * ExtractResult result = extractor.extract(new RawDocument(key, bytes, null, "text/html"));
 * }</pre>
 *
 * <p>Steps, in order (each may end in a rejection):
 * <ol>
 *   <li>No bytes: rejected as {@code empty}.
 *   <li>A file signature (PDF, PNG, JPEG, GIF, ZIP, gzip) or NUL bytes in the first kilobyte (unless a
 *       byte-order mark or the content type says UTF-16/UTF-32): rejected as {@code binary}. This runs
 *       before decoding because decoding a binary file is wasted work.
 *   <li>Decode (see {@link TextDecoder}); only whitespace left: rejected as {@code empty}.
 *   <li>HTML or plain text: HTML when the text starts with '{@code <}' and contains an HTML tag, or
 *       when the content type says HTML and the text has a '{@code <}' at all (a text file stored as
 *       {@code text/html} keeps its lines); extract with the matching extractor.
 *   <li>No title, or fewer body characters than {@link ExtractConfig#minBodyChars()}: rejected as
 *       {@code not-an-article}. Fewer than {@link ExtractConfig#shortBodyChars()}: warning
 *       {@code short body}.
 * </ol>
 *
 * <p>The rule lists under {@code /extract/} are read once, in the constructor. An instance is
 * immutable and thread-safe; {@link #extract} never modifies the document and never throws for bad
 * input.
 */
public final class Extractor {
  private final ExtractConfig config;
  private final TextExtractor text;
  private final HtmlExtractor html;

  /**
   * Builds an extractor and loads its rule lists.
   *
   * @param config the tunables; not null
   * @throws IllegalStateException when a rule file is missing from the classpath or holds a bad rule
   */
  public Extractor(ExtractConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    LineClassifier classifier = new LineClassifier(LineRules.load(), config.maxHeadingWords());
    this.text = new TextExtractor(classifier, config);
    this.html = new HtmlExtractor(new PageCleaner(SelectorRules.load()), classifier, config);
  }

  /**
   * Extracts the article in {@code doc}, or says why there is none.
   *
   * @param doc the raw document; not null
   * @return an {@link Article} whose {@code key} and {@code hash} are the document's, or a
   *     {@link Rejection} with reason {@code empty}, {@code binary} or {@code not-an-article}
   */
  public ExtractResult extract(RawDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String key = doc.key();
    String hash = doc.contentHash();
    byte[] bytes = doc.bytes();
    if (bytes.length == 0) {
      return new Rejection(key, hash, "empty", "'" + key + "' is empty (0 bytes).");
    }
    TextDecoder.Bom bom = TextDecoder.bom(bytes);
    boolean wide = (bom != null && bom.wide()) || (bom == null && TextDecoder.declaresWideCharset(doc.contentType()));
    String binary = ContentSniffer.binaryKind(bytes, wide);
    if (binary != null) {
      return new Rejection(key, hash, "binary", "'" + key + "' is " + binary + ", not text.");
    }

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, doc.contentType());
    CharSequence content = decoded.text();
    if (wide && ContentSniffer.hasNulChar(content)) {
      return new Rejection(key, hash, "binary", "'" + key + "' is a file with NUL characters, not text.");
    }
    if (Prose.isBlank(content)) {
      return new Rejection(key, hash, "empty", "'" + key + "' holds only whitespace.");
    }

    boolean isHtml = ContentSniffer.looksLikeHtml(content)
        || (ContentSniffer.isHtmlType(doc.contentType()) && ContentSniffer.contains(content, '<'));
    Draft draft = isHtml ? html.extract(content) : text.extract(content.toString());
    return accept(key, hash, draft, decoded.warnings(), isHtml ? "HTML page" : "text");
  }

  private ExtractResult accept(String key, String hash, Draft draft, List<String> decodeWarnings, String format) {
    if (draft.title() == null || draft.title().isBlank()) {
      return new Rejection(key, hash, "not-an-article",
          "'" + key + "' has no title and no article text in its " + format + ".");
    }
    int bodyChars = 0;
    for (String paragraph : draft.paragraphs()) {
      bodyChars += paragraph.length();
    }
    if (bodyChars < config.minBodyChars()) {
      return new Rejection(key, hash, "not-an-article",
          "'" + key + "' has " + bodyChars + " characters of article text, fewer than the "
              + config.minBodyChars() + " an article needs.");
    }
    TreeSet<String> warnings = new TreeSet<>(draft.warnings());
    warnings.addAll(decodeWarnings);
    if (bodyChars < config.shortBodyChars()) {
      warnings.add("short body");
    }
    return new Article(key, hash, draft.title(), draft.publisher(), draft.url(), draft.published(),
        draft.modified(), draft.byline(), draft.language(), draft.image(), draft.paragraphs(),
        new ArrayList<>(warnings));
  }
}
