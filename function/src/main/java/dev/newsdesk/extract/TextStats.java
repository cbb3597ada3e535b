package dev.newsdesk.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per-element text measures of a DOM subtree, computed in one iterative pass (no recursion, so any
 * depth is safe): visible characters, visible characters inside links, and whether a block-level
 * element lies below. A snapshot: it does not follow later changes to the tree.
 */
final class TextStats {
  /** Block-level tags: elements that start a new paragraph when the page is read. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "body", "blockquote", "li", "ul", "ol", "dl", "dd", "dt",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "footer", "nav", "aside", "form", "fieldset", "figure", "figcaption", "address",
      "details", "summary", "center", "hr", "hgroup", "menu", "dialog", "html");

  private static final int TEXT = 0;
  private static final int LINK = 1;
  private static final int BLOCKS = 2;

  private final Map<Element, int[]> stats;

  private TextStats(Map<Element, int[]> stats) {
    this.stats = stats;
  }

  /** Measures every element of the subtree rooted at {@code root}. */
  static TextStats of(Element root) {
    Builder builder = new Builder(root);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        builder.head(node);
      }

      @Override
      public void tail(Node node, int depth) {
        builder.tail(node);
      }
    }, root);
    return builder.build();
  }

  /**
   * Measures a subtree during a walk someone else drives (so a walk that also removes nodes can
   * measure what it keeps): call {@link #head} and {@link #tail} for every node the walk keeps, in
   * walk order, then {@link #build}. Single-use and not thread-safe.
   */
  static final class Builder {
    private final Element root;
    private final Map<Element, int[]> stats = new IdentityHashMap<>();
    private int linkDepth;

    Builder(Element root) {
      this.root = root;
    }

    void head(Node node) {
      if (node instanceof Element element) {
        stats.put(element, new int[3]);
        if (element.nameIs("a")) {
          linkDepth++;
        }
      }
    }

    void tail(Node node) {
      if (node instanceof TextNode text && node.parent() instanceof Element parent) {
        int[] counts = stats.get(parent);
        if (counts != null) {
          int visible = Prose.visibleLength(text.getWholeText());
          counts[TEXT] += visible;
          if (linkDepth > 0) {
            counts[LINK] += visible;
          }
        }
      } else if (node instanceof Element element) {
        if (element.nameIs("a")) {
          linkDepth--;
        }
        if (node != root && node.parent() instanceof Element parent) {
          int[] mine = stats.get(element);
          int[] theirs = stats.get(parent);
          if (theirs != null) {
            theirs[TEXT] += mine[TEXT];
            theirs[LINK] += mine[LINK];
            if (mine[BLOCKS] > 0 || BLOCK_TAGS.contains(element.normalName())) {
              theirs[BLOCKS]++;
            }
          }
        }
      }
    }

    TextStats build() {
      return new TextStats(stats);
    }
  }

  /** Visible (non-whitespace) characters in the element, 0 for an element not measured. */
  int text(Element element) {
    int[] counts = stats.get(element);
    return counts == null ? 0 : counts[TEXT];
  }

  /** Visible characters inside {@code <a>} elements. */
  int linkText(Element element) {
    int[] counts = stats.get(element);
    return counts == null ? 0 : counts[LINK];
  }

  /** Share of the element's text that is link text, from 0 to 1. */
  double linkDensity(Element element) {
    int text = text(element);
    return text == 0 ? 0 : (double) linkText(element) / text;
  }

  /** Whether a block-level element lies anywhere below this one. */
  boolean hasBlockInside(Element element) {
    int[] counts = stats.get(element);
    return counts != null && counts[BLOCKS] > 0;
  }
}
