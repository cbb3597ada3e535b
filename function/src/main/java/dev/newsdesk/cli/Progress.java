package dev.newsdesk.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for runs longer than a couple of seconds, only when stderr is a
 * terminal (so logs and pipes stay clean) and not with {@code --quiet}.
 */
final class Progress {
  private static final long AFTER_NANOS = 2_000_000_000L;

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private int done;
  private boolean shown;

  Progress(PrintStream err, int total, boolean quiet) {
    this.err = err;
    this.total = total;
    this.enabled = !quiet && System.console() != null && err == System.err;
  }

  void advance(int n) {
    done += n;
    if (enabled && System.nanoTime() - start > AFTER_NANOS) {
      err.printf(Locale.ROOT, "\r%d/%d articles", done, total);
      shown = true;
    }
  }

  void done() {
    if (shown) {
      err.println();
    }
  }
}
