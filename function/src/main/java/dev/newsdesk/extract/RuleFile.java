package dev.newsdesk.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rule list kept as a UTF-8 resource under {@code /extract/}: one rule per line; blank lines
 * and lines starting with {@code #} are comments. Rules are trimmed. Stateless.
 */
final class RuleFile {
  private RuleFile() {}

  /**
   * The rules of {@code /extract/<name>}.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error, not bad input)
   */
  static List<String> read(String name) {
    String path = "/extract/" + name;
    try (InputStream in = RuleFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("rule file " + path + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> rules = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String rule = line.strip();
        if (!rule.isEmpty() && !rule.startsWith("#")) {
          rules.add(rule);
        }
      }
      return List.copyOf(rules);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + path, e);
    }
  }
}
