package dev.newsdesk.summarize;

/**
 * Tunables of the summarize stage. Immutable; copy with {@code withX}.
 *
 * <p>Selection (see {@link StoryWriter}): every sentence covers concepts, its content terms and its
 * pairs of neighbouring terms. A concept weighs, summed over the independent sources that state it,
 * {@code 1 + positionBoost / (1 + i / positionScale)} where {@code i} is the first sentence of the
 * source that states it; pairs weigh {@code pairWeight} times more; a concept only one source states
 * is multiplied by {@code unconfirmedWeight} when the story has two independent sources or more; the
 * result is raised to {@code confirmationPower}. Sentences are then picked greedily by the weight of
 * the concepts they add, times {@code 1 + leadBonus / (1 + index)}, over {@code words^lengthPower}.
 * The defaults were tuned on the development sets in {@code ../shared/corpus/mds/} (see the quality
 * gate) and sit inside a broad plateau, not on a peak.
 *
 * @param ledeSentences     at most this many sentences in the lede (1..3)
 * @param ledeWords         the lede stops growing past this many words
 * @param bodySentences     at most this many sentences in the body
 * @param minWords          shorter sentences are not used (headings, fragments)
 * @param maxWords          longer sentences are not used (run-ons, lists)
 * @param redundancy        term Dice similarity from which a sentence repeats one already chosen
 * @param leadBonus         weight of a sentence's own position in its source (see above)
 * @param leadWindow        sentences of each source eligible for the lede and read for casualty counts
 * @param timelineEntries   at most this many timeline entries
 * @param quoteEntries      at most this many quotes
 * @param storyWords        at most this many words in a story's lede and body together
 * @param factWindow        sentences of each source read for when, where, time, target and other counts
 * @param positionBoost     extra weight of a concept a source states in its first sentence
 * @param positionScale     sentences over which that extra weight halves
 * @param pairWeight        weight of a pair of neighbouring terms relative to a single term
 * @param unconfirmedWeight factor for a concept that only one independent source states
 * @param confirmationPower exponent on concept weights; above 1 favours what several sources state
 * @param lengthPower       a sentence's gain is divided by its word count to this power
 */
public record SummarizeConfig(
    int ledeSentences,
    int ledeWords,
    int bodySentences,
    int minWords,
    int maxWords,
    double redundancy,
    double leadBonus,
    int leadWindow,
    int timelineEntries,
    int quoteEntries,
    int storyWords,
    int factWindow,
    double positionBoost,
    double positionScale,
    double pairWeight,
    double unconfirmedWeight,
    double confirmationPower,
    double lengthPower) {

  public static final SummarizeConfig DEFAULTS =
      new SummarizeConfig(3, 70, 12, 6, 60, 0.5, 0.6, 3, 12, 12, 400, 10, 6, 6, 2, 0.2, 1.5, 0.7);

  public SummarizeConfig {
    if (ledeSentences < 1 || ledeSentences > 3) {
      throw new IllegalArgumentException("ledeSentences must be 1..3, was " + ledeSentences);
    }
    if (ledeWords < 1 || bodySentences < 0 || minWords < 1 || maxWords < minWords || leadWindow < 1
        || timelineEntries < 0 || quoteEntries < 0 || storyWords < 1 || factWindow < 1) {
      throw new IllegalArgumentException("invalid summarize limits: " + this);
    }
    if (!(redundancy > 0 && redundancy <= 1) || leadBonus < 0) {
      throw new IllegalArgumentException("redundancy must be in (0, 1] and leadBonus >= 0: " + this);
    }
    if (positionBoost < 0 || !(positionScale > 0) || pairWeight < 0 || !(unconfirmedWeight >= 0
        && unconfirmedWeight <= 1) || !(confirmationPower > 0) || lengthPower < 0) {
      throw new IllegalArgumentException("invalid concept weighting: " + this);
    }
  }

  public SummarizeConfig withBodySentences(int v) {
    return new SummarizeConfig(ledeSentences, ledeWords, v, minWords, maxWords, redundancy, leadBonus,
        leadWindow, timelineEntries, quoteEntries, storyWords, factWindow, positionBoost, positionScale, pairWeight,
        unconfirmedWeight, confirmationPower, lengthPower);
  }

  public SummarizeConfig withRedundancy(double v) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, v, leadBonus,
        leadWindow, timelineEntries, quoteEntries, storyWords, factWindow, positionBoost, positionScale, pairWeight,
        unconfirmedWeight, confirmationPower, lengthPower);
  }

  public SummarizeConfig withLeadBonus(double v) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, redundancy, v,
        leadWindow, timelineEntries, quoteEntries, storyWords, factWindow, positionBoost, positionScale, pairWeight,
        unconfirmedWeight, confirmationPower, lengthPower);
  }

  public SummarizeConfig withStoryWords(int v) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, redundancy, leadBonus,
        leadWindow, timelineEntries, quoteEntries, v, factWindow, positionBoost, positionScale, pairWeight,
        unconfirmedWeight, confirmationPower, lengthPower);
  }

  /** A copy with other concept weights (the six selection weights, in component order). */
  public SummarizeConfig withWeights(double positionBoost, double positionScale, double pairWeight,
      double unconfirmedWeight, double confirmationPower, double lengthPower) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, redundancy, leadBonus,
        leadWindow, timelineEntries, quoteEntries, storyWords, factWindow, positionBoost, positionScale, pairWeight,
        unconfirmedWeight, confirmationPower, lengthPower);
  }
}
