package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * The text and metadata of one news article, as extracted from a raw document.
 *
 * <p>Optional components are {@code null} when the document does not carry them; the desk never
 * invents a value (a missing publication date stays missing).
 *
 * @param key        the store key the article came from
 * @param hash       content hash of the raw bytes ({@code sha256:...}); the article's identity
 * @param title      the headline, cleaned of site-name suffixes; never blank
 * @param publisher  publisher or site name; optional
 * @param url        canonical URL; optional
 * @param published  publication time as ISO-8601: a date ({@code 2024-01-05}) or a date-time with
 *                   offset ({@code 2024-01-05T10:00:00Z}); optional
 * @param modified   last-modified time, same format; optional
 * @param byline     author names as printed; optional
 * @param language   BCP-47 language tag such as {@code en}; optional
 * @param image      lead image URL; optional
 * @param paragraphs the body text, one entry per paragraph, whitespace-normalised, boilerplate removed
 * @param warnings   things the extractor noticed but accepted (e.g. {@code short body}), sorted
 */
public record Article(
    String key,
    String hash,
    String title,
    String publisher,
    String url,
    String published,
    String modified,
    String byline,
    String language,
    String image,
    List<String> paragraphs,
    List<String> warnings)
    implements ExtractResult {
  public Article {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of '" + key + "' must not be blank");
    }
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The publication date (the first ten characters of {@link #published()}), or {@code null}. */
  public java.time.LocalDate publishedDate() {
    if (published == null || published.length() < 10) {
      return null;
    }
    return java.time.LocalDate.parse(published.substring(0, 10));
  }
}
