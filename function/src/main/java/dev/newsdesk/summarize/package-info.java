/**
 * Summarize stage: writes a story from its member articles, extractively. Every sentence, headline,
 * quote and fact value is copied verbatim from a source and cites every independent source it stands
 * in; copies are listed but never used as confirmation.
 *
 * <p>Selection: sentences are ranked by how central their terms are to the story (terms weighted by
 * the number of independent sources that use them) plus a lead bonus, since news puts the most
 * important facts first; a sentence that repeats one already chosen, or that starts by pointing back
 * to a sentence the reader has not seen ("But", "He"), is skipped.
 */
package dev.newsdesk.summarize;
