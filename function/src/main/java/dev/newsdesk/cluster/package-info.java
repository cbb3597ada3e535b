/**
 * Cluster stage: decides, one article at a time, which open story an article belongs to, or opens a
 * new one. Online: no look-ahead, state is the persisted profiles of open stories.
 *
 * <p>An article is compared with a story by the cosine of its idf-weighted term vector with the
 * story's term centroid, which counts for less when both name people, places or organisations but
 * share none (two events of one kind can be told in the same words). Dates veto: publication dates
 * further apart than the quiet period, an undated report mentioning dates written after the other
 * side's, event weekdays that do not match.
 * A bare headline has too few words to decide alone, so it is drawn to the stories the stream just
 * continued, as far as the stream continues its stories back to back. An article that strongly
 * matches two compatible open stories merges them into the older. Stories close after a quiet
 * period, and the open index has a hard size limit, so state stays bounded.
 *
 * <p>Candidate stories come from an inverted index over names and strongest terms whose lookups read
 * only the newest postings of each key, so the cost per article does not grow with the number of
 * open stories ({@code dev.newsdesk.eval.ClusteringBench} measures it).
 */
package dev.newsdesk.cluster;
