package dev.newsdesk.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Per-element text measures of a cleaned DOM subtree: visible characters, visible characters inside
 * links, and whether a block-level element lies below. Made during the walk that cleans the page (see
 * {@link Builder}), from the counts of the page's {@link PageScan}, so no text is measured twice. A
 * snapshot: it does not follow later changes to the tree.
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
  /** While building: visible characters in removed subtrees below the element. */
  private static final int REMOVED = 3;
  /** While building: the element's number in the scan. */
  private static final int NUMBER = 4;

  private final Map<Element, int[]> stats;

  private TextStats(Map<Element, int[]> stats) {
    this.stats = stats;
  }

  /**
   * Measures the elements a walk over a scanned page keeps, while the walk removes the others: call
   * {@link #head} and {@link #tail} for every element kept and {@link #removed} for the root of every
   * subtree removed, in walk order (document order, the scan's), then {@link #build}. An element's
   * text is what the scan counted below it less what was removed below it; its link text is all of
   * its text inside an {@code <a>}, else the sum over its children. Single-use and not thread-safe.
   */
  static final class Builder {
    private final PageScan scan;
    private final Map<Element, int[]> stats = new IdentityHashMap<>();
    /** The counts of the open elements, innermost last. */
    private int[][] open = new int[64][];
    private int depth;
    private int linkDepth;

    Builder(PageScan scan) {
      this.scan = scan;
    }

    /** An element the walk keeps, before its children; {@code number} is its number in the scan. */
    void head(Element element, int number) {
      int[] counts = new int[5];
      counts[NUMBER] = number;
      stats.put(element, counts);
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = counts;
      if (element.nameIs("a")) {
        linkDepth++;
      }
    }

    /** The subtree of the element numbered {@code number} in the scan was removed from the innermost open element. */
    void removed(int number) {
      open[depth - 1][REMOVED] += scan.textBelow(number);
    }

    /** A kept element, after its children. */
    void tail(Element element) {
      int[] mine = open[--depth];
      mine[TEXT] = scan.textBelow(mine[NUMBER]) - mine[REMOVED];
      if (linkDepth > 0) {
        mine[LINK] = mine[TEXT]; // inside a link (or one itself): all its text is link text
      }
      if (element.nameIs("a")) {
        linkDepth--;
      }
      if (depth > 0) {
        int[] theirs = open[depth - 1];
        theirs[LINK] += mine[LINK];
        theirs[REMOVED] += mine[REMOVED];
        if (mine[BLOCKS] > 0 || BLOCK_TAGS.contains(element.normalName())) {
          theirs[BLOCKS]++;
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
