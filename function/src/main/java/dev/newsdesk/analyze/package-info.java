/**
 * The analyze stage: an article's text made into what the later stages compare and cite.
 *
 * <p>{@link dev.newsdesk.analyze.Analyzer} turns an {@link dev.newsdesk.model.Article} into an
 * {@link dev.newsdesk.model.Analysis}:
 * <ol>
 *   <li>sentences: each paragraph split by {@code SentenceSplitter}, every sentence an exact
 *       (whitespace-normalised) substring of its paragraph;
 *   <li>terms: {@link dev.newsdesk.analyze.Tokenizer} (lower-case, stop words out, Porter stems);
 *   <li>names: {@code NameFinder} (capitalised runs with connectors, acronyms, sentence-start rules);
 *   <li>dates: {@code DateFinder} and {@code DateResolver}, resolved against the publication date
 *       only, never the clock;
 *   <li>numbers: {@code NumberFinder} (digits and number words, with the noun they count).
 * </ol>
 *
 * <p>Rule lists live in {@code src/main/resources/analyze/} (stop words, abbreviations, calendar
 * words, number words, name connectors and titles, sentence openers) and are read once per
 * {@code Analyzer}. Everything here is immutable and thread-safe, with no static mutable state.
 *
 * <p>Other stages do not import this package (they read the {@code Analysis} records); the
 * command-line evaluation code may use {@code Tokenizer} to put reference texts through the same
 * term pipeline.
 */
package dev.newsdesk.analyze;
