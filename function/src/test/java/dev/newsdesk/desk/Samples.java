package dev.newsdesk.desk;

import dev.newsdesk.model.WordList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sample articles bundled with the jar (the five seeds), by input key {@code articles/<file>}. */
public final class Samples {
  private Samples() {}

  public static Map<String, byte[]> seeds() {
    Map<String, byte[]> samples = new LinkedHashMap<>();
    for (String name : WordList.load("/samples/index.txt").entries()) {
      try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
        samples.put("articles/" + name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return samples;
  }

  /** The seed's three-digit number from its key, e.g. "002". */
  public static String number(String key) {
    return key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('/') + 4);
  }
}
