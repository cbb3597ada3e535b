/**
 * Summarize stage: writes a story from its member articles, extractively. Every sentence, headline,
 * quote and fact value is copied verbatim from a source and cites every independent source it stands
 * in; copies are listed but never used as confirmation. The one change a published sentence may carry
 * is a cut dateline ("LONDON (AP) _"), recorded in the sentence's {@code trimmed} field.
 *
 * <p>Selection ({@link dev.newsdesk.summarize.Selection}): greedy coverage of the story's concepts
 * (content terms and pairs of neighbouring terms), weighted by how many independent sources state
 * them and how early, per word; what one source alone says counts less once a second could have
 * confirmed it. The same selection makes a story's lede and body and the evaluation digest. A
 * sentence that starts by pointing back to a sentence the reader has not seen ("But", "He", "In the
 * wake of that attack") is never used.
 *
 * <p>Around the selection: the lede and body sections ({@link dev.newsdesk.summarize.Sections}),
 * typed facts and disagreements ({@link dev.newsdesk.summarize.Facts},
 * {@link dev.newsdesk.summarize.Names}), quotes with speakers ({@link dev.newsdesk.summarize.Quotes})
 * and the timeline. Rule lists live in {@code src/main/resources/summarize/}.
 */
package dev.newsdesk.summarize;
