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
 * Finds the main content of a cleaned page and returns its paragraphs.
 *
 * <ol>
 *   <li><b>Blocks.</b> Every block-level element with no block-level element below it is one block
 *       ({@code <p>}, {@code <li>}, {@code <blockquote>}, a {@code <div>} holding only text...). Text
 *       standing directly in an element that also holds blocks (text between two {@code <div>}s) forms
 *       an anonymous block of its own; two {@code <br>}s in a row end such a block.
 *   <li><b>Scores.</b> A block with at least {@value #MIN_SCORED_CHARS} visible characters scores
 *       {@code 1 + commas + min(chars / 100, 3)}, times {@code 1 - link density}. Its score goes to its
 *       parent in full and to its grandparent by half. A container's score is then multiplied by
 *       {@code 1 - its link density}, and by 1.5 for {@code [itemprop=articleBody]}, 1.25 for
 *       {@code <article>}, 1.1 for {@code <main>}.
 *   <li><b>Choice.</b> The best container wins. While an ancestor up to three levels up holds at least
 *       1.25 times as much prose (blocks that end like sentences and are not mostly links), that
 *       ancestor wins instead (articles cut into chunks by ad slots). Siblings that score at least a
 *       fifth as well, and sibling paragraphs that are long with few links, are taken too.
 *   <li><b>Paragraphs.</b> The blocks inside the chosen elements, in document order, except headings,
 *       blocks that are mostly links, and list items that do not read as sentences.
 * </ol>
 * Every pass is an iterative {@link NodeTraversor} walk. Immutable and thread-safe.
 */
final class MainContent {
  static final int MIN_SCORED_CHARS = 25;
  private static final double SIBLING_SHARE = 0.2;
  private static final double CLIMB_RATIO = 1.25;
  private static final int CLIMB_LEVELS = 3;
  private static final double MIN_SIBLING_SCORE = 10;
  private static final int SIBLING_PARAGRAPH_CHARS = 80;
  private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
  private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
  private static final double MAX_ITEM_LINK_DENSITY = 0.3;
  private static final int MIN_ITEM_WORDS = 5;
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");

  /**
   * One block of text.
   *
   * @param element   the block element, or for an anonymous block the element it stands in
   * @param anonymous whether it is text standing directly in a container
   * @param text      the whitespace-normalised text
   * @param visible   visible characters
   * @param links     visible characters inside links
   */
  private record Block(Element element, boolean anonymous, String text, int visible, int links) {
    double linkDensity() {
      return visible == 0 ? 0 : (double) links / visible;
    }
  }

  /** The main-content paragraphs of {@code root} (a cleaned page body), in document order. */
  List<String> paragraphs(Element root) {
    TextStats stats = TextStats.of(root);
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
      return List.of();
    }
    List<Element> chosen = chosen(climb(top, root, blocks), best, scores, blocks, stats);
    List<String> paragraphs = new ArrayList<>();
    for (Element element : chosen) {
      NodeTraversor.traverse((node, depth) -> {
        Block block = blocks.get(node);
        if (block != null && keep(block)) {
          paragraphs.add(block.text());
        }
      }, element);
    }
    return paragraphs;
  }

  private static void collectBlocks(Element root, TextStats stats, Map<Node, Block> blocks, List<Block> ordered) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        boolean structural = TextStats.BLOCK_TAGS.contains(element.normalName()) || stats.hasBlockInside(element);
        if (!structural) {
          return FilterResult.SKIP_ENTIRELY; // inline content: already part of its parent's anonymous block
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

      private void flush(Element owner, List<Node> run) {
        if (!run.isEmpty()) {
          add(owner, true, List.copyOf(run));
          run.clear();
        }
      }

      private void add(Element owner, boolean anonymous, List<Node> nodes) {
        int[] links = new int[1];
        String text = text(nodes, links);
        int visible = Prose.visibleLength(text);
        if (visible > 0) {
          Block block = new Block(owner, anonymous, text, visible, links[0]);
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

  /** The normalised text of the nodes; {@code <br>} and block boundaries read as spaces. */
  private static String text(List<Node> nodes, int[] links) {
    StringBuilder out = new StringBuilder();
    for (Node start : nodes) {
      NodeTraversor.traverse(new NodeVisitor() {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode textNode) {
            String whole = textNode.getWholeText();
            out.append(whole);
            if (linkDepth > 0) {
              links[0] += Prose.visibleLength(whole);
            }
          } else if (node.nameIs("a")) {
            linkDepth++;
          } else if (node.nameIs("br") || TextStats.BLOCK_TAGS.contains(node.nodeName())) {
            out.append(' ');
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node.nameIs("a")) {
            linkDepth--;
          } else if (node instanceof Element && TextStats.BLOCK_TAGS.contains(node.nodeName())) {
            out.append(' ');
          }
        }
      }, start);
    }
    return Prose.normalize(out);
  }

  /** Scores containers into {@code scores}; returns them in the order first scored (document order). */
  private static List<Element> score(List<Block> blocks, TextStats stats, Map<Element, double[]> scores) {
    List<Element> order = new ArrayList<>();
    for (Block block : blocks) {
      boolean heading = !block.anonymous() && HEADINGS.contains(block.element().normalName());
      if (block.visible() < MIN_SCORED_CHARS || heading) {
        continue;
      }
      double score = (1 + commas(block.text()) + Math.min(block.visible() / 100.0, 3)) * (1 - block.linkDensity());
      Element parent = block.anonymous() ? block.element() : block.element().parent();
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
  private static Element climb(Element top, Element root, Map<Node, Block> blocks) {
    Map<Element, int[]> prose = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        Block block = blocks.get(node);
        if (block != null && isProse(block)) {
          prose.computeIfAbsent(block.element(), e -> new int[1])[0] += block.visible();
        }
        if (node instanceof Element element && node != root && element.parent() != null) {
          int[] mine = prose.get(element);
          if (mine != null) {
            prose.computeIfAbsent(element.parent(), e -> new int[1])[0] += mine[0];
          }
        }
      }
    }, root);
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

  private static boolean isProse(Block block) {
    return block.visible() >= MIN_SCORED_CHARS
        && block.linkDensity() < MAX_SIBLING_LINK_DENSITY
        && (block.anonymous() || !HEADINGS.contains(block.element().normalName()))
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

  private static boolean keep(Block block) {
    if (block.linkDensity() > MAX_BLOCK_LINK_DENSITY) {
      return false;
    }
    if (block.anonymous()) {
      return true;
    }
    String name = block.element().normalName();
    if (HEADINGS.contains(name)) {
      return false;
    }
    if (name.equals("li") || name.equals("dd") || name.equals("dt") || name.equals("td") || name.equals("th")) {
      return Prose.endsLikeSentence(block.text())
          && Prose.wordCount(block.text()) >= MIN_ITEM_WORDS
          && block.linkDensity() <= MAX_ITEM_LINK_DENSITY;
    }
    return true;
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
