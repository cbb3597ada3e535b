package dev.newsdesk.extract;

import java.util.List;

/**
 * What a format-specific extractor found, before the checks that turn it into an article or a
 * rejection. Any component but {@code paragraphs} and {@code warnings} may be {@code null}.
 */
record Draft(
    String title,
    String publisher,
    String url,
    String published,
    String modified,
    String byline,
    String language,
    String image,
    List<String> paragraphs,
    List<String> warnings) {
  Draft {
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }
}
