package dev.newsdesk.cluster;

/**
 * Tunables of the cluster stage. Immutable; copy with {@code withX}.
 *
 * @param joinThreshold   minimum combined similarity to join an existing story
 * @param nameWeight      share of the name similarity in the combined score (the rest is terms)
 * @param maxGapDays      a story and an article whose publication dates are further apart never join
 * @param profileTerms    how many of the strongest terms a story profile keeps
 * @param profileNames    how many of the strongest names a story profile keeps
 * @param indexKeys       how many of an article's rarest terms and names are looked up to find candidates
 */
public record ClusterConfig(
    double joinThreshold, double nameWeight, int maxGapDays, int profileTerms, int profileNames, int indexKeys) {

  public static final ClusterConfig DEFAULTS = new ClusterConfig(0.20, 0.5, 7, 120, 60, 12);

  public ClusterConfig {
    if (!(joinThreshold > 0 && joinThreshold < 1)) {
      throw new IllegalArgumentException("joinThreshold must be in (0, 1), was " + joinThreshold);
    }
    if (!(nameWeight >= 0 && nameWeight <= 1)) {
      throw new IllegalArgumentException("nameWeight must be in [0, 1], was " + nameWeight);
    }
    if (maxGapDays < 0) {
      throw new IllegalArgumentException("maxGapDays must not be negative, was " + maxGapDays);
    }
    if (profileTerms < 1 || profileNames < 1 || indexKeys < 1) {
      throw new IllegalArgumentException("profileTerms, profileNames and indexKeys must be positive, were "
          + profileTerms + ", " + profileNames + ", " + indexKeys);
    }
  }

  public ClusterConfig withJoinThreshold(double v) {
    return new ClusterConfig(v, nameWeight, maxGapDays, profileTerms, profileNames, indexKeys);
  }

  public ClusterConfig withNameWeight(double v) {
    return new ClusterConfig(joinThreshold, v, maxGapDays, profileTerms, profileNames, indexKeys);
  }

  public ClusterConfig withMaxGapDays(int v) {
    return new ClusterConfig(joinThreshold, nameWeight, v, profileTerms, profileNames, indexKeys);
  }
}
