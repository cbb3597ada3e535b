package dev.newsdesk.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text from a parsed page, before the main content is scored.
 *
 * <ul>
 *   <li>Always: {@code script}, {@code style}, {@code noscript}, {@code template}, {@code iframe},
 *       {@code svg}, {@code button}, form controls, {@code figure}/{@code figcaption}, comments, and
 *       hidden elements ({@code hidden}, {@code aria-hidden="true"}, inline {@code display:none} or
 *       {@code visibility:hidden}).
 *   <li>Unless it holds the bulk of the page's text (more than half; then it is a page wrapper):
 *       {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code form}, {@code dialog}, and
 *       any element whose class or id has a word from {@code extract/boilerplate-selectors.txt}.
 *       {@code <article>}, {@code <main>} and {@code [itemprop=articleBody]} are never removed for
 *       their class or id.
 * </ul>
 * Text sizes come from the page's {@link PageScan}, made before anything was removed, so one walk
 * both removes and measures what is left (the {@link TextStats} that {@link MainContent} reads).
 * The page is changed in place; callers pass a document they parsed themselves. The walk is
 * iterative, so nesting depth does not matter. Immutable and thread-safe.
 */
final class PageCleaner {
  private static final Set<String> ALWAYS = Set.of(
      "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
      "math", "canvas", "video", "audio", "picture", "img", "map", "button", "input", "select", "option",
      "textarea", "label", "figure", "figcaption", "link", "meta", "title", "head");
  private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "form", "dialog", "menu");
  private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

  /** An element holding more than this share of the page's text is a wrapper, never boilerplate. */
  private static final double BULK_SHARE = 0.5;

  private final SelectorRules selectors;

  PageCleaner(SelectorRules selectors) {
    this.selectors = selectors;
  }

  /**
   * Removes boilerplate elements below the scanned page's body and measures what is left.
   *
   * @param scan   the scan of the page, made before anything was removed
   * @param byName whether to remove elements for their class or id too (the first attempt); the
   *     second attempt, made when the first left too little text, passes {@code false}
   * @return the text measures of the cleaned body
   * @throws IllegalArgumentException when the page has no body
   */
  TextStats clean(PageScan scan, boolean byName) {
    Element root = scan.body;
    if (root == null) {
      throw new IllegalArgumentException("the scanned page has no body");
    }
    int bulk = (int) Math.ceil(scan.bodyText() * BULK_SHARE);
    // Pages repeat the same class names thousands of times; each distinct value is matched once.
    Map<String, Integer> verdicts = new HashMap<>();
    TextStats.Builder kept = new TextStats.Builder(scan);
    NodeTraversor.filter(new NodeFilter() {
      /** The scan's number of the next element the walk meets (both walks go in document order). */
      private int next;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (node instanceof Element element) {
          int number = next++;
          if (node != root && isRemoved(element, number)) {
            next = number + scan.elementsBelow(number); // the removed subtree's elements are not met
            kept.removed(number);
            return FilterResult.REMOVE;
          }
          kept.head(element, number);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
          kept.tail(element);
        }
        return FilterResult.CONTINUE;
      }

      private boolean isRemoved(Element element, int number) {
        String name = element.normalName();
        if (ALWAYS.contains(name) || isHidden(element)) {
          return true;
        }
        boolean chrome = CHROME.contains(name) || (byName && isBoilerplateByName(element, verdicts));
        // A chrome element holding the bulk of the page's text is a page wrapper, not boilerplate.
        return chrome && scan.textBelow(number) <= bulk;
      }
    }, root);
    return kept.build();
  }

  private boolean isBoilerplateByName(Element element, Map<String, Integer> verdicts) {
    String classes = element.attr("class");
    String id = element.attr("id");
    if ((classes.isEmpty() && id.isEmpty()) || PROTECTED.contains(element.normalName())
        || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    return SelectorRules.matches(verdict(classes, verdicts), verdict(id, verdicts));
  }

  private int verdict(String value, Map<String, Integer> verdicts) {
    if (value.isEmpty()) {
      return SelectorRules.NEUTRAL;
    }
    Integer known = verdicts.get(value);
    if (known == null) {
      known = selectors.verdict(value);
      verdicts.put(value, known);
    }
    return known;
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
