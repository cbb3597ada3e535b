package dev.newsdesk.cluster;

/**
 * Tunables of the cluster stage. Immutable; copy with {@code withX}. One configuration serves every
 * kind of stream: the defaults were chosen on three development streams together (full-text
 * newswire with day dates, headline-only aggregator items, undated multi-source events), never per
 * stream; {@code ClusteringQualityGateTest} pins what they score.
 *
 * @param joinThreshold   minimum similarity (cosine of the article's tf-idf term vector with a story's
 *                        term centroid) to join an existing story
 * @param shortThreshold  the same for a short article ({@code shortTerms} distinct terms or fewer, such
 *                        as a bare headline): higher, because a few shared words are weak evidence
 * @param shortTerms      an article with at most this many distinct terms counts as short
 * @param nameWeight      share of the name similarity in the combined score (the rest is terms); 0
 *                        uses names only to find candidates (names are also terms, and weighting them
 *                        twice merged related events on the development streams)
 * @param recencyBoost    how much more an article is drawn to the stories the stream continued last:
 *                        similarity times 1 + boost * shortness * burstiness * 2^(-articles since /
 *                        half-life), where shortness is min(1, shortTerms / the article's distinct terms)
 *                        and burstiness (0..1) measures how far the stream itself continues its stories
 *                        back to back; 0 turns recency off
 * @param recencyHalfLife articles after which the recency pull halves
 * @param mergeThreshold  an article (not a short one) that reaches this similarity with two open stories
 *                        shows them to be one event, and they merge (when also compatible, see
 *                        {@code mergeCohesion})
 * @param mergeCohesion   minimum cosine between the two stories' term centroids for such a merge
 * @param maxGapDays      an undated side mentioning a date more than this many days after the other
 *                        side's publication was written too late to be the same report of one event
 * @param quietDays       a story whose newest member is more than this many days older than the
 *                        article at hand is closed: it leaves the open index and can no longer join
 *                        (see {@link OpenStories#assign} for how one far-off date is kept from closing
 *                        everything); an article and a story whose dates are further apart never join
 * @param maxOpenStories  the open index never holds more stories; beyond it the least recently
 *                        continued story is closed
 * @param profileTerms    how many of the strongest terms a story profile keeps
 * @param profileNames    how many of the strongest names a story profile keeps
 * @param bodySentences   how many opening sentences of an article's body make its vectors (the rest of
 *                        a long article adds background, not identity)
 * @param indexKeys       how many of an article's strongest terms, and as many names, are looked up to
 *                        find candidates
 * @param indexedTerms    how many of a story's strongest terms it is posted under (it is posted under
 *                        all its names)
 * @param postingCap      how many of the newest live postings of a key a lookup reads
 * @param maxCandidates   how many index candidates (by summed weight of the keys they share with the
 *                        article) are scored in full
 * @param recentStories   how many of the most recently continued stories are always scored too
 * @param coldDocuments   how long a new desk is cold: until it has counted enough articles, document
 *                        frequencies cannot tell everyday news words ("officials said", "residents were
 *                        evacuated") from distinctive ones, so the similarity of an article (not a short
 *                        one) to a story that shares none of its names is scaled by documents / (documents
 *                        + coldDocuments): on an empty desk only a shared name lets an article join; the
 *                        rule fades as the desk fills (half at coldDocuments articles, 0.95 at 19 times as
 *                        many). 0 turns it off
 * @param unsharedNames   how many names (people, places, organisations; compared regardless of case)
 *                        an article that is not short and a story must each have before the absence
 *                        of any shared name counts against them
 * @param unsharedNamesFactor what the similarity is multiplied by when both have that many names and
 *                        share none: reports of different events of one kind can share most of their
 *                        wording (a wire template, a routine bulletin) while naming different people
 *                        and places; 1 turns it off
 */
