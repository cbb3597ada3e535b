package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of a cleaned page and returns its blocks.
 *
 * <ol>
 *   <li><b>Blocks.</b> Every block-level element with no block-level element below it is one block
 *       ({@code <p>}, {@code <li>}, {@code <h2>}, a {@code <div>} holding only text...). Text standing
 *       directly in an element that also holds blocks (text between two {@code <div>}s) forms an
 *       anonymous block of its own; two {@code <br>}s in a row end such a block. A block inside a
 *       link is all link.
 *   <li><b>Scores.</b> A block with at least {@value #MIN_SCORED_CHARS} visible characters that is not
 *       a heading scores {@code 1 + commas + min(chars / 100, 3)}, times {@code 1 - link density}. Its
 *       score goes to its parent in full and to its grandparent by half; a list item's parent is the
 *       list's parent (a list is part of the text around it). A container's score is then multiplied
 *       by {@code 1 - its link density}, and by 1.5 for {@code [itemprop=articleBody]}, 1.25 for
 *       {@code <article>}, 1.1 for {@code <main>}.
 *   <li><b>Choice.</b> The best container wins. While an ancestor up to three levels up holds at least
 *       1.25 times as much prose (paragraphs that end like sentences and are not mostly links; list
 *       items do not count, so a ticker of teasers cannot pull the choice up), that ancestor wins
 *       instead (articles cut into chunks by ad slots). Siblings that score at least a fifth as well,
 *       and sibling paragraphs that are long with few links, are taken too. So are the other chunks
 *       of an article split into sections further apart: elements elsewhere on the page with the
 *       winner's tag and class (a class shared by at most {@value #MAX_CHUNKS} elements) that are
 *       mostly prose.
 *   <li><b>Content.</b> Every block inside the chosen elements, in document order, with what it is
 *       (paragraph, heading, list item, ...). Deciding which of them are article text is left to
 *       {@link ContentFilter}.
 * </ol>
 * Every pass is an iterative {@link NodeTraversor} walk. Immutable and thread-safe.
 */
final class MainContent {
  static final int MIN_SCORED_CHARS = 25;
  private static final double SIBLING_SHARE = 0.2;
  private static final double CLIMB_RATIO = 1.25;
  private static final int CLIMB_LEVELS = 3;
  private static final int MIN_CHUNK_PROSE = 100;
  private static final int MAX_CHUNKS = 10;
  private static final double MIN_CHUNK_PROSE_SHARE = 0.5;
  private static final double MIN_SIBLING_SCORE = 10;
  private static final int SIBLING_PARAGRAPH_CHARS = 80;
  private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");

  /** What a block is in the page's structure. */
  enum Role {
    PARAGRAPH, HEADING, ITEM, CELL, QUOTE, PRE, OTHER;

    static Role of(Element element) {
      return switch (element.normalName()) {
        case "p" -> PARAGRAPH;
        case "h1", "h2", "h3", "h4", "h5", "h6", "hgroup" -> HEADING;
        case "li", "dd", "dt" -> ITEM;
        case "td", "th" -> CELL;
        case "blockquote" -> QUOTE;
        case "pre" -> PRE;
        default -> OTHER;
      };
    }
  }

  /**
   * One block of text.
   *
   * @param element   the block element, or for an anonymous block the element it stands in
   * @param anonymous whether it is text standing directly in a container
   * @param text      the whitespace-normalised text
   * @param visible   visible characters
   * @param links     visible characters inside links
   * @param role      what the block is
   */
  record Block(Element element, boolean anonymous, String text, int visible, int links, Role role) {
    double linkDensity() {
      return visible == 0 ? 0 : (double) links / visible;
    }

    boolean isHeading() {
      return role == Role.HEADING;
    }

    /** 1 to 6 for {@code <h1>} to {@code <h6>} ({@code <hgroup>} counts as 1), 0 for a block that is no heading. */
    int headingLevel() {
      if (role != Role.HEADING) {
        return 0;
      }
      String name = element.normalName();
      return name.length() == 2 ? name.charAt(1) - '0' : 1;
    }
  }

  /**
   * The main content of a page.
   *
   * @param blocks the blocks inside the chosen elements, in document order
   * @param chosen the chosen elements (the best container, or its ancestor, and good siblings)
   * @param all    every block of the page, in document order
   */
  record Content(List<Block> blocks, List<Element> chosen, List<Block> all) {}

  /**
   * The main content of {@code root} (a cleaned page body); empty when no block scores.
   *
   * @param stats the text measures of {@code root} as it is now
   */
  Content find(Element root, TextStats stats) {
    Map<Node, Block> blocks = new IdentityHashMap<>();
    List<Block> ordered = new ArrayList<>();
    collectBlocks(root, stats, blocks, ordered);

    Map<Element, double[]> scores = new IdentityHashMap<>();
    List<Element> candidates = score(ordered, stats, scores);
    Element top = null;
    double best = 0;
    for (Element candidate : candidates) {
      double score = scores.get(candidate)[0];
      if (score > best) {
        best = score;
        top = candidate;
      }
    }
    if (top == null) {
      return new Content(List.of(), List.of(), ordered);
    }
    Map<Element, int[]> prose = proseByElement(root, ordered);
    Element climbed = climb(top, root, prose);
    List<Element> chosen = withChunks(chosen(climbed, best, scores, blocks, stats), climbed, root, ordered, prose, stats);
    List<Block> content = new ArrayList<>();
    for (Element element : chosen) {
      NodeTraversor.traverse((node, depth) -> {
        Block block = blocks.get(node);
        if (block != null) {
          content.add(block);
        }
      }, element);
    }
    return new Content(content, chosen, ordered);
  }

  private static void collectBlocks(Element root, TextStats stats, Map<Node, Block> blocks, List<Block> ordered) {
    NodeTraversor.filter(new NodeFilter() {
      /** How many {@code <a>} elements holding blocks enclose the current node. */
      private int linkDepth;
      /** Builds each block's text in turn. */
      private final NormalizedText normalized = new NormalizedText();

      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        boolean structural = TextStats.BLOCK_TAGS.contains(element.normalName()) || stats.hasBlockInside(element);
        if (!structural) {
          return FilterResult.SKIP_ENTIRELY; // inline content: already part of its parent's anonymous block
        }
        if (element.nameIs("a")) {
          linkDepth++;
        }
        if (!stats.hasBlockInside(element)) {
          add(element, false, List.of(element));
          return FilterResult.SKIP_CHILDREN;
        }
        List<Node> run = new ArrayList<>();
        List<Node> children = element.childNodes();
        for (int i = 0; i < children.size(); i++) {
          Node child = children.get(i);
          if (child.nameIs("br") && nextIsBreak(children, i)) {
            flush(element, run); // <br><br> separates paragraphs in pages without <p>
          } else if (isInline(child, stats)) {
            run.add(child);
          } else {
            flush(element, run);
          }
        }
        flush(element, run);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node.nameIs("a")) {
          linkDepth--;
        }
        return FilterResult.CONTINUE;
      }

      private void flush(Element owner, List<Node> run) {
        if (!run.isEmpty()) {
          add(owner, true, List.copyOf(run));
          run.clear();
        }
      }

      private void add(Element owner, boolean anonymous, List<Node> nodes) {
        int[] links = new int[1];
        normalized.clear();
        text(nodes, links, normalized);
        int visible = normalized.visible();
        if (visible > 0) {
          String text = normalized.toString();
          Role role = Role.of(owner);
          if (anonymous && role != Role.ITEM && role != Role.CELL && role != Role.QUOTE) {
            role = Role.OTHER;
          }
          Block block = new Block(owner, anonymous, text, visible, linkDepth > 0 ? visible : links[0], role);
          blocks.put(anonymous ? nodes.get(0) : owner, block);
          ordered.add(block);
        }
      }
    }, root);
  }

  /** Whether the next sibling that is not blank text is also a {@code <br>}. */
  private static boolean nextIsBreak(List<Node> nodes, int index) {
    for (int i = index + 1; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (node.nameIs("br")) {
        return true;
      }
      if (!(node instanceof TextNode text) || !text.isBlank()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isInline(Node node, TextStats stats) {
    if (node instanceof TextNode) {
      return true;
    }
    return node instanceof Element element
        && !TextStats.BLOCK_TAGS.contains(element.normalName())
        && !stats.hasBlockInside(element);
  }

  /** Appends the normalised text of the nodes to {@code out}; {@code <br>} and block boundaries read as spaces. */
  private static void text(List<Node> nodes, int[] links, NormalizedText out) {
    NodeVisitor visitor = new NodeVisitor() {
      private int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          int visible = out.append(textNode.getWholeText());
          if (linkDepth > 0) {
            links[0] += visible;
          }
        } else if (node.nameIs("a")) {
          linkDepth++;
        } else if (node.nameIs("br") || TextStats.BLOCK_TAGS.contains(node.nodeName())) {
          out.space();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node.nameIs("a")) {
          linkDepth--;
        } else if (node instanceof Element && TextStats.BLOCK_TAGS.contains(node.nodeName())) {
          out.space();
        }
      }
    };
    for (Node start : nodes) {
      if (start instanceof TextNode textNode) {
        out.append(textNode.getWholeText()); // most runs are a single text node: no walk needed
      } else {
        NodeTraversor.traverse(visitor, start);
      }
    }
  }

  /** Scores containers into {@code scores}; returns them in the order first scored (document order). */
  private static List<Element> score(List<Block> blocks, TextStats stats, Map<Element, double[]> scores) {
    List<Element> order = new ArrayList<>();
    for (Block block : blocks) {
      if (block.visible() < MIN_SCORED_CHARS || block.isHeading()) {
        continue;
      }
      double score = (1 + commas(block.text()) + Math.min(block.visible() / 100.0, 3)) * (1 - block.linkDensity());
      Element parent = block.anonymous() ? block.element() : block.element().parent();
      if (parent != null && block.role() == Role.ITEM && isList(parent) && parent.parent() != null) {
        parent = parent.parent(); // a list is part of the text around it, not a container of its own
      }
      if (parent != null) {
        add(scores, order, parent, score);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          add(scores, order, grandparent, score / 2);
        }
      }
    }
    for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
      Element element = entry.getKey();
      double weight = 1 - stats.linkDensity(element);
      if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
        weight *= 1.5;
      } else if (element.nameIs("article")) {
        weight *= 1.25;
      } else if (element.nameIs("main")) {
        weight *= 1.1;
      }
      entry.getValue()[0] *= weight;
    }
    return order;
  }

  private static void add(Map<Element, double[]> scores, List<Element> order, Element element, double score) {
    double[] value = scores.get(element);
    if (value == null) {
      value = new double[1];
      scores.put(element, value);
      order.add(element);
    }
    value[0] += score;
  }

  /**
   * Moves up from the best container while an ancestor at most {@value #CLIMB_LEVELS} levels up holds
   * clearly more prose ({@value #CLIMB_RATIO} times): articles cut into chunks by ad slots score each
   * chunk on its own.
   */
  private static Element climb(Element top, Element root, Map<Element, int[]> prose) {
    Element current = top;
    int currentProse = prose.containsKey(top) ? prose.get(top)[0] : 0;
    boolean climbed = true;
    while (climbed && currentProse > 0) {
      climbed = false;
      Element ancestor = current;
      for (int level = 0; level < CLIMB_LEVELS && ancestor != root && ancestor.parent() != null; level++) {
        ancestor = ancestor.parent();
        int[] ancestorProse = prose.get(ancestor);
        if (ancestorProse != null && ancestorProse[0] >= currentProse * CLIMB_RATIO) {
          current = ancestor;
          currentProse = ancestorProse[0];
          climbed = true;
          break;
        }
      }
    }
    return current;
  }

  /** Visible characters of prose blocks (see {@link #isProse}) below each element. */
  private static Map<Element, int[]> proseByElement(Element root, List<Block> blocks) {
    Map<Element, int[]> prose = new IdentityHashMap<>();
    for (Block block : blocks) {
      if (isProse(block)) {
        for (Element element = block.element(); element != null; element = element == root ? null : element.parent()) {
          prose.computeIfAbsent(element, e -> new int[1])[0] += block.visible();
        }
      }
    }
    return prose;
  }

  /**
   * Adds the other chunks of an article cut into pieces: elements elsewhere in the page with the same
   * tag and class as the chosen container that hold prose with few links (a body interrupted by a
   * picture or a video module deeper than the climb reaches). Returns all elements in document order.
   */
  private static List<Element> withChunks(List<Element> chosen, Element top, Element root, List<Block> blocks,
      Map<Element, int[]> prose, TextStats stats) {
    String className = top.attr("class").strip();
    if (className.isBlank()) {
      return chosen;
    }
    // Elements are met through the blocks below them, so in document order and without walking the
    // page again; each element once (the walk up stops at one already seen).
    Map<Element, Integer> order = new IdentityHashMap<>();
    Set<Element> picked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    picked.addAll(chosen);
    List<Element> taken = new ArrayList<>();
    int sameName = 0;
    for (Block block : blocks) {
      for (Element element = block.element(); element != null && element != root; element = element.parent()) {
        if (order.putIfAbsent(element, order.size()) != null) {
          break;
        }
        boolean same = element.normalName().equals(top.normalName()) && element.attr("class").strip().equals(className);
        sameName += same ? 1 : 0;
        if (picked.contains(element) || (same && isMostlyProse(element, prose, stats))) {
          taken.add(element);
        }
      }
    }
    // A class that many elements share is a layout class ("row", "col-12"), not an article's.
    if (sameName > MAX_CHUNKS) {
      return chosen;
    }
    for (Element element : chosen) {
      if (!order.containsKey(element)) {
        order.put(element, order.size()); // a chosen sibling without blocks changes nothing
        taken.add(element);
      }
    }
    Set<Element> takenSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    takenSet.addAll(taken);
    List<Element> outermost = new ArrayList<>();
    for (Element element : taken) {
      if (!hasAncestorIn(element, takenSet, root)) {
        outermost.add(element);
      }
    }
    outermost.sort(java.util.Comparator.comparingInt(order::get));
    return outermost;
  }

  private static boolean hasAncestorIn(Element element, Set<Element> set, Element root) {
    for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
      if (set.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  /** Whether most of an element's text is prose, and there is enough of it to be a piece of an article. */
  private static boolean isMostlyProse(Element element, Map<Element, int[]> prose, TextStats stats) {
    int[] chars = prose.get(element);
    return chars != null && chars[0] >= MIN_CHUNK_PROSE && chars[0] >= stats.text(element) * MIN_CHUNK_PROSE_SHARE
        && stats.linkDensity(element) < MAX_SIBLING_LINK_DENSITY;
  }

  private static boolean isProse(Block block) {
    return block.visible() >= MIN_SCORED_CHARS
        && block.linkDensity() < MAX_SIBLING_LINK_DENSITY
        && (block.role() == Role.PARAGRAPH || block.role() == Role.OTHER || block.role() == Role.QUOTE)
        && Prose.endsLikeSentence(block.text());
  }

  private static List<Element> chosen(
      Element top, double best, Map<Element, double[]> scores, Map<Node, Block> blocks, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double[] score = scores.get(sibling);
      if (score != null && score[0] >= threshold) {
        chosen.add(sibling);
        continue;
      }
      Block block = blocks.get(sibling);
      if (block != null && !block.anonymous() && sibling.nameIs("p")
          && block.visible() >= SIBLING_PARAGRAPH_CHARS
          && stats.linkDensity(sibling) < MAX_SIBLING_LINK_DENSITY
          && Prose.endsLikeSentence(block.text())) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean isList(Element element) {
    return element.nameIs("ul") || element.nameIs("ol") || element.nameIs("dl");
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }
}
