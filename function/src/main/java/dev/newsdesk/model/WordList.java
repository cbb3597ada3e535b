package dev.newsdesk.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of words or rules kept as a resource file: one entry per line, {@code #} starts a comment,
 * blank lines ignored. Stages keep their rule lists as data and load them once, in a constructor.
 *
 * @param name    the resource it was read from
 * @param entries the entries in file order
 */
public record WordList(String name, List<String> entries) {
  public WordList {
    entries = List.copyOf(entries);
  }

  /**
   * Reads a class-path resource such as {@code /summarize/connectives.txt}.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static WordList load(String resource) {
    InputStream in = WordList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return new WordList(resource, entries);
  }

  /** The entries lower-cased with {@link Locale#ROOT}, as a sorted set. */
  public Set<String> lowerCaseSet() {
    TreeSet<String> set = new TreeSet<>();
    entries.forEach(e -> set.add(e.toLowerCase(Locale.ROOT)));
    return set;
  }
}
