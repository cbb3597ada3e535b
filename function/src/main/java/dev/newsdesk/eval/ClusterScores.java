package dev.newsdesk.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering scores as {@code shared/eval/quality/cluster_score.py} computes them: pairwise
 * precision, recall and F1 over document pairs (Miranda et al. 2018) and B-cubed (Bagga and Baldwin
 * 1998). Documents missing from the prediction count as singletons.
 *
 * @param pairwiseP   pairwise precision
 * @param pairwiseR   pairwise recall
 * @param pairwiseF1  pairwise F1
 * @param bcubedP     B-cubed precision
 * @param bcubedR     B-cubed recall
 * @param bcubedF1    B-cubed F1
 * @param goldClusters number of gold clusters
 * @param predClusters number of predicted clusters
 */
public record ClusterScores(
    double pairwiseP, double pairwiseR, double pairwiseF1, double bcubedP, double bcubedR, double bcubedF1,
    int goldClusters, int predClusters) {

  /** Scores {@code predicted} (document id to cluster) against {@code gold} (document id to label). */
  public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> pred = new HashMap<>();
    for (String id : gold.keySet()) {
      pred.put(id, predicted.getOrDefault(id, "__singleton__" + id));
    }
    Map<String, Long> contingency = new HashMap<>();
    Map<String, Long> goldSize = new HashMap<>();
    Map<String, Long> predSize = new HashMap<>();
    gold.forEach((id, g) -> {
      String p = pred.get(id);
      contingency.merge(g + "\u0000" + p, 1L, Long::sum);
      goldSize.merge(g, 1L, Long::sum);
      predSize.merge(p, 1L, Long::sum);
    });
    long tp = contingency.values().stream().mapToLong(ClusterScores::pairs).sum();
    long tpFp = predSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    long tpFn = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    double p = tpFp == 0 ? 0 : (double) tp / tpFp;
    double r = tpFn == 0 ? 0 : (double) tp / tpFn;
    double n = gold.size();
    double bp = 0;
    double br = 0;
    for (Map.Entry<String, Long> e : contingency.entrySet()) {
      String[] gp = e.getKey().split("\u0000", 2);
      double c = e.getValue();
      bp += c * c / predSize.get(gp[1]);
      br += c * c / goldSize.get(gp[0]);
    }
    bp = n == 0 ? 0 : bp / n;
    br = n == 0 ? 0 : br / n;
    return new ClusterScores(p, r, f1(p, r), bp, br, f1(bp, br), goldSize.size(), predSize.size());
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line in the reference scorer's style, as percentages. */
  public String format() {
    return String.format(java.util.Locale.ROOT,
        "gold_clusters=%d pred_clusters=%d | pairwise P=%.2f R=%.2f F1=%.2f | B3 P=%.2f R=%.2f F1=%.2f",
        goldClusters, predClusters, 100 * pairwiseP, 100 * pairwiseR, 100 * pairwiseF1, 100 * bcubedP,
        100 * bcubedR, 100 * bcubedF1);
  }
}
