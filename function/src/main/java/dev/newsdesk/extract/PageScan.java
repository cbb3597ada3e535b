package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a freshly parsed page, before anything is removed, gathering what two later steps
 * need: the elements {@link MetadataReader} reads (a CSS query per field would walk the page a dozen
 * times) and, for {@link PageCleaner}, the visible characters below every element of the body.
 *
 * <p>Body elements are numbered in document (pre-)order, the order in which any walk from the body
 * meets them, so a walk can look an element's size up by counting instead of hashing, and skip a
 * removed subtree by adding its element count. The numbering describes the page as it was scanned:
 * a scan is used once, on the page it was made from, before that page changes.
 *
 * <p>Lists are in document order. Single-use and not thread-safe.
 */
final class PageScan {
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> metas = new ArrayList<>();
  final List<Element> published = new ArrayList<>();
  final List<Element> modified = new ArrayList<>();
  final List<Element> bylineClassed = new ArrayList<>();
  Element canonical;
  Element imageLink;
  Element author;
  Element title;
  Element firstHeading;
  Element pubdateTime;
  Element articleTime;
  Element mainTime;

  /** The page's body (or frameset), whose elements are numbered; null for a page without one. */
  final Element body;

  /** Visible characters below each body element, by pre-order number (0 is the body). */
  private int[] textBelow = new int[256];
  /** Elements in each body element's subtree, itself included, by pre-order number. */
  private int[] elementsBelow = new int[256];
  private int bodyElements;

  private int articleDepth;
  private int mainDepth;
  private int bodyDepth;

  private PageScan(Element body) {
    this.body = body;
  }

  /** Scans a parsed page. */
  static PageScan of(Document page) {
    PageScan scan = new PageScan(page.body());
    NodeTraversor.traverse(new NodeVisitor() {
      /** Pre-order numbers of the open body elements, innermost last. */
      private int[] open = new int[64];
      private int depth;

      @Override
      public void head(Node node, int ignored) {
        if (node instanceof TextNode text) {
          if (depth > 0) {
            scan.textBelow[open[depth - 1]] += Prose.visibleLength(text.getWholeText());
          }
        } else if (node instanceof Element element) {
          if (element == scan.body) {
            scan.bodyDepth++;
          }
          scan.visit(element);
          if (scan.bodyDepth > 0) {
            int number = scan.number();
            if (depth == open.length) {
              open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = number;
          }
        }
      }

      @Override
      public void tail(Node node, int ignored) {
        if (!(node instanceof Element element)) {
          return;
        }
        if (scan.bodyDepth > 0) {
          int number = open[--depth];
          scan.elementsBelow[number] = scan.bodyElements - number;
          if (depth > 0) {
            scan.textBelow[open[depth - 1]] += scan.textBelow[number];
          }
        }
        scan.leave(element);
        if (element == scan.body) {
          scan.bodyDepth--;
        }
      }
    }, page);
    return scan;
  }

  /** Visible characters below the body element with pre-order number {@code number}. */
  int textBelow(int number) {
    return textBelow[number];
  }

  /** Elements in the subtree of the body element numbered {@code number}, itself included. */
  int elementsBelow(int number) {
    return elementsBelow[number];
  }

  /** Visible characters in the whole body. */
  int bodyText() {
    return bodyElements == 0 ? 0 : textBelow[0];
  }

  private int number() {
    if (bodyElements == textBelow.length) {
      textBelow = Arrays.copyOf(textBelow, bodyElements * 2);
      elementsBelow = Arrays.copyOf(elementsBelow, bodyElements * 2);
    }
    return bodyElements++;
  }

  private void visit(Element element) {
    String name = element.normalName();
    switch (name) {
      case "article" -> articleDepth++;
      case "main" -> mainDepth++;
      case "script" -> {
        if (is(element, "type", "application/ld+json")) {
          jsonLd.add(element);
        }
      }
      case "meta" -> {
        if (element.hasAttr("content")) {
          metas.add(element);
        }
      }
      case "link" -> {
        if (canonical == null && is(element, "rel", "canonical")) {
          canonical = element;
        } else if (imageLink == null && is(element, "rel", "image_src")) {
          imageLink = element;
        }
      }
      case "title" -> title = title == null && bodyDepth == 0 ? element : title;
      case "h1" -> firstHeading = firstHeading == null && bodyDepth > 0 ? element : firstHeading;
      case "time" -> {
        if (element.hasAttr("datetime")) {
          if (pubdateTime == null && element.hasAttr("pubdate")) {
            pubdateTime = element;
          }
          if (articleTime == null && articleDepth > 0) {
            articleTime = element;
          }
          if (mainTime == null && mainDepth > 0) {
            mainTime = element;
          }
        }
      }
      default -> { }
    }
    String itemprop = element.attr("itemprop");
    if (!itemprop.isEmpty()) {
      // itemprop may hold several names: itemprop="datePublished dateCreated"
      if (hasToken(itemprop, "datePublished")) {
        published.add(element);
      } else if (hasToken(itemprop, "dateModified")) {
        modified.add(element);
      } else if (author == null && hasToken(itemprop, "author")) {
        author = element;
      }
    }
    if (author == null && name.equals("a") && is(element, "rel", "author")) {
      author = element;
    }
    if (containsIgnoreCase(element.attr("class"), "byline")) {
      bylineClassed.add(element);
    }
  }

  private void leave(Element element) {
    switch (element.normalName()) {
      case "article" -> articleDepth--;
      case "main" -> mainDepth--;
      default -> { }
    }
  }

  /** Whether a space-separated list holds {@code token}, ignoring case. */
  private static boolean hasToken(String list, String token) {
    int at = 0;
    while (at < list.length()) {
      while (at < list.length() && Prose.isSpace(list.charAt(at))) {
        at++;
      }
      int end = at;
      while (end < list.length() && !Prose.isSpace(list.charAt(end))) {
        end++;
      }
      if (end - at == token.length() && list.regionMatches(true, at, token, 0, token.length())) {
        return true;
      }
      at = end;
    }
    return false;
  }

  private static boolean is(Element element, String attribute, String value) {
    return element.attr(attribute).strip().equalsIgnoreCase(value);
  }

  /**
   * Whether {@code text} contains {@code word} (at least two lower-case ASCII letters) in any case,
   * without copying: the occurrences of its second letter in either case are found with
   * {@link String#indexOf(int, int)}, and only there is the word compared. {@code c | 0x20}
   * lower-cases an ASCII letter and maps no other character onto one.
   */
  private static boolean containsIgnoreCase(String text, String word) {
    char second = word.charAt(1);
    return containsAround(text, word, second) || containsAround(text, word, (char) (second - ('a' - 'A')));
  }

  /** Whether {@code word} occurs with its second letter at one of the places {@code text} has {@code second}. */
  private static boolean containsAround(String text, String word, char second) {
    int last = text.length() - word.length() + 1; // the last place the second letter can stand
    for (int at = text.indexOf(second, 1); at >= 0 && at <= last; at = text.indexOf(second, at + 1)) {
      int start = at - 1;
      int k = 0;
      while (k < word.length() && (text.charAt(start + k) | 0x20) == word.charAt(k)) {
        k++;
      }
      if (k == word.length()) {
        return true;
      }
    }
    return false;
  }
}
