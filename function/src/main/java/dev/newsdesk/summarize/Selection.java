package dev.newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a story's sentences: greedy coverage of the story's weighted concepts under a word budget.
 * Each step takes the sentence whose not yet covered concepts weigh most, times its position prior,
 * per word (to a power: long sentences are not punished in full); a concept counts once, so a
 * sentence that says again what is already said gains nothing, and one that shares most of its terms
 * with a chosen sentence is dropped outright. Sentences that would overrun the budget are passed
 * over, so shorter ones fill what is left. The order of the result is the order of choice, most
 * important first.
 */
final class Selection {
  private Selection() {}

  /**
   * @param maxWords     the word budget
   * @param maxSentences at most this many sentences
   */
  static List<Pool.Candidate> select(Pool pool, SummarizeConfig config, int maxWords, int maxSentences) {
    List<Pool.Candidate> all = pool.candidates;
    boolean[] covered = new boolean[pool.concepts()];
    boolean[] out = new boolean[all.size()];
    double[] lengthFactor = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      lengthFactor[i] = all.get(i).prior() / Math.pow(all.get(i).words(), config.lengthPower());
    }
    List<Pool.Candidate> chosen = new ArrayList<>();
    int used = 0;
    while (chosen.size() < maxSentences) {
      int best = -1;
      double bestValue = 0;
      for (int i = 0; i < all.size(); i++) {
        if (out[i]) {
          continue;
        }
        Pool.Candidate c = all.get(i);
        if (used + c.words() > maxWords) {
          out[i] = true;
          continue;
        }
        double gain = 0;
        for (int id : c.concepts()) {
          if (!covered[id]) {
            gain += pool.weight(id);
          }
        }
        // Strictly greater: among equals the earlier candidate (source order, then position) wins.
        double value = gain * lengthFactor[i];
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      Pool.Candidate c = all.get(best);
      out[best] = true;
      chosen.add(c);
      used += c.words();
      for (int id : c.concepts()) {
        covered[id] = true;
      }
      for (int i = 0; i < all.size(); i++) {
        if (!out[i] && Pool.overlap(all.get(i).terms(), c.terms()) >= config.redundancy()) {
          out[i] = true;
        }
      }
    }
    return chosen;
  }
}
