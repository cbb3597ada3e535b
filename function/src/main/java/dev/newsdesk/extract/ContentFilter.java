package dev.newsdesk.extract;

import dev.newsdesk.extract.LineClassifier.Kind;
import dev.newsdesk.extract.LineClassifier.Line;
import dev.newsdesk.extract.MainContent.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which blocks of an HTML page's main content are article text. Unlike plain text, where
 * only sentences are kept, an HTML body keeps its sub-headings, list items, table cells and short
 * lines: the markup already says they belong to the article. Dropped are:
 * <ol>
 *   <li>blocks that are mostly links (more than half their text; a paragraph or list item that reads
 *       as a sentence may have up to {@value #MAX_SENTENCE_LINK_DENSITY}), such as link lists;
 *   <li>what {@link LineClassifier} calls a date, a byline, a caption or boilerplate (the rule list);
 *   <li>the headline repeated (a block equal to one of the page's titles), and an {@code <h1>} above
 *       the first paragraph;
 *   <li>teaser cards: a row of three or more same-class siblings, each a linked title and a blurb;
 *   <li>short lines holding a year or a time before the first paragraph (datelines in any language,
 *       "05/10/2018 - Published by ...");
 *   <li>a heading followed by nothing, by a dropped block, or by a heading of its own rank or higher:
 *       the title of a module that was removed ("More videos").
 * </ol>
 * Immutable and thread-safe.
 */
final class ContentFilter {
  private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
  private static final double MAX_SENTENCE_LINK_DENSITY = 0.8;
  private static final int MIN_LEAD_CHARS = 80;
  /** How far above a block its teaser card may be. */
  private static final int CARD_LEVELS = 3;
  private static final double LINKED_TITLE_DENSITY = 0.9;
  private static final int MIN_BLURB_CHARS = 20;
  private static final int MAX_TEASER_CHARS = 400;
  private static final int MIN_TEASERS = 3;
  private static final int MIN_PROSE_LIST_ITEMS = 3;
  /** A year from 1800 to 2099 standing alone, or a clock time. */
  private static final Pattern YEAR_OR_TIME =
      Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)|\\b\\d{1,2}:\\d\\d\\b");

  private final LineClassifier classifier;

  ContentFilter(LineClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * The article text among the blocks, and the first "By X" block seen.
   *
   * @param paragraphs the kept block texts, in order
   * @param byline     the name in the first byline block, or {@code null}
   */
  record Kept(List<String> paragraphs, String byline) {}

  /**
   * Keeps the article text of the content blocks.
   *
   * @param blocks the main content's blocks, in document order
   * @param titles the page's titles; a block repeating one is the headline, not article text
   */
  Kept keep(List<Block> blocks, List<String> titles) {
    boolean[] keep = decide(blocks, titles);
    List<String> paragraphs = new ArrayList<>();
    String byline = null;
    for (int i = 0; i < blocks.size(); i++) {
      if (keep[i]) {
        paragraphs.add(blocks.get(i).text());
      } else if (byline == null) {
        byline = LineClassifier.byline(blocks.get(i).text());
      }
    }
    return new Kept(paragraphs, byline);
  }

  /** For every block, whether it is article text (see {@link #keep}). */
  boolean[] decide(List<Block> blocks, List<String> titles) {
    Set<String> titleKeys = new HashSet<>();
    Set<Integer> titleKeyLengths = new HashSet<>();
    int longestTitle = 0;
    for (String title : titles) {
      String key = key(title);
      titleKeys.add(key);
      titleKeyLengths.add(key.length());
      longestTitle = Math.max(longestTitle, title.length());
    }
    List<Line> lines = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      lines.add(new Line(block.text(), false));
    }
    List<Kind> kinds = classifier.classify(lines);
    boolean[] keep = new boolean[blocks.size()];
    Set<Element> teasers = teasers(blocks);
    Set<Element> proseLists = proseLists(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      boolean inProseList = block.role() == MainContent.Role.ITEM && !block.anonymous()
          && proseLists.contains(block.element().parent());
      keep[i] = keep(block, kinds.get(i), inProseList)
          && !isTitle(block.text(), longestTitle, titleKeys, titleKeyLengths)
          && !inAny(block.element(), teasers);
    }
    // Before the first paragraph of prose stand the headline's neighbours; a short one holding a year
    // or a time is a dateline or a "published by" line, in whatever language.
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!keep[i]) {
        continue;
      }
      if (kinds.get(i) == Kind.PROSE || block.visible() >= MIN_LEAD_CHARS || block.isHeading()
          || block.role() == MainContent.Role.ITEM || block.role() == MainContent.Role.CELL) {
        break;
      }
      if (YEAR_OR_TIME.matcher(block.text()).find()) {
        keep[i] = false;
      }
    }
    // An <h1> above the first paragraph is the headline (its wording may differ from the <title>);
    // one further down heads a section of the article.
    for (int i = 0; i < blocks.size() && kinds.get(i) != Kind.PROSE; i++) {
      if (!blocks.get(i).anonymous() && blocks.get(i).element().nameIs("h1")) {
        keep[i] = false;
      }
    }
    // A heading introduces what follows it: one followed by a heading of the same or a higher rank,
    // by a dropped block or by nothing is left over from a removed module ("More videos", "Related").
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block block = blocks.get(i);
      if (keep[i] && block.isHeading()) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        keep[i] = next != null && keep[i + 1]
            && (!next.isHeading() || next.headingLevel() > block.headingLevel());
      }
    }
    return keep;
  }

  /**
   * Teaser cards: elements of a row of at least {@value #MIN_TEASERS} siblings with the same tag and
   * class, each short and made of a linked title and a line of text ("Related diets: Buckwheat diet.
   * Lose up to 12 kg in 14 days."). Repetition is what tells a row of links to other pages from an
   * article's own list, whose items are not each a link plus a blurb.
   */
  private static Set<Element> teasers(List<Block> blocks) {
    if (!anyLinkedTitle(blocks)) {
      return Set.of(); // a card has a linked title
    }
    Map<Element, int[]> cards = new IdentityHashMap<>(); // element -> {linked titles, other chars, all chars}
    for (Block block : blocks) {
      Element element = block.element();
      for (int level = 0; level < CARD_LEVELS && element != null; level++, element = element.parent()) {
        int[] card = cards.computeIfAbsent(element, e -> new int[3]);
        if (block.linkDensity() >= LINKED_TITLE_DENSITY) {
          card[0]++;
        } else {
          card[1] += block.visible();
        }
        card[2] += block.visible();
      }
    }
    Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Element, int[]> entry : cards.entrySet()) {
      Element card = entry.getKey();
      int[] counts = entry.getValue();
      if (counts[0] == 1 && counts[1] >= MIN_BLURB_CHARS && counts[2] <= MAX_TEASER_CHARS && repeats(card)) {
        teasers.add(card);
      }
    }
    return teasers;
  }

  private static boolean anyLinkedTitle(List<Block> blocks) {
    for (Block block : blocks) {
      if (block.linkDensity() >= LINKED_TITLE_DENSITY) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lists most of whose items are not links: there a linked item is a point of the article that
   * happens to link somewhere ("Your email list will begin to grow"), not an entry of a link list.
   */
  private static Set<Element> proseLists(List<Block> blocks) {
    Map<Element, int[]> lists = new IdentityHashMap<>(); // list -> {items, linked items}
    for (Block block : blocks) {
      if (block.role() == MainContent.Role.ITEM && !block.anonymous() && block.element().parent() != null) {
        int[] counts = lists.computeIfAbsent(block.element().parent(), e -> new int[2]);
        counts[0]++;
        counts[1] += block.linkDensity() > MAX_BLOCK_LINK_DENSITY ? 1 : 0;
      }
    }
    Set<Element> prose = Collections.newSetFromMap(new IdentityHashMap<>());
    lists.forEach((list, counts) -> {
      if (counts[0] >= MIN_PROSE_LIST_ITEMS && counts[1] * 2 < counts[0]) {
        prose.add(list);
      }
    });
    return prose;
  }

  /** Whether the element's parent has at least {@value #MIN_TEASERS} children of its tag and (non-empty) class. */
  private static boolean repeats(Element element) {
    String className = element.attr("class");
    Element parent = element.parent();
    if (className.isBlank() || parent == null) {
      return false;
    }
    int same = 0;
    for (Element sibling : parent.children()) {
      if (sibling.normalName().equals(element.normalName()) && sibling.attr("class").equals(className)) {
        same++;
      }
    }
    return same >= MIN_TEASERS;
  }

  private static boolean inAny(Element element, Set<Element> containers) {
    if (containers.isEmpty()) {
      return false;
    }
    for (int level = 0; level < CARD_LEVELS && element != null; level++, element = element.parent()) {
      if (containers.contains(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one block's own features say.
   *
   * @param linksAllowed whether the block may be mostly links (an item of a list of prose items)
   */
  private static boolean keep(Block block, Kind kind, boolean linksAllowed) {
    if (!linksAllowed && block.linkDensity() > MAX_BLOCK_LINK_DENSITY
        && !((block.role() == MainContent.Role.PARAGRAPH || block.role() == MainContent.Role.ITEM) && kind == Kind.PROSE
            && block.linkDensity() <= MAX_SENTENCE_LINK_DENSITY)) {
      return false;
    }
    return switch (kind) {
      case PROSE, NON_PROSE, HEADING, REPEATED -> true;
      case BOILERPLATE, CAPTION, DATE, BYLINE -> false;
    };
  }

  /**
   * Whether the text is one of the titles, letters and digits compared without case. The key is only
   * built when its length (counted first, without copying) is one a title's key has.
   */
  private static boolean isTitle(String text, int longestTitle, Set<String> titleKeys, Set<Integer> titleKeyLengths) {
    return text.length() <= longestTitle && titleKeyLengths.contains(keyLength(text)) && titleKeys.contains(key(text));
  }

  /** The length of {@link #key}: letters and digits, one more for each U+0130 (lower-cased to two chars). */
  private static int keyLength(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        n += c == '\u0130' ? 2 : 1;
      }
    }
    return n;
  }

  /** Lower case (Locale.ROOT), letters and digits only. */
  private static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
