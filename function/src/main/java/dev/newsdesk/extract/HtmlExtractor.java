package dev.newsdesk.extract;

import dev.newsdesk.extract.LineClassifier.Kind;
import dev.newsdesk.extract.LineClassifier.Line;
import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an article from an HTML page.
 *
 * <ol>
 *   <li>Parse with jsoup (which bounds the tree depth, so deeply nested input is safe).
 *   <li>Scan the page once ({@link PageScan}) and read the metadata with {@link MetadataReader},
 *       before anything is removed (bylines and dates often sit in elements the cleaner drops).
 *   <li>Remove boilerplate elements with {@link PageCleaner}.
 *   <li>Find the main content's blocks with {@link MainContent}.
 *   <li>Keep the blocks {@link ContentFilter} calls article text: paragraphs, and the article's own
 *       sub-headings, list items and table cells, without link lists, captions, bylines and blurbs.
 *   <li>When that gives less than {@link ExtractConfig#minBodyChars()} characters, parse the page
 *       again and repeat without removing elements for their class or id names; keep the longer body.
 *   <li>When the page's JSON-LD {@code articleBody} is more than twice as long as what the DOM gave,
 *       and long enough to be an article, use its paragraphs instead (warning
 *       {@code body from JSON-LD articleBody}).
 *   <li>Without any title in the metadata, use the first paragraph (warning
 *       {@code no title in page; used first line}).
 *   <li>Without a date in the metadata, take the dateline shown near the article, if any.
 * </ol>
 * Immutable and thread-safe.
 */
final class HtmlExtractor {
  private static final double JSON_LD_BODY_RATIO = 2.0;
  /** How many blocks before the main content a dateline is looked for. */
  private static final int DATELINE_REACH = 10;

  private final MetadataReader metadata = new MetadataReader();
  private final PageCleaner cleaner;
  private final MainContent mainContent = new MainContent();
  private final ContentFilter filter;
  private final LineClassifier classifier;
  private final ExtractConfig config;

  HtmlExtractor(PageCleaner cleaner, LineClassifier classifier, ExtractConfig config) {
    this.cleaner = cleaner;
    this.classifier = classifier;
    this.filter = new ContentFilter(classifier);
    this.config = config;
  }

  /** Extracts metadata and paragraphs from decoded HTML. */
  Draft extract(CharSequence html) {
    Document page = parse(html);
    PageScan scan = PageScan.of(page);
    MetadataReader.PageMetadata meta = metadata.read(page, scan);
    List<String> warnings = new ArrayList<>(meta.warnings());

    Kept prose = body(scan, true, meta.titles());
    if (length(prose.paragraphs()) < config.minBodyChars()) {
      // Removing elements by class or id name can take the article with it (a wrapper named
      // "stickySidebar"); like Readability, try again without those rules and keep the longer body.
      Kept second = body(PageScan.of(parse(html)), false, meta.titles());
      if (length(second.paragraphs()) > length(prose.paragraphs())) {
        prose = second;
      }
    }
    List<String> paragraphs = prose.paragraphs();
    // Its prose can be no longer than the raw text, so a short articleBody is not even read.
    if (meta.jsonLdBody() != null && meta.jsonLdBody().length() > length(paragraphs) * JSON_LD_BODY_RATIO) {
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
    String published = meta.published() != null ? meta.published() : prose.dates().published();
    String modified = meta.modified() != null ? meta.modified() : prose.dates().modified();
    return new Draft(title, meta.publisher(), meta.url(), published, modified, byline,
        meta.language(), meta.image(), paragraphs, warnings);
  }

  /**
   * Parses as {@link org.jsoup.Jsoup#parse(String)} does (the same parser, reading the same
   * characters), but reads text held in a char array in place instead of copying it into a String.
   */
  private static Document parse(CharSequence html) {
    Reader reader = html instanceof CharBuffer buffer && buffer.hasArray()
        ? new CharArrayReader(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining())
        : new StringReader(html.toString());
    return Parser.htmlParser().parseInput(reader, "");
  }

  /** Cleans the scanned page (changing it) and returns the article text of its main content. */
  private Kept body(PageScan scan, boolean byName, List<String> titles) {
    Element body = scan.body;
    if (body == null) {
      return new Kept(List.of(), null);
    }
    TextStats stats = cleaner.clean(scan, byName);
    MainContent.Content content = mainContent.find(body, stats);
    ContentFilter.Kept kept = filter.keep(content.blocks(), titles);
    return new Kept(kept.paragraphs(), kept.byline(), datelines(content));
  }

  /**
   * The article text, the first "By X" block seen, and the dates the page shows as text near the
   * article ({@code null} when it shows none).
   */
  private record Kept(List<String> paragraphs, String byline, Datelines dates) {
    Kept(List<String> paragraphs, String byline) {
      this(paragraphs, byline, new Datelines(null, null));
    }
  }

  /** Dates shown as lines of their own: "June 15, 2024", "Updated 11:02 AM June 16, 2024". */
  private record Datelines(String published, String modified) {}

  /**
   * The first publication and update date lines among the blocks from a few before the main content
   * (where the dateline usually stands, with the byline) to its end. Dates further up the page are
   * not read: a masthead shows today's date, not the article's.
   */
  private static Datelines datelines(MainContent.Content content) {
    List<MainContent.Block> all = content.all();
    if (content.blocks().isEmpty()) {
      return new Datelines(null, null);
    }
    MainContent.Block first = content.blocks().get(0);
    MainContent.Block last = content.blocks().get(content.blocks().size() - 1);
    int start = 0;
    while (start < all.size() && all.get(start) != first) {
      start++;
    }
    String published = null;
    String modified = null;
    for (int i = Math.max(0, start - DATELINE_REACH); i < all.size(); i++) {
      Dates.DateLine date = Dates.dateLine(all.get(i).text());
      if (date != null && date.updated()) {
        modified = modified == null ? date.iso() : modified;
      } else if (date != null) {
        published = published == null ? date.iso() : published;
      }
      if (all.get(i) == last || (published != null && modified != null)) {
        break;
      }
    }
    return new Datelines(published, modified);
  }

  /** The lines of a JSON-LD articleBody that are article text, as in plain text but keeping headings. */
  private Kept prose(List<String> blocks) {
    List<Line> lines = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      lines.add(new Line(block, false));
    }
    List<Kind> kinds = classifier.classify(lines);
    List<String> paragraphs = new ArrayList<>();
    String byline = null;
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = kinds.get(i);
      if (kind == Kind.PROSE || kind == Kind.NON_PROSE || kind == Kind.HEADING) {
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
