package dev.newsdesk.dedupe;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the copies among the members of a story.
 *
 * <p>Thread-safe. The result depends only on the set of members and their order, which the caller
 * fixes (canonical order: earliest publication first, then content hash), so the same members always
 * give the same links. A detector remembers up to {@link DedupeConfig#pairMemory()} pair judgements:
 * a judgement depends only on the two articles (by content hash, in that order), so remembering one
 * changes how fast a story is checked again, never the links.
 */
public final class CopyDetector {
  private final DedupeConfig config;
  private final PairMemory memory;

  public CopyDetector(DedupeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.memory = new PairMemory(config.pairMemory());
  }

  /**
   * Links every copy to the original it derives from.
   *
   * @param members the story's articles in canonical order (earliest first)
   * @return one link per copy, ordered like {@code members}; originals get none
   */
  public List<CopyLink> detect(List<Analysis> members) {
    int n = members.size();
    Text[] texts = new Text[n]; // made when a pair needs them
    // 1. Judge every pair (or remember the judgement); a judgement says which of the two is the copy.
    List<Judgement> judgements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        PairKey pair = PairKey.of(members.get(i).hash(), members.get(j).hash());
        Optional<Verdict> verdict = memory.get(pair);
        if (verdict == null) {
          int second = j;
          verdict = Optional.ofNullable(judge(i, j, text(texts, members, i), text(texts, members, j),
              members.get(i), members.get(j))).map(found -> Verdict.of(found, second));
          memory.put(pair, verdict);
        }
        int first = i;
        int second = j;
        verdict.ifPresent(v -> judgements.add(v.at(first, second)));
      }
    }
    // 2. Group articles connected by copy relations; the root of a group is the earliest member that
    //    no judgement calls a copy (or, if every member is called a copy of another, the earliest).
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    boolean[] calledCopy = new boolean[n];
    for (Judgement j : judgements) {
      union(group, j.copy, j.original);
      calledCopy[j.copy] = true;
    }
    TreeMap<Integer, Integer> roots = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int g = find(group, i);
      Integer current = roots.get(g);
      if (current == null || (calledCopy[current] && !calledCopy[i])) {
        roots.put(g, i);
      }
    }
    // 3. Every non-root member of a group is a copy of the root, of the kind of its strongest judgement
    //    (the first of the highest score, in judgement order), found in one pass over the judgements.
    Judgement[] strongest = new Judgement[n];
    for (Judgement j : judgements) {
      for (int end : new int[] {j.copy, j.original}) {
        if (strongest[end] == null || j.score > strongest[end].score) {
          strongest[end] = j;
        }
      }
    }
    List<CopyLink> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = roots.get(find(group, i));
      if (root != i && strongest[i] != null) {
        links.add(new CopyLink(members.get(i).hash(), members.get(root).hash(), strongest[i].kind,
            strongest[i].score));
      }
    }
    return links;
  }

  private Text text(Text[] texts, List<Analysis> members, int i) {
    if (texts[i] == null) {
      texts[i] = Text.of(members.get(i), config.shingleWords());
    }
    return texts[i];
  }

  private Judgement judge(int i, int j, Text a, Text b, Analysis first, Analysis second) {
    if (a.normalized.equals(b.normalized)) {
      return new Judgement(j, i, "exact", 1.0);
    }
    double near = jaccard(a.shingles, b.shingles);
    if (near >= config.nearThreshold()) {
      return new Judgement(j, i, "near", round(near));
    }
    if (jaccard(a.terms, b.terms) < config.prefilter()) {
      return null;
    }
    double aInB = orderedCoverage(a.sentences, b.sentences);
    double bInA = orderedCoverage(b.sentences, a.sentences);
    if (Math.max(aInB, bInA) < config.derivativeCoverage()) {
      return null;
    }
    // Which one is the rewrite? An earlier publication date is the original; otherwise the text
    // that is more fully contained in the other is the copy (a rewrite rarely adds facts).
    var da = first.article().publishedDate();
    var db = second.article().publishedDate();
    boolean aIsCopy;
    if (da != null && db != null && !da.equals(db)) {
      aIsCopy = da.isAfter(db);
    } else if (Math.abs(aInB - bInA) > 0.05) {
      aIsCopy = aInB > bInA;
    } else {
      aIsCopy = false;
    }
    double score = round(Math.max(aInB, bInA));
    return aIsCopy ? new Judgement(i, j, "derivative", score) : new Judgement(j, i, "derivative", score);
  }

  /**
   * Share of {@code from}'s words that lie in sentences matching a sentence of {@code in}, counting
   * only matches that keep {@code in}'s order (the longest increasing run of matched positions).
   */
  private double orderedCoverage(List<Signature> from, List<Signature> in) {
    int total = 0;
    List<int[]> matches = new ArrayList<>(); // {position in `in`, weight}
    for (Signature sentence : from) {
      total += sentence.terms().size();
      int best = -1;
      double bestScore = 0;
      for (int k = 0; k < in.size(); k++) {
        double s = sentence.similarity(in.get(k));
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      if (best >= 0 && bestScore >= config.sentenceMatch()) {
        matches.add(new int[] {best, sentence.terms().size()});
      }
    }
    if (total == 0) {
      return 0;
    }
    return (double) heaviestIncreasing(matches) / total;
  }

  /** Weight of the heaviest subsequence whose positions never decrease (O(m^2), m = matches). */
  private static int heaviestIncreasing(List<int[]> matches) {
    int m = matches.size();
    int[] best = new int[m];
    int overall = 0;
    for (int x = 0; x < m; x++) {
      best[x] = matches.get(x)[1];
      for (int y = 0; y < x; y++) {
        if (matches.get(y)[0] <= matches.get(x)[0]) {
          best[x] = Math.max(best[x], best[y] + matches.get(x)[1]);
        }
      }
      overall = Math.max(overall, best[x]);
    }
    return overall;
  }

  private static double dice(Set<String> a, Set<String> b) {
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

  private static double jaccard(Set<?> a, Set<?> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (Object o : a) {
      if (b.contains(o)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * What a sentence says: its content terms, and its anchors — names and numbers, the words a
   * rewrite must keep because it cannot find synonyms for them.
   */
  private record Signature(Set<String> terms, Set<String> anchors) {
    double similarity(Signature other) {
      double terms = dice(this.terms, other.terms);
      if (anchors.isEmpty() || other.anchors.isEmpty()) {
        return terms;
      }
      return (terms + dice(anchors, other.anchors)) / 2;
    }
  }

  /** Indices into the member list: {@code copy} is a copy of {@code original}. */
  private record Judgement(int copy, int original, String kind, double score) {}

  /**
   * A judgement of a pair apart from where the pair sits in a member list: whether the second of the
   * two (in canonical order) is the copy.
   */
  private record Verdict(boolean secondIsCopy, String kind, double score) {
    static Verdict of(Judgement j, int second) {
      return new Verdict(j.copy() == second, j.kind(), j.score());
    }

    Judgement at(int first, int second) {
      return secondIsCopy ? new Judgement(second, first, kind, score) : new Judgement(first, second, kind, score);
    }
  }

  /**
   * Two content hashes, in order, by the first 64 bits of each: 128 bits tell pairs apart with no
   * practical chance of a collision, in a fraction of the memory of the two strings.
   */
  private record PairKey(long first, long second) {
    static PairKey of(String a, String b) {
      return new PairKey(bits(a), bits(b));
    }

    private static long bits(String hash) {
      return Long.parseUnsignedLong(Hashes.hex(hash).substring(0, 16), 16);
    }
  }

  /** Pair judgements by pair key, the least recently used forgotten first; empty for "not a copy". */
  private static final class PairMemory {
    private final int capacity;
    private final Map<PairKey, Optional<Verdict>> entries;

    PairMemory(int capacity) {
      this.capacity = capacity;
      this.entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PairKey, Optional<Verdict>> eldest) {
          return size() > PairMemory.this.capacity;
        }
      };
    }

    /** The remembered judgement, or {@code null} when the pair has not been judged. */
    synchronized Optional<Verdict> get(PairKey pair) {
      return entries.get(pair);
    }

    synchronized void put(PairKey pair, Optional<Verdict> verdict) {
      if (capacity > 0) {
        entries.put(pair, verdict);
      }
    }
  }

  /** What the comparisons need of one article, computed once. */
  private record Text(String normalized, Set<String> shingles, Set<String> terms, List<Signature> sentences) {
    static Text of(Analysis a, int shingleWords) {
      StringBuilder all = new StringBuilder();
      Set<String> terms = new HashSet<>();
      List<Signature> sentences = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        all.append(s.text()).append(' ');
        terms.addAll(s.terms());
        Set<String> anchors = new HashSet<>(s.names());
        for (String t : s.terms()) {
          if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            anchors.add(t);
          }
        }
        sentences.add(new Signature(new HashSet<>(s.terms()), anchors));
      }
      String normalized = all.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
      String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
      Set<String> shingles = new HashSet<>();
      for (int i = 0; i + shingleWords <= words.length; i++) {
        shingles.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + shingleWords)));
      }
      return new Text(normalized, shingles, terms, sentences);
    }
  }
}
