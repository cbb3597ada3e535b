/**
 * Cluster stage: decides, one article at a time, which open story an article belongs to, or opens a
 * new one. Online: no look-ahead, state is the persisted profiles of open stories.
 *
 * <p>An article is compared with a story by two cosine similarities over idf-weighted vectors, one of
 * content terms and one of capitalised names; names carry who, where and which group, which is what
 * tells two events with the same vocabulary apart. Publication dates far apart veto a join. Candidate
 * stories come from an inverted index over the rarest names and terms, so the cost per article does
 * not grow with the number of open stories.
 */
package dev.newsdesk.cluster;
