package dev.newsdesk.extract;

/**
 * Text built already whitespace-normalised (as {@link Prose#normalize} would leave it), counting its
 * visible characters on the way, so a block's text is copied once instead of being built, normalised
 * and measured in three passes. Runs of visible characters with single spaces between them, which is
 * most text, are copied in one piece. Reusable with {@link #clear}; not thread-safe.
 */
final class NormalizedText {
  private final StringBuilder out = new StringBuilder(256);
  private boolean pendingSpace;
  private int visible;

  /**
   * Appends text, collapsing each run of whitespace to one space (none at the start).
   *
   * @return the visible characters appended
   */
  int append(String text) {
    int before = visible;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Prose.isSpace(text.charAt(i))) {
        pendingSpace = out.length() > 0;
        i++;
        continue;
      }
      // The longest stretch from here that normalising leaves as it is: visible characters, and
      // single ASCII spaces each followed by a visible character.
      int start = i;
      int spaces = 0;
      i++;
      while (i < n) {
        char c = text.charAt(i);
        if (!Prose.isSpace(c)) {
          i++;
        } else if (c == ' ' && i + 1 < n && !Prose.isSpace(text.charAt(i + 1))) {
          spaces++;
          i += 2;
        } else {
          break;
        }
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(text, start, i);
      visible += i - start - spaces;
    }
    return visible - before;
  }

  /** Appends a word break (a space, unless at the start or after another). */
  void space() {
    pendingSpace = out.length() > 0;
  }

  /** Visible characters so far. */
  int visible() {
    return visible;
  }

  /** Empties the text, to build another. */
  void clear() {
    out.setLength(0);
    pendingSpace = false;
    visible = 0;
  }

  /** The text, without trailing whitespace. */
  @Override
  public String toString() {
    return out.toString();
  }
}
