/**
 * Quality evaluation on the development corpora: runs a stage the way the desk does and scores it
 * with the same metrics as the reference scorers in {@code shared/eval/} (which the tests check).
 * Used by {@code newsdesk eval ...} and by the quality-gate tests.
 */
package dev.newsdesk.eval;
