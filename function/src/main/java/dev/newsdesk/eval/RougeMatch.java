package dev.newsdesk.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Overlap counting behind ROUGE, on token sequences coded as small non-negative ints (equal tokens,
 * equal codes): clipped n-gram matches, the longest common subsequence, and Lin's union LCS for
 * summary-level ROUGE-L.
 */
final class RougeMatch {
  private RougeMatch() {}

  /** Counts of each n-gram of {@code tokens} (n = 1 or 2), keyed by the codes packed into a long. */
  static Map<Long, Integer> ngrams(int[] tokens, int n) {
    if (n != 1 && n != 2) {
      throw new IllegalArgumentException("n-grams of length 1 or 2 only: " + n);
    }
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.length; i++) {
      long key = n == 1 ? tokens[i] : ((long) tokens[i] << 32) | tokens[i + 1];
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Total of the counts: the number of n-grams. */
  static int total(Map<Long, Integer> counts) {
    int sum = 0;
    for (int c : counts.values()) {
      sum += c;
    }
    return sum;
  }

  /** Matches between two n-gram multisets, each n-gram counted at most as often as in either. */
  static int clippedOverlap(Map<Long, Integer> candidate, Map<Long, Integer> reference) {
    int hits = 0;
    for (Map.Entry<Long, Integer> e : candidate.entrySet()) {
      Integer inReference = reference.get(e.getKey());
      if (inReference != null) {
        hits += Math.min(e.getValue(), inReference);
      }
    }
    return hits;
  }

  /** Length of a longest common subsequence of {@code a} and {@code b}. */
  static int lcsLength(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int x : a) {
      for (int j = 1; j <= b.length; j++) {
        current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.max(current[j - 1], previous[j]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }

  /**
   * Positions of {@code reference} on one particular LCS with {@code candidate}: the one found by
   * walking the table back from the end, taking a match whenever the tokens agree, else stepping
   * back in the candidate only when that keeps a strictly longer LCS, else in the reference. The
   * choice among equally long LCSs changes union-LCS scores, so it follows {@code rouge-score}.
   */
  static void addLcsPositions(int[] reference, int[] candidate, TreeSet<Integer> into) {
    int rows = reference.length;
    int cols = candidate.length;
    int[][] table = new int[rows + 1][cols + 1];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        table[i][j] = reference[i - 1] == candidate[j - 1]
            ? table[i - 1][j - 1] + 1
            : Math.max(table[i][j - 1], table[i - 1][j]);
      }
    }
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (reference[i - 1] == candidate[j - 1]) {
        into.add(i - 1);
        i--;
        j--;
      } else if (table[i][j - 1] > table[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
  }

  /**
   * Summary-level LCS hits (Lin 2004, section 3.2, as {@code rouge-score} counts them): for each
   * reference sentence, the union of its LCS positions with every candidate sentence; each token
   * there is a hit while both sides still have an unused occurrence of it.
   *
   * @param vocabulary number of distinct codes (all codes are below it)
   */
  static int unionLcsHits(List<int[]> referenceSentences, List<int[]> candidateSentences, int vocabulary) {
    int[] referenceLeft = new int[vocabulary];
    int[] candidateLeft = new int[vocabulary];
    for (int[] s : referenceSentences) {
      for (int t : s) {
        referenceLeft[t]++;
      }
    }
    for (int[] s : candidateSentences) {
      for (int t : s) {
        candidateLeft[t]++;
      }
    }
    int hits = 0;
    for (int[] reference : referenceSentences) {
      TreeSet<Integer> union = new TreeSet<>();
      for (int[] candidate : candidateSentences) {
        addLcsPositions(reference, candidate, union);
      }
      for (int position : union) {
        int token = reference[position];
        if (referenceLeft[token] > 0 && candidateLeft[token] > 0) {
          hits++;
          referenceLeft[token]--;
          candidateLeft[token]--;
        }
      }
    }
    return hits;
  }
}
