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
    // Term weight: in how many independent sources a term occurs (centrality by confirmation).
    Map<String, Integer> support = new HashMap<>();
    independent.values().forEach(a -> {
      Set<String> seen = new HashSet<>();
      a.sentences().forEach(s -> seen.addAll(s.terms()));
      seen.forEach(t -> support.merge(t, 1, Integer::sum));
    });
    Map<String, Integer> frequency = new HashMap<>();
    independent.values().forEach(a -> a.sentences().forEach(s -> s.terms().forEach(t -> frequency.merge(t, 1, Integer::sum))));

    List<Candidate> candidates = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    independent.forEach((n, a) -> a.sentences().forEach(s -> {
      String key = Text.normalize(s.text());
      if (!eligibility.usable(s.text()) || !taken.add(key)) {
        return;
      }
      Set<String> terms = new TreeSet<>(s.terms());
      double centrality = 0;
      for (String t : terms) {
        centrality += support.get(t) * Math.log(1 + frequency.get(t));
      }
      centrality = terms.isEmpty() ? 0 : centrality / Math.sqrt(terms.size());
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
