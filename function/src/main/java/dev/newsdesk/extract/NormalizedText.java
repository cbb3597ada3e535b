package dev.newsdesk.extract;

/**
 * Text built already whitespace-normalised (as {@link Prose#normalize} would leave it), counting its
 * visible characters on the way, so a block's text is copied once instead of being built, normalised
 * and measured in three passes. Single-use and not thread-safe.
 */
final class NormalizedText {
  private final StringBuilder out = new StringBuilder();
  private boolean pendingSpace;
  private int visible;

  /**
   * Appends text, collapsing each run of whitespace to one space (none at the start).
   *
   * @return the visible characters appended
   */
  int append(String text) {
    int before = visible;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Prose.isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
        visible++;
      }
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

  /** The text, without trailing whitespace. */
  @Override
  public String toString() {
    return out.toString();
  }
}
