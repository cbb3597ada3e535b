package dev.newsdesk.desk;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Wall time per stage within one run. Not thread-safe: one run, one timer. */
final class Timer {
  private final Map<String, Long> nanos = new TreeMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.merge(stage, System.nanoTime() - start, Long::sum);
    }
  }

  void run(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Long> millis() {
    Map<String, Long> ms = new TreeMap<>();
    nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
    return ms;
  }
}
