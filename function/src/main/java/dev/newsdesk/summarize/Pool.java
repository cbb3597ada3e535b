package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The sentences a story may use, each with the independent sources it stands in verbatim and the
 * concepts it covers, and the weight of every concept in the story. Package-private: built once per
 * story by {@link StoryWriter}; not thread-safe to share while being built, immutable afterwards.
 *
 * <p>Concepts are the content terms of a sentence and its pairs of neighbouring terms (terms with
 * only stop words between them). A concept weighs what the independent sources give it: each source
 * that states it adds one, and more when it states it early, where news puts the main event; what
 * only one source states counts less when others could have confirmed it. Copies never add weight.
 */
final class Pool {
  /**
   * A usable sentence of an independent source.
   *
   * @param text     the text a story publishes: the sentence, or the sentence without its dateline
   * @param trimmed  what was cut from the front of the source sentence ({@link Trim}), or {@code null}
   * @param source   the number of the first independent source that carries it
   * @param index    its position in that source, from 0
   * @param terms    its distinct content terms as ids, ascending, for the redundancy test
   * @param concepts the ids of the concepts it covers
   * @param words    its length in words
   * @param cite     every independent source it stands in
   * @param prior    its position prior, from 1 (late) to {@code 1 + leadBonus} (first sentence)
   * @param sentence the source sentence
   * @param article  the source article
   */
  record Candidate(
      String text, String trimmed, int source, int index, int[] terms, int[] concepts, int words,
      List<Integer> cite, double prior, Sentence sentence, Analysis article) {}

  final List<Candidate> candidates;
  final Map<Integer, Analysis> independent;
  private final double[] weights;
  private final Map<String, Integer> ids;
  private final Map<String, TreeSet<Integer>> fullCarriers;

  private Pool(List<Candidate> candidates, Map<Integer, Analysis> independent, double[] weights,
      Map<String, Integer> ids, Map<String, TreeSet<Integer>> fullCarriers) {
    this.candidates = candidates;
    this.independent = independent;
    this.weights = weights;
    this.ids = ids;
    this.fullCarriers = fullCarriers;
  }

  /**
   * Builds the pool of a story.
   *
   * @param members     the story's articles, numbered from 1 in this order
   * @param sources     their source entries (which are independent)
   * @param eligibility which sentences can stand alone
   * @param generic     terms that are never concepts (reporting verbs)
   */
  static Pool of(List<Analysis> members, List<Source> sources, Eligibility eligibility, Set<String> generic,
      SummarizeConfig config) {
    Map<Integer, Analysis> independent = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (sources.get(i).independent()) {
        independent.put(sources.get(i).n(), members.get(i));
      }
    }
    // Each sentence as a story would publish it, and where each text stands, so that a sentence
    // cites every independent source that carries it.
    Map<Integer, List<Trim.View>> views = new HashMap<>();
    Map<String, TreeSet<Integer>> carriers = new HashMap<>();
    Map<String, TreeSet<Integer>> fullCarriers = new HashMap<>();
    independent.forEach((n, a) -> {
      List<Trim.View> v = new ArrayList<>(a.sentences().size());
      for (Sentence s : a.sentences()) {
        Trim.View view = Trim.of(s);
        v.add(view);
        carriers.computeIfAbsent(Text.normalize(view.text()), k -> new TreeSet<>()).add(n);
        fullCarriers.computeIfAbsent(Text.normalize(s.text()), k -> new TreeSet<>()).add(n);
      }
      views.put(n, v);
    });

