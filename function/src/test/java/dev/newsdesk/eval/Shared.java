package dev.newsdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the development data and reference scorers live: the {@code shared/} folder beside the
 * project's clone (override with {@code -Dnewsdesk.shared=DIR}). Someone who has only the project
 * has none, and the tests that need it skip and say so.
 */
public final class Shared {
  private Shared() {}

  public static Optional<Path> folder() {
    String configured = System.getProperty("newsdesk.shared");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    return Files.isDirectory(dir) ? Optional.of(dir.toAbsolutePath().normalize()) : Optional.empty();
  }

  public static Optional<Path> path(String relative) {
    return folder().map(d -> d.resolve(relative)).filter(Files::exists);
  }

  /** Whether {@code python3} runs here (the reference scorers are standard-library Python). */
  public static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
