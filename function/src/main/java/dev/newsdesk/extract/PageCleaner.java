package dev.newsdesk.extract;

import java.util.Locale;
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
 * The page is changed in place; callers pass a document they parsed themselves. The traversal is
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
   * Removes boilerplate elements below {@code root} (the page body).
   *
   * @param byName whether to remove elements for their class or id too (the first attempt); the
   *     second attempt, made when the first left too little text, passes {@code false}
   */
  void clean(Element root, boolean byName) {
    TextStats stats = TextStats.of(root);
    int bulk = (int) Math.ceil(stats.text(root) * BULK_SHARE);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (!(node instanceof Element element) || node == root) {
          return FilterResult.CONTINUE;
        }
        String name = element.normalName();
        if (ALWAYS.contains(name) || isHidden(element)) {
          return FilterResult.REMOVE;
        }
        boolean chrome = CHROME.contains(name) || (byName && isBoilerplateByName(element));
        if (chrome && stats.text(element) <= bulk) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private boolean isBoilerplateByName(Element element) {
    if (PROTECTED.contains(element.normalName()) || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String classes = element.attr("class");
    String id = element.id();
    return (!classes.isEmpty() || !id.isEmpty()) && selectors.matches(classes, id);
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
