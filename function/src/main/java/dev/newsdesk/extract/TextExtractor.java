package dev.newsdesk.extract;

import dev.newsdesk.extract.LineClassifier.Kind;
import dev.newsdesk.extract.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts an article from plain text, such as a page saved as text.
 *
 * <ol>
 *   <li>Every non-empty line is a candidate paragraph, whitespace-normalised. A line that wraps
 *       prose onto the next (it is long, has no final punctuation, and the next line of the same
 *       block starts in lower case) is joined with it.
 *   <li>{@link LineClassifier} sorts the lines into prose and the rest.
 *   <li>The headline is the first non-prose line before the first prose line that has at least four
 *       words (section labels such as "US News" are shorter); failing that the first such line at all;
 *       failing that the first prose line, with the warning {@code no title in page; used first line}.
 *   <li>The publication date is the last standalone date line before the first prose line (a page
 *       date above an article date gives the article date); lines saying "Updated" give the
 *       modification date. No date line gives no date.
 *   <li>The byline is the first "By X" / "Written by X" line anywhere.
 *   <li>The paragraphs are the prose lines, in order.
 * </ol>
 * Immutable and thread-safe.
 */
final class TextExtractor {
  /** A fallback title taken from a prose line is consumed (removed from the body) up to this many words. */
  private static final int MAX_CONSUMED_TITLE_WORDS = 15;
  /** A non-prose line this short is a section label when a longer headline follows. */
  private static final int MIN_HEADLINE_WORDS = 4;
  /** A line needs at least this many words before a following lower-case line is taken as its wrap. */
  private static final int MIN_WRAPPED_WORDS = 8;

  private final LineClassifier classifier;
  private final ExtractConfig config;

  TextExtractor(LineClassifier classifier, ExtractConfig config) {
    this.classifier = classifier;
    this.config = config;
  }

  /** Extracts title, dates, byline and paragraphs from decoded text. */
  Draft extract(String text) {
    List<Line> lines = lines(text);
    List<Kind> kinds = classifier.classify(lines);
    List<String> warnings = new ArrayList<>();

    int firstBody = kinds.indexOf(Kind.PROSE);
    int headerEnd = firstBody < 0 ? lines.size() : firstBody;
    int titleIndex = headline(lines, kinds, headerEnd);
    String title = titleIndex < 0 ? null : lines.get(titleIndex).text();
    int consumed = -1;
    if (title == null && firstBody >= 0) {
      String first = lines.get(firstBody).text();
      if (Prose.wordCount(first) <= MAX_CONSUMED_TITLE_WORDS && first.length() <= config.maxTitleChars()) {
        title = first;
        consumed = firstBody;
      } else {
        title = Prose.cutAtWord(first, config.maxTitleChars());
      }
      warnings.add("no title in page; used first line");
    }

    String published = null;
    String modified = null;
    for (int i = 0; i < headerEnd; i++) {
      if (kinds.get(i) == Kind.DATE) {
        Dates.DateLine date = Dates.dateLine(lines.get(i).text());
        if (date.updated()) {
          modified = date.iso();
        } else {
          published = date.iso();
        }
      }
    }

    String byline = null;
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = kinds.get(i);
      if (kind == Kind.BYLINE && byline == null) {
        byline = LineClassifier.byline(lines.get(i).text());
      } else if (kind == Kind.PROSE && i != consumed) {
        paragraphs.add(lines.get(i).text());
      }
    }
    return new Draft(title, null, null, published, modified, byline, null, null, paragraphs, warnings);
  }

  private int headline(List<Line> lines, List<Kind> kinds, int headerEnd) {
    int firstCandidate = -1;
    for (int i = 0; i < headerEnd; i++) {
      Kind kind = kinds.get(i);
      String text = lines.get(i).text();
      if ((kind == Kind.NON_PROSE || kind == Kind.HEADING) && text.length() <= config.maxTitleChars()) {
        if (Prose.wordCount(text) >= MIN_HEADLINE_WORDS) {
          return i;
        }
        if (firstCandidate < 0) {
          firstCandidate = i;
        }
      }
    }
    return firstCandidate;
  }

  /** Splits text into normalised non-empty lines, joining hard-wrapped prose. */
  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blankSeen = false;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && !isLineBreak(text.charAt(end))) {
        end++;
      }
      String line = Prose.normalize(text.subSequence(start, end));
      if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
      if (line.isEmpty()) {
        blankSeen = true;
        continue;
      }
      boolean sameBlock = !blankSeen && !lines.isEmpty();
      blankSeen = false;
      if (sameBlock && isWrapped(lines.get(lines.size() - 1).text(), line)) {
        Line previous = lines.remove(lines.size() - 1);
        lines.add(new Line(previous.text() + " " + line, previous.sameBlock()));
      } else {
        lines.add(new Line(line, sameBlock));
      }
    }
    return lines;
  }

  private static boolean isWrapped(String previous, String next) {
    return Prose.wordCount(previous) >= MIN_WRAPPED_WORDS
        && !Prose.endsLikeSentence(previous)
        && Character.isLowerCase(next.codePointAt(0));
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
  }
}
