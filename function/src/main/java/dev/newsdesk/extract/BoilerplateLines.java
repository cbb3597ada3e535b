package dev.newsdesk.extract;

import java.util.Objects;

/**
 * The extractor's line rules ({@code extract/boilerplate.txt}) for text that arrives already split
 * into paragraphs, such as the documents of an evaluation corpus: which paragraphs are page chrome
 * rather than article prose. Only the rule list is applied, not the rest of {@code LineClassifier}
 * (a corpus paragraph without final punctuation is still prose). Immutable and thread-safe.
 */
public final class BoilerplateLines {
  private final LineRules rules;

  /**
   * Loads the rule list.
   *
   * @throws IllegalStateException when the rule file is missing or holds an invalid expression
   */
  public BoilerplateLines() {
    this.rules = LineRules.load();
  }

  /** Whether the paragraph, whitespace-normalised, matches a boilerplate rule. */
  public boolean matches(String paragraph) {
    return rules.isBoilerplate(Prose.normalize(Objects.requireNonNull(paragraph, "paragraph")));
  }
}