    Map<String, Integer> ids = new HashMap<>();
    List<double[]> sums = new ArrayList<>();
    Map<Integer, int[][]> conceptsOf = new HashMap<>();
    for (Map.Entry<Integer, Analysis> source : independent.entrySet()) {
      Map<Integer, Double> best = new HashMap<>();
      List<Trim.View> sourceViews = views.get(source.getKey());
      int[][] sentenceConcepts = new int[sourceViews.size()][];
      for (Sentence s : source.getValue().sentences()) {
        double position = 1 + config.positionBoost() / (1 + s.index() / config.positionScale());
        Set<String> concepts = concepts(sourceViews.get(s.index()).terms(), generic);
        int[] sentenceIds = new int[concepts.size()];
        int k = 0;
        for (String c : concepts) {
          int id = ids.computeIfAbsent(c, key -> {
            sums.add(new double[2]);
            return sums.size() - 1;
          });
          sentenceIds[k++] = id;
          best.merge(id, position, Math::max);
        }
        sentenceConcepts[s.index()] = sentenceIds;
      }
      conceptsOf.put(source.getKey(), sentenceConcepts);
      best.forEach((id, v) -> {
        sums.get(id)[0] += v;
        sums.get(id)[1] += 1;
      });
    }
    double[] weights = new double[sums.size()];
    boolean confirmable = independent.size() >= 2;
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      double[] sum = sums.get(e.getValue());
      double v = sum[0];
      if (e.getKey().indexOf(' ') >= 0) {
        v *= config.pairWeight();
      }
      if (confirmable && sum[1] < 2) {
        v *= config.unconfirmedWeight();
      }
      weights[e.getValue()] = Math.pow(v, config.confirmationPower());
    }

    List<Candidate> candidates = new ArrayList<>();
    // A story needs a lede: when no sentence can stand alone, any sentence may.
    boolean anyUsable = views.values().stream().flatMap(List::stream).anyMatch(v -> eligibility.usable(v.text()));
    Predicate<String> usable = anyUsable ? eligibility::usable : t -> Text.words(t) > 0;
    Set<String> taken = new HashSet<>();
    Map<String, Integer> termIds = new HashMap<>();
    independent.forEach((n, a) -> a.sentences().forEach(s -> {
      Trim.View view = views.get(n).get(s.index());
      String key = Text.normalize(view.text());
      if (!usable.test(view.text()) || !taken.add(key)) {
        return;
      }
      int[] concepts = conceptsOf.get(n)[s.index()];
      double prior = 1 + config.leadBonus() / (1 + s.index());
      int[] terms = view.terms().stream().mapToInt(t -> termIds.computeIfAbsent(t, k -> termIds.size()))
          .distinct().sorted().toArray();
      candidates.add(new Candidate(view.text(), view.trimmed(), n, s.index(), terms,
          concepts, Text.words(view.text()), List.copyOf(carriers.get(key)), prior, s, a));
    }));
    return new Pool(List.copyOf(candidates), independent, weights, ids, fullCarriers);
  }

  /** The weight of concept {@code id}. */
  double weight(int id) {
    return weights[id];
  }

  /** The number of concepts. */
  int concepts() {
    return weights.length;
  }

  /** The weight of a term as a concept of this story; 0 for a term no independent source uses. */
  double termWeight(String term) {
    Integer id = ids.get(term);
    return id == null ? 0 : weights[id];
  }

  /** The sum of the weights of a candidate's concepts. */
  double value(Candidate c) {
    double v = 0;
    for (int id : c.concepts()) {
      v += weights[id];
    }
    return v;
  }

  /** Every independent source whose sentences include {@code sentence} as a whole, ascending. */
  List<Integer> citeWhole(String sentence) {
    TreeSet<Integer> n = fullCarriers.get(Text.normalize(sentence));
    return n == null ? List.of() : List.copyOf(n);
  }

  /** The terms of a sentence and its pairs of neighbouring terms, each once, in text order. */
  static Set<String> concepts(List<String> terms, Set<String> generic) {
    List<String> kept = new ArrayList<>(terms.size());
    for (String t : terms) {
      if (!generic.contains(t)) {
        kept.add(t);
      }
    }
    Set<String> out = new LinkedHashSet<>(kept);
    for (int i = 1; i < kept.size(); i++) {
      out.add(kept.get(i - 1) + " " + kept.get(i));
    }
    return out;
  }

  /** Term Dice similarity of two ascending id arrays: how much two sentences say the same thing. */
  static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }
}
