package dev.newsdesk.dedupe;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.model.LruMemory;
import dev.newsdesk.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the copies among the members of a story.
 *
 * <p>Thread-safe. The result depends only on the set of members and their order, which the caller
 * fixes (canonical order: earliest publication first, then content hash), so the same members always
 * give the same links.
 *
 * <p>A story is checked again whenever an article joins it, so a detector remembers, for up to
 * {@link DedupeConfig#checkMemory()} articles (by content hash), the last check it was in: that
 * check's members and the copies it found among them. A judgement of a pair depends only on the two
 * articles, in that order, so two members that were in one remembered check, in the same order, need
 * no new judgement, and checking a grown story judges only the pairs of its new members.
 * A detector also remembers the comparison data of up to {@link DedupeConfig#textMemory()} articles,
 * so the older members are not read again for those pairs. Both memories change how fast a story is
 * checked, never the links.
 *
 * <p>Comparisons run on 64-bit hashes of shingles and terms rather than on the strings: two sets give
 * the similarity of their strings unless two different strings of the pair's sets share a hash. For
 * strings hashed like random 64-bit values, sets of m strings in all collide with a chance below
 * m&sup2; / 2<sup>65</sup>: about 10<sup>-13</sup> for two long articles' 2,000 shingles, so a desk of
 * millions of pairs sees none, and one would move a similarity by a single shared string.
 */
public final class CopyDetector {
  private final DedupeConfig config;
  /** The last check each article was in, by content hash. */
  private final LruMemory<String, Place> checks;
  /** Articles' comparison data by content hash; it depends only on the article. */
  private final LruMemory<String, Fingerprint> fingerprints;

  public CopyDetector(DedupeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.checks = new LruMemory<>(config.checkMemory());
    this.fingerprints = new LruMemory<>(config.textMemory());
  }

  /**
   * Links every copy to the original it derives from.
   *
   * @param members the story's articles in canonical order (earliest first)
   * @return one link per copy, ordered like {@code members}; originals get none
   */
  public List<CopyLink> detect(List<Analysis> members) {
    int n = members.size();
    // 1. Take the copies remembered checks found among pairs they judged in this order, and judge
    //    every other pair; a judgement says which of the two is the copy. Then put the judgements in
    //    pair order (by first member, then second) and remember this check for each member.
    Place[] places = places(members);
    List<Judgement> judgements = remembered(places);
    Fingerprint[] prints = new Fingerprint[n]; // fetched when a pair needs them
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!judgedTogether(places[i], places[j])) {
          Judgement found = judge(i, j, fingerprint(prints, members, i), fingerprint(prints, members, j),
              members.get(i), members.get(j));
          if (found != null) {
            judgements.add(found);
          }
        }
      }
    }
    judgements.sort(Comparator.comparingInt(Judgement::first).thenComparingInt(Judgement::second));
    Check check = new Check(n, List.copyOf(judgements));
    for (int i = 0; i < n; i++) {
      checks.put(members.get(i).hash(), new Place(check, i));
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

  /**
   * Where each member stood in the last check it was in, or {@code null}: when it is forgotten, or
   * listed twice here (a place then stands for two indices).
   */
  private Place[] places(List<Analysis> members) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (Analysis member : members) {
      if (!seen.add(member.hash())) {
        twice.add(member.hash());
      }
    }
    Place[] places = new Place[members.size()];
    for (int i = 0; i < places.length; i++) {
      String hash = members.get(i).hash();
      places[i] = twice.contains(hash) ? null : checks.get(hash);
    }
    return places;
  }

  /** Whether a remembered check judged the pair of members at these places, in this order. */
  private static boolean judgedTogether(Place first, Place second) {
    return first != null && second != null && first.check == second.check && first.position < second.position;
  }

  /**
   * The copies remembered checks found among the pairs they judged together (see
   * {@link #judgedTogether}), with this check's indices.
   */
  private static List<Judgement> remembered(Place[] places) {
    Map<Check, int[]> indices = new LinkedHashMap<>(); // a check's positions to indices here, or -1
    for (int i = 0; i < places.length; i++) {
      if (places[i] != null) {
        indices.computeIfAbsent(places[i].check, c -> {
          int[] none = new int[c.size];
          Arrays.fill(none, -1);
          return none;
        })[places[i].position] = i;
      }
    }
    List<Judgement> found = new ArrayList<>();
    indices.forEach((check, index) -> {
      for (Judgement j : check.judgements) {
        int copy = index[j.copy];
        int original = index[j.original];
        if (copy >= 0 && original >= 0 && (copy < original) == (j.copy < j.original)) {
          found.add(new Judgement(copy, original, j.kind, j.score));
        }
      }
    });
    return found;
  }

  private Fingerprint fingerprint(Fingerprint[] prints, List<Analysis> members, int i) {
    if (prints[i] == null) {
      Analysis member = members.get(i);
      Fingerprint known = fingerprints.get(member.hash());
      if (known == null) {
        known = Fingerprint.of(member, config.shingleWords());
        fingerprints.put(member.hash(), known);
      }
      prints[i] = known;
    }
    return prints[i];
  }

  private Judgement judge(int i, int j, Fingerprint a, Fingerprint b, Analysis first, Analysis second) {
    if (a.textHash.equals(b.textHash)) {
      return new Judgement(j, i, "exact", 1.0);
    }
    double near = jaccard(a.shingles, b.shingles);
    if (near >= config.nearThreshold()) {
      return new Judgement(j, i, "near", round(near));
    }
    if (jaccard(a.terms, b.terms) < config.prefilter()) {
      return null;
    }
    // Sentence similarity is symmetric (Dice coefficients), so one table serves both directions.
    double[][] similarity = new double[a.sentences.length][b.sentences.length];
    double[][] reverse = new double[b.sentences.length][a.sentences.length];
    for (int x = 0; x < a.sentences.length; x++) {
      for (int y = 0; y < b.sentences.length; y++) {
        similarity[x][y] = a.sentences[x].similarity(b.sentences[y]);
        reverse[y][x] = similarity[x][y];
      }
    }
    double aInB = orderedCoverage(a.sentences, similarity);
    double bInA = orderedCoverage(b.sentences, reverse);
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
   * Share of {@code from}'s words that lie in sentences matching a sentence of the other text,
   * counting only matches that keep the other text's order (the longest increasing run of matched
   * positions).
   *
   * @param similarity {@code similarity[x][k]}: how similar sentence x of {@code from} is to
   *                   sentence k of the other text
   */
  private double orderedCoverage(Signature[] from, double[][] similarity) {
    int total = 0;
    List<int[]> matches = new ArrayList<>(); // {position in the other text, weight}
    for (int x = 0; x < from.length; x++) {
      Signature sentence = from[x];
      total += sentence.terms().length;
      int best = -1;
      double bestScore = 0;
      for (int k = 0; k < similarity[x].length; k++) {
        double s = similarity[x][k];
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      if (best >= 0 && bestScore >= config.sentenceMatch()) {
        matches.add(new int[] {best, sentence.terms().length});
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

  private static double dice(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return 2.0 * common(a, b) / (a.length + b.length);
  }

  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int common = common(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /** How many values two sorted arrays of distinct values share, by merging them. */
  private static int common(long[] a, long[] b) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
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
  private record Signature(long[] terms, long[] anchors) {
    double similarity(Signature other) {
      double terms = dice(this.terms, other.terms);
      if (anchors.length == 0 || other.anchors.length == 0) {
        return terms;
      }
      return (terms + dice(anchors, other.anchors)) / 2;
    }
  }

  /** Indices into the member list: {@code copy} is a copy of {@code original}. */
  private record Judgement(int copy, int original, String kind, double score) {
    /** The earlier index of the pair. */
    int first() {
      return Math.min(copy, original);
    }

    /** The later index of the pair. */
    int second() {
      return Math.max(copy, original);
    }
  }

  /**
   * A finished check: how many members it had and the copies it found among them, by index. Two
   * checks are the same only if they are one object (equal judgements of other members say nothing).
   */
  private static final class Check {
    final int size;
    final List<Judgement> judgements;

    Check(int size, List<Judgement> judgements) {
      this.size = size;
      this.judgements = judgements;
    }
  }

  /** Where an article stood in a check: the check, and its index there. */
  private record Place(Check check, int position) {}

  /**
   * What the comparisons need of one article, computed once: the SHA-256 of its normalised text
   * (lower case, runs of anything but letters and digits made one space), and as sorted arrays of
   * distinct 64-bit string hashes its shingles (runs of {@code shingleWords} normalised words), its
   * content terms and each sentence's terms and anchors. Never modified after it is made.
   */
  private record Fingerprint(String textHash, long[] shingles, long[] terms, Signature[] sentences) {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    static Fingerprint of(Analysis a, int shingleWords) {
      StringBuilder all = new StringBuilder();
      LongList terms = new LongList();
      Signature[] sentences = new Signature[a.sentences().size()];
      for (int k = 0; k < sentences.length; k++) {
        Sentence s = a.sentences().get(k);
        all.append(s.text()).append(' ');
        LongList sentenceTerms = new LongList();
        LongList anchors = new LongList();
        for (String name : s.names()) {
          anchors.add(hash(FNV_OFFSET, name));
        }
        for (String t : s.terms()) {
          long h = hash(FNV_OFFSET, t);
          terms.add(h);
          sentenceTerms.add(h);
          if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            anchors.add(h);
          }
        }
        sentences[k] = new Signature(sentenceTerms.sortedDistinct(), anchors.sortedDistinct());
      }
      String normalized = all.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
      String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
      LongList shingles = new LongList();
      for (int w = 0; w + shingleWords <= words.length; w++) {
        long h = hash(FNV_OFFSET, words[w]);
        for (int k = w + 1; k < w + shingleWords; k++) {
          h = hash(hash(h, " "), words[k]); // the hash of the words joined by spaces
        }
        shingles.add(h);
      }
      return new Fingerprint(Hashes.sha256(normalized), shingles.sortedDistinct(), terms.sortedDistinct(), sentences);
    }

    /**
     * FNV-1a, 64 bits, over UTF-16 chars: {@code hash(FNV_OFFSET, s)} hashes {@code s}, and
     * {@code hash(hash(FNV_OFFSET, a), b)} hashes {@code a + b}.
     */
    private static long hash(long h, String s) {
      for (int c = 0; c < s.length(); c++) {
        h ^= s.charAt(c);
        h *= 0x100000001b3L;
      }
      return h;
    }
  }

  /** A growable array of longs, for building fingerprints. */
  private static final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    /** The values sorted, each once. */
    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[distinct++] = sorted[k];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