public record ClusterConfig(
    double joinThreshold,
    double shortThreshold,
    int shortTerms,
    double nameWeight,
    double recencyBoost,
    double recencyHalfLife,
    double mergeThreshold,
    double mergeCohesion,
    int maxGapDays,
    int quietDays,
    int maxOpenStories,
    int profileTerms,
    int profileNames,
    int bodySentences,
    int indexKeys,
    int indexedTerms,
    int postingCap,
    int maxCandidates,
    int recentStories,
    int coldDocuments,
    int unsharedNames,
    double unsharedNamesFactor) {

  public static final ClusterConfig DEFAULTS = new ClusterConfig(0.20, 0.25, 12, 0.0, 8, 1, 0.5, 0.5, 7, 60,
      200_000, 120, 60, 40, 8, 30, 64, 16, 4, 20, 2, 0.4);

  public ClusterConfig {
    unit("joinThreshold", joinThreshold);
    unit("shortThreshold", shortThreshold);
    if (!(nameWeight >= 0 && nameWeight <= 1)) {
      throw new IllegalArgumentException("nameWeight must be in [0, 1], was " + nameWeight);
    }
    if (!(recencyBoost >= 0) || !(recencyHalfLife > 0)) {
      throw new IllegalArgumentException("recencyBoost must not be negative and recencyHalfLife must be positive, were "
          + recencyBoost + ", " + recencyHalfLife);
    }
    if (!(mergeThreshold > 0) || !(mergeCohesion >= 0 && mergeCohesion <= 1)) {
      throw new IllegalArgumentException("mergeThreshold must be positive (above 1 turns merging off) and "
          + "mergeCohesion in [0, 1], were " + mergeThreshold + ", " + mergeCohesion);
    }
    if (maxGapDays < 0 || quietDays < 0 || shortTerms < 0 || coldDocuments < 0) {
      throw new IllegalArgumentException("maxGapDays, quietDays, shortTerms and coldDocuments must not be negative, "
          + "were " + maxGapDays + ", " + quietDays + ", " + shortTerms + ", " + coldDocuments);
    }
    if (unsharedNames < 1 || !(unsharedNamesFactor >= 0 && unsharedNamesFactor <= 1)) {
      throw new IllegalArgumentException("unsharedNames must be positive and unsharedNamesFactor in [0, 1], were "
          + unsharedNames + ", " + unsharedNamesFactor);
    }
    if (maxOpenStories < 1 || profileTerms < 1 || profileNames < 1 || bodySentences < 1 || indexKeys < 1
        || indexedTerms < 1 || postingCap < 1 || maxCandidates < 1 || recentStories < 0) {
      throw new IllegalArgumentException("maxOpenStories, profileTerms, profileNames, bodySentences, indexKeys, "
          + "indexedTerms, postingCap and maxCandidates must be positive and recentStories not negative, were "
          + maxOpenStories + ", " + profileTerms + ", " + profileNames + ", " + bodySentences + ", " + indexKeys
          + ", " + indexedTerms + ", " + postingCap + ", " + maxCandidates + ", " + recentStories);
    }
  }

  private static void unit(String name, double v) {
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1), was " + v);
    }
  }

  public ClusterConfig withJoinThreshold(double v) {
    return new ClusterConfig(v, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withNameWeight(double v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, v, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withRecencyBoost(double v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, v, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withMergeThreshold(double v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        v, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withMergeCohesion(double v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, v, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withMaxGapDays(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, v, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withQuietDays(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, v, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withMaxOpenStories(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, v, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withPostingCap(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, v, maxCandidates, recentStories, coldDocuments,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withColdDocuments(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, v,
        unsharedNames, unsharedNamesFactor);
  }

  public ClusterConfig withUnsharedNames(int v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments, v,
        unsharedNamesFactor);
  }

  public ClusterConfig withUnsharedNamesFactor(double v) {
    return new ClusterConfig(joinThreshold, shortThreshold, shortTerms, nameWeight, recencyBoost, recencyHalfLife,
        mergeThreshold, mergeCohesion, maxGapDays, quietDays, maxOpenStories, profileTerms, profileNames,
        bodySentences, indexKeys, indexedTerms, postingCap, maxCandidates, recentStories, coldDocuments,
        unsharedNames, v);
  }
}
