package dev.newsdesk.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A sparse vector over {@link Vocabulary} ids: ids ascending, one weight each, with its Euclidean
 * norm. Compact (twelve bytes an entry) because an index holds one or two per open story. Immutable.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  private final int[] ids;
  private final double[] weights;
  private final double norm;

  /** @param ids ascending, without repeats; the arrays are taken over, not copied */
  SparseVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /** A vector from (id, weight) pairs in any order; ids must not repeat. */
  static SparseVector of(Map<Integer, Double> entries) {
    int[] ids = new int[entries.size()];
    int i = 0;
    for (int id : entries.keySet()) {
      ids[i++] = id;
    }
    Arrays.sort(ids);
    double[] weights = new double[ids.length];
    for (int j = 0; j < ids.length; j++) {
      weights[j] = entries.get(ids[j]);
    }
    return new SparseVector(ids, weights);
  }

  /** A vector from a persisted map of key (without its kind prefix) to weight. */
  static SparseVector of(SortedMap<String, Double> weights, Vocabulary.Kind kind, Vocabulary vocabulary) {
    Map<Integer, Double> entries = new TreeMap<>();
    weights.forEach((key, w) -> entries.put(vocabulary.id(kind, key), w));
    return of(entries);
  }

  int size() {
    return ids.length;
  }

  int id(int i) {
    return ids[i];
  }

  double weight(int i) {
    return weights[i];
  }

  double norm() {
    return norm;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** The dot product, by a merge of the two sorted id arrays. */
  double dot(SparseVector other) {
    int i = 0;
    int j = 0;
    double sum = 0;
    int[] a = ids;
    int[] b = other.ids;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += weights[i++] * other.weights[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** The cosine of the angle between the two vectors; 0 when either is empty. */
  double cosine(SparseVector other) {
    return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
  }

  /**
   * {@code this + other}, keeping the {@code keep} largest weights (ties to the smaller key), each
   * rounded to six decimals so that stored profiles are byte-stable.
   */
  SparseVector plus(SparseVector other, int keep, Vocabulary vocabulary) {
    int[] mergedIds = new int[ids.length + other.ids.length];
    double[] mergedWeights = new double[mergedIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < other.ids.length) {
      if (j == other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
        mergedIds[n] = ids[i];
        mergedWeights[n++] = weights[i++];
      } else if (i == ids.length || other.ids[j] < ids[i]) {
        mergedIds[n] = other.ids[j];
        mergedWeights[n++] = other.weights[j++];
      } else {
        mergedIds[n] = ids[i];
        mergedWeights[n++] = weights[i++] + other.weights[j++];
      }
    }
    return strongest(mergedIds, mergedWeights, n, keep, vocabulary);
  }

  private static SparseVector strongest(int[] ids, double[] weights, int n, int keep, Vocabulary vocabulary) {
    double[] rounded = new double[n];
    for (int i = 0; i < n; i++) {
      rounded[i] = round(weights[i]);
    }
    if (n <= keep) {
      return new SparseVector(Arrays.copyOf(ids, n), rounded);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int byWeight = Double.compare(rounded[y], rounded[x]);
      return byWeight != 0 ? byWeight : vocabulary.compareKeys(ids[x], ids[y]);
    });
    int[] kept = new int[keep];
    for (int k = 0; k < keep; k++) {
      kept[k] = order[k];
    }
    Arrays.sort(kept); // positions ascending = ids ascending, since the input ids ascend
    int[] outIds = new int[keep];
    double[] outWeights = new double[keep];
    for (int k = 0; k < keep; k++) {
      outIds[k] = ids[kept[k]];
      outWeights[k] = rounded[kept[k]];
    }
    return new SparseVector(outIds, outWeights);
  }

  /**
   * The positions ({@link #id}, {@link #weight}) of the {@code count} largest weights, largest first
   * (ties to the smaller key).
   */
  List<Integer> top(int count, Vocabulary vocabulary) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int byWeight = Double.compare(weights[y], weights[x]);
      return byWeight != 0 ? byWeight : vocabulary.compareKeys(ids[x], ids[y]);
    });
    return Arrays.asList(order).subList(0, Math.min(count, ids.length));
  }

  /** The vector as a persisted map: key without its two-character kind prefix, to weight. */
  SortedMap<String, Double> toMap(Vocabulary vocabulary) {
    TreeMap<String, Double> out = new TreeMap<>();
    for (int i = 0; i < ids.length; i++) {
      out.put(vocabulary.key(ids[i]).substring(2), weights[i]);
    }
    return out;
  }

  /** Rounded to six decimals, so that persisted weights do not depend on summation order noise. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
