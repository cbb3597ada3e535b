package dev.newsdesk.extract;

import dev.newsdesk.extract.LineClassifier.Kind;
import dev.newsdesk.extract.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page.
 *
 * <ol>
 *   <li>Parse with jsoup (which bounds the tree depth, so deeply nested input is safe).
 *   <li>Read the metadata with {@link MetadataReader}, before anything is removed (bylines and dates
 *       often sit in elements the cleaner drops).
 *   <li>Remove boilerplate elements with {@link PageCleaner}.
 *   <li>Find the main content's paragraphs with {@link MainContent}.
 *   <li>Keep only the paragraphs {@link LineClassifier} calls prose (the same rules as plain text).
 *   <li>When that gives less than {@link ExtractConfig#minBodyChars()} characters, parse the page
 *       again and repeat without removing elements for their class or id names; keep the longer body.
 *   <li>When the page's JSON-LD {@code articleBody} is more than twice as long as what the DOM gave,
 *       and long enough to be an article, use its paragraphs instead (warning
 *       {@code body from JSON-LD articleBody}).
 *   <li>Without any title in the metadata, use the first paragraph (warning
 *       {@code no title in page; used first line}).
 * </ol>
 * Immutable and thread-safe.
 */
final class HtmlExtractor {
  private static final double JSON_LD_BODY_RATIO = 2.0;

  private final MetadataReader metadata = new MetadataReader();
  private final PageCleaner cleaner;
  private final MainContent mainContent = new MainContent();
  private final LineClassifier classifier;
  private final ExtractConfig config;

  HtmlExtractor(PageCleaner cleaner, LineClassifier classifier, ExtractConfig config) {
    this.cleaner = cleaner;
    this.classifier = classifier;
    this.config = config;
  }

  /** Extracts metadata and paragraphs from decoded HTML. */
  Draft extract(String html) {
    Document page = Jsoup.parse(html);
    MetadataReader.PageMetadata meta = metadata.read(page);
    List<String> warnings = new ArrayList<>(meta.warnings());

    Kept prose = body(page, true);
    if (length(prose.paragraphs()) < config.minBodyChars()) {
      // Removing elements by class or id name can take the article with it (a wrapper named
      // "stickySidebar"); like Readability, try again without those rules and keep the longer body.
      Kept second = body(Jsoup.parse(html), false);
      if (length(second.paragraphs()) > length(prose.paragraphs())) {
        prose = second;
      }
    }
    List<String> paragraphs = prose.paragraphs();
    if (meta.jsonLdBody() != null) {
      Kept fromJsonLd = prose(TextExtractor.lines(meta.jsonLdBody()).stream().map(Line::text).toList());
      int domChars = length(paragraphs);
      int ldChars = length(fromJsonLd.paragraphs());
      if (ldChars >= config.minBodyChars() && ldChars > domChars * JSON_LD_BODY_RATIO) {
        paragraphs = fromJsonLd.paragraphs();
        warnings.add("body from JSON-LD articleBody");
      }
    }

    String title = meta.title();
    if (title == null && !paragraphs.isEmpty()) {
      title = Prose.cutAtWord(paragraphs.get(0), config.maxTitleChars());
      warnings.add("no title in page; used first line");
    }
    String byline = meta.byline() != null ? meta.byline() : prose.byline();
    return new Draft(title, meta.publisher(), meta.url(), meta.published(), meta.modified(), byline,
        meta.language(), meta.image(), paragraphs, warnings);
  }

  /** Cleans the page (changing it) and returns the prose of its main content. */
  private Kept body(Document page, boolean byName) {
    Element body = page.body();
    if (body == null) {
      return new Kept(List.of(), null);
    }
    cleaner.clean(body, byName);
    return prose(mainContent.paragraphs(body));
  }

  /** The prose among the blocks, and the first "By X" block seen. */
  private record Kept(List<String> paragraphs, String byline) {}

  private Kept prose(List<String> blocks) {
    List<Line> lines = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      lines.add(new Line(block, false));
    }
    List<Kind> kinds = classifier.classify(lines);
    List<String> paragraphs = new ArrayList<>();
    String byline = null;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) == Kind.PROSE) {
        paragraphs.add(lines.get(i).text());
      } else if (kinds.get(i) == Kind.BYLINE && byline == null) {
        byline = LineClassifier.byline(lines.get(i).text());
      }
    }
    return new Kept(paragraphs, byline);
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }
}
