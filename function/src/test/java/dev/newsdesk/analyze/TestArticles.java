package dev.newsdesk.analyze;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.Hashes;
import java.util.List;

/** Articles built by hand, so these tests do not depend on the extract stage. */
final class TestArticles {
  private TestArticles() {}

  /** An article with the given title, publication date (may be null) and paragraphs. */
  static Article article(String title, String published, String... paragraphs) {
    return new Article("articles/test.txt", Hashes.sha256(String.join("\n", paragraphs)), title, null,
        null, published, null, null, "en", null, List.of(paragraphs), List.of());
  }

  /** An untitled article of one paragraph. */
  static Article paragraph(String published, String paragraph) {
    return article("Untitled", published, paragraph);
  }
}
