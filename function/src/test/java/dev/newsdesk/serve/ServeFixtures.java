package dev.newsdesk.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written public folder under {@code src/test/resources/serve/public} (see the README there). */
final class ServeFixtures {
  static final String PUBLIC = "/serve/public";
  static final String SEED_A = "st-2c531712fe94";
  static final String SEED_B = "st-067872739147";
  static final String CONFIRMED = "st-5e1f0c2a9b7d";
  static final String XSS = "st-0badc0ffee00";
  static final String MOVED = "st-5eedb0000002";

  private ServeFixtures() {
  }

  /** The fixture folder as it sits on the test class path. */
  static Path publicFolder() {
    URL url = ServeFixtures.class.getResource(PUBLIC);
    if (url == null) {
      throw new IllegalStateException(PUBLIC + " is not on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the fixture public folder under {@code target}, which a test may change freely. */
  static Path copyPublic(Path target) {
    Path source = publicFolder();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted().toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Every story and moved document of the fixture folder. */
  static List<Path> storyFiles() {
    try (Stream<Path> files = Files.list(publicFolder().resolve("stories"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
