package dev.newsdesk.summarize;

/**
 * Tunables of the summarize stage. Immutable; copy with {@code withX}.
 *
 * @param ledeSentences   at most this many sentences in the lede (1..3)
 * @param ledeWords       the lede stops growing past this many words
 * @param bodySentences   at most this many sentences in the body
 * @param minWords        shorter sentences are not used (headings, fragments)
 * @param maxWords        longer sentences are not used (run-ons, lists)
 * @param redundancy      term Dice similarity from which a sentence repeats one already chosen
 * @param leadBonus       weight of the position bonus (1 for a source's first sentence, falling off)
 * @param leadWindow      sentences of each source eligible for the lede
 * @param timelineEntries at most this many timeline entries
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
    int timelineEntries) {

  public static final SummarizeConfig DEFAULTS = new SummarizeConfig(3, 70, 12, 6, 60, 0.5, 0.35, 3, 12);

  public SummarizeConfig {
    if (ledeSentences < 1 || ledeSentences > 3) {
      throw new IllegalArgumentException("ledeSentences must be 1..3, was " + ledeSentences);
    }
    if (ledeWords < 1 || bodySentences < 0 || minWords < 1 || maxWords < minWords || leadWindow < 1
        || timelineEntries < 0) {
      throw new IllegalArgumentException("invalid summarize limits: " + this);
    }
    if (!(redundancy > 0 && redundancy <= 1) || leadBonus < 0) {
      throw new IllegalArgumentException("redundancy must be in (0, 1] and leadBonus >= 0: " + this);
    }
  }

  public SummarizeConfig withBodySentences(int v) {
    return new SummarizeConfig(ledeSentences, ledeWords, v, minWords, maxWords, redundancy, leadBonus,
        leadWindow, timelineEntries);
  }

  public SummarizeConfig withRedundancy(double v) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, v, leadBonus,
        leadWindow, timelineEntries);
  }

  public SummarizeConfig withLeadBonus(double v) {
    return new SummarizeConfig(ledeSentences, ledeWords, bodySentences, minWords, maxWords, redundancy, v,
        leadWindow, timelineEntries);
  }
}
