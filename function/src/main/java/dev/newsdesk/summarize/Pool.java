package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sentences a story may use, each with the independent sources it stands in verbatim and a
 * centrality score. Package-private: built once per story by {@link StoryWriter}.
 */
final class Pool {
  /** Terms kept in the story centroid. */
  private static final int CENTROID_TERMS = 60;

  /** A usable sentence of an independent source. */
  record Candidate(
      String text, int source, int index, int paragraph, Set<String> terms, List<Integer> cite, double score,
      Analysis article, int sentence) {}

  final List<Candidate> ranked;
  final Map<Integer, Analysis> independent;

  private Pool(List<Candidate> ranked, Map<Integer, Analysis> independent) {
    this.ranked = ranked;
    this.independent = independent;
  }

  static Pool of(List<Analysis> members, List<Source> sources, Eligibility eligibility, double leadBonus) {
    Map<Integer, Analysis> independent = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (sources.get(i).independent()) {
        independent.put(sources.get(i).n(), members.get(i));
      }
    }
    // Where each normalised sentence text stands, so a sentence cites every independent carrier.
    Map<String, TreeSet<Integer>> carriers = new HashMap<>();
    independent.forEach((n, a) -> a.sentences().forEach(
        s -> carriers.computeIfAbsent(Text.normalize(s.text()), k -> new TreeSet<>()).add(n)));
    // Centrality: cosine of a sentence with the story's centroid, where a term weighs its frequency
    // across the independent sources times its inverse sentence frequency (words every sentence
    // uses say nothing in particular) times the number of sources that use it (confirmation).
    Map<String, Integer> support = new HashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, Integer> sentenceFrequency = new HashMap<>();
    int[] sentenceCount = {0};
    independent.values().forEach(a -> {
      Set<String> seen = new HashSet<>();
      a.sentences().forEach(s -> {
        sentenceCount[0]++;
        new HashSet<>(s.terms()).forEach(t -> sentenceFrequency.merge(t, 1, Integer::sum));
        s.terms().forEach(t -> frequency.merge(t, 1, Integer::sum));
        seen.addAll(s.terms());
      });
      seen.forEach(t -> support.merge(t, 1, Integer::sum));
    });
    Map<String, Double> centroid = new HashMap<>();
    frequency.forEach((t, f) -> centroid.put(t,
        f * Math.log(1.0 + (double) sentenceCount[0] / sentenceFrequency.get(t)) * support.get(t)));
    List<Map.Entry<String, Double>> top = new ArrayList<>(centroid.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> kept = new HashMap<>();
    top.stream().limit(CENTROID_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
    double centroidNorm = Math.sqrt(kept.values().stream().mapToDouble(v -> v * v).sum());

    List<Candidate> candidates = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    independent.forEach((n, a) -> a.sentences().forEach(s -> {
      String key = Text.normalize(s.text());
      if (!eligibility.usable(s.text()) || !taken.add(key)) {
        return;
      }
      Set<String> terms = new TreeSet<>(s.terms());
      double dot = 0;
      double norm = 0;
      for (String t : terms) {
        double w = Math.log(1.0 + (double) sentenceCount[0] / sentenceFrequency.get(t));
        norm += w * w;
        dot += w * kept.getOrDefault(t, 0.0);
      }
      double centrality = norm == 0 || centroidNorm == 0 ? 0 : dot / (Math.sqrt(norm) * centroidNorm);
      candidates.add(new Candidate(s.text(), n, s.index(), s.paragraph(), terms,
          List.copyOf(carriers.get(key)), centrality, a, s.index()));
    }));
    double max = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
    List<Candidate> scored = new ArrayList<>();
    for (Candidate c : candidates) {
      double score = (max == 0 ? 0 : c.score() / max) + leadBonus / (1.0 + c.index());
      scored.add(new Candidate(c.text(), c.source(), c.index(), c.paragraph(), c.terms(), c.cite(),
          Math.round(score * 1e9) / 1e9, c.article(), c.sentence()));
    }
    scored.sort((x, y) -> {
      int byScore = Double.compare(y.score(), x.score());
      if (byScore != 0) {
        return byScore;
      }
      int bySource = Integer.compare(x.source(), y.source());
      return bySource != 0 ? bySource : Integer.compare(x.index(), y.index());
    });
    return new Pool(List.copyOf(scored), independent);
  }

  /** Term Dice similarity: how much two sentences say the same thing. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
