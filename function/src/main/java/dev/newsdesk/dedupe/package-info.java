/**
 * Dedupe stage: finds, among the articles of one story, the ones that are copies of another —
 * exact copies, near copies (the same text with small edits: tracking parameters, a changed
 * headline, a credit line) and derivatives (reworded "spun" copies that keep the original's facts in
 * the original's order). A copy is listed as a source but never counted as independent confirmation.
 *
 * <p>Derivatives are found by aligning sentences on their content terms, not on shared word runs, so a
 * rewrite that changes every phrase is still caught; two independent reports of one event share facts
 * but not their sentence-by-sentence order, and stay independent.
 */
package dev.newsdesk.dedupe;
