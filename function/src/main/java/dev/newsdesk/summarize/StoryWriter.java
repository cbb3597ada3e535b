package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Cited;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Headline;
import dev.newsdesk.model.Section;
import dev.newsdesk.model.Source;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.TimelineEntry;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the cited draft of a story from its member articles.
 *
 * <p>Thread-safe and deterministic: the result depends only on the members, in the order given
 * (canonical: earliest publication first, then content hash), and the copy links.
 */
public final class StoryWriter {
  private static final List<String> SECTION_ORDER = List.of("what happened", "details", "reactions", "background");

  private final SummarizeConfig config;
  private final Eligibility eligibility;
  private final Quotes quotes;
  private final Facts facts;
  private final Map<String, Set<String>> sectionCues = new LinkedHashMap<>();

  public StoryWriter(SummarizeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.eligibility = new Eligibility(WordList.load("/summarize/dangling-starts.txt"), config.minWords(),
        config.maxWords());
    this.quotes = new Quotes(WordList.load("/summarize/reporting-verbs.txt"));
    this.facts = new Facts(WordList.load("/summarize/casualty-words.txt"), config.leadWindow());
    for (String line : WordList.load("/summarize/sections.txt").entries()) {
      String[] parts = line.split("\\s+");
      sectionCues.put(parts[0], new TreeSet<>(List.of(parts).subList(1, parts.length)));
    }
  }

  /**
   * Writes the story.
   *
   * @param members the story's articles, in canonical order; at least one
   * @param copies  copy links among them (from the dedupe stage)
   */
  public StoryDraft write(List<Analysis> members, List<CopyLink> copies) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article");
    }
    // 1. Number the sources in canonical order; a copy points at its original and is not independent.
    List<Source> sources = sources(members, copies);
    // 2. Every usable sentence of an independent source, ranked by centrality and position.
    Pool pool = Pool.of(members, sources, eligibility, config.leadBonus());
    // 3. The lede: the best opening sentences, without repeats.
    List<Pool.Candidate> chosen = new ArrayList<>();
    List<Pool.Candidate> lede = lede(pool);
    chosen.addAll(lede);
    // 4. The body: the next best sentences that add something, grouped into sections.
    List<Pool.Candidate> body = new ArrayList<>();
    for (Pool.Candidate c : pool.ranked) {
      if (body.size() >= config.bodySentences()) {
        break;
      }
      if (!repeats(c, chosen)) {
        body.add(c);
        chosen.add(c);
      }
    }
    // 5. Headline, quotes, timeline, facts and disagreements, all read from the same sources.
    Headline headline = headline(members, sources, pool);
    Facts.Found found = facts.find(pool.independent);
    return new StoryDraft(
        headline,
        lede.stream().map(c -> new Cited(c.text(), c.cite())).toList(),
        sections(body),
        found.facts(),
        timeline(pool),
        quotes.find(pool.ranked.stream().sorted(READING_ORDER).toList()),
        found.disagreements(),
        sources);
  }

  /** A day or a month, with or without its year: what a timeline can place. */
  private static final java.util.regex.Pattern TIMELINE_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?|--\\d{2}-\\d{2}");

  /**
   * A summary of at most {@code words} words made by the same selection as a story's lede and body:
   * the lede first, then the next best sentences that add something, skipping any that would overrun
   * the budget. For evaluation against reference summaries ({@code newsdesk eval summaries}).
   *
   * @return the chosen sentences, in the order a story would give them
   */
  public List<String> digest(List<Analysis> members, List<CopyLink> copies, int words) {
    if (members.isEmpty() || words < 1) {
      throw new IllegalArgumentException("a digest needs articles and a positive word budget, got "
          + members.size() + " articles and " + words + " words");
    }
    List<Source> sources = sources(members, copies);
    Pool pool = Pool.of(members, sources, eligibility, config.leadBonus());
    List<Pool.Candidate> chosen = new ArrayList<>();
    int used = 0;
    for (Pool.Candidate c : lede(pool)) {
      int n = Text.words(c.text());
      if (used + n <= words) {
        chosen.add(c);
        used += n;
      }
    }
    for (Pool.Candidate c : pool.ranked) {
      int n = Text.words(c.text());
      if (used + n <= words && !chosen.contains(c) && !repeats(c, chosen)) {
        chosen.add(c);
        used += n;
      }
    }
    return chosen.stream().map(Pool.Candidate::text).toList();
  }

  private static final Comparator<Pool.Candidate> READING_ORDER =
      Comparator.comparingInt(Pool.Candidate::source).thenComparingInt(Pool.Candidate::index);

  private List<Source> sources(List<Analysis> members, List<CopyLink> copies) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      number.put(members.get(i).hash(), i + 1);
    }
    Map<String, CopyLink> copyOf = new HashMap<>();
    copies.forEach(l -> copyOf.put(l.copy(), l));
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      var a = members.get(i).article();
      CopyLink link = copyOf.get(a.hash());
      Integer original = link == null ? null : number.get(link.original());
      sources.add(new Source(i + 1, a.key(), a.hash(), a.title(), a.publisher(), a.url(), a.published(),
          original, link == null ? null : link.kind(), link == null));
    }
    return sources;
  }

  private List<Pool.Candidate> lede(Pool pool) {
    List<Pool.Candidate> lede = new ArrayList<>();
    int words = 0;
    for (Pool.Candidate c : pool.ranked) {
      if (lede.size() >= config.ledeSentences() || words >= config.ledeWords()) {
        break;
      }
      if (c.index() >= config.leadWindow() || repeats(c, lede)) {
        continue;
      }
      if (!lede.isEmpty() && words + Text.words(c.text()) > config.ledeWords()) {
        continue;
      }
      lede.add(c);
      words += Text.words(c.text());
    }
    if (lede.isEmpty() && !pool.ranked.isEmpty()) {
      lede.add(pool.ranked.get(0));
    }
    return lede;
  }

  private boolean repeats(Pool.Candidate c, List<Pool.Candidate> chosen) {
    for (Pool.Candidate other : chosen) {
      if (other.text().equals(c.text()) || Pool.overlap(c.terms(), other.terms()) >= config.redundancy()) {
        return true;
      }
    }
    return false;
  }

  private List<Section> sections(List<Pool.Candidate> body) {
    Map<String, List<Pool.Candidate>> grouped = new TreeMap<>();
    for (Pool.Candidate c : body) {
      grouped.computeIfAbsent(section(c), k -> new ArrayList<>()).add(c);
    }
    List<Section> sections = new ArrayList<>();
    for (String name : SECTION_ORDER) {
      List<Pool.Candidate> members = grouped.get(name);
      if (members != null) {
        members.sort(READING_ORDER);
        sections.add(new Section(name, members.stream().map(c -> new Cited(c.text(), c.cite())).toList()));
      }
    }
    return sections;
  }

  private String section(Pool.Candidate c) {
    if (c.index() < config.leadWindow()) {
      return "what happened";
    }
    Set<String> words = new TreeSet<>(List.of(c.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    for (Map.Entry<String, Set<String>> cue : sectionCues.entrySet()) {
      for (String w : cue.getValue()) {
        if (words.contains(w)) {
          return cue.getKey();
        }
      }
    }
    if (c.text().contains("“") || c.text().contains("\"")) {
      return "reactions";
    }
    return "details";
  }

  /**
   * The title of the independent source whose title terms are most central to the story; a title
   * that is only in a copy is never used.
   */
  private Headline headline(List<Analysis> members, List<Source> sources, Pool pool) {
    Map<String, Integer> support = new HashMap<>();
    pool.independent.values().forEach(a -> a.terms().keySet().forEach(t -> support.merge(t, 1, Integer::sum)));
    Headline best = null;
    double bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      if (!sources.get(i).independent()) {
        continue;
      }
      Analysis a = members.get(i);
      Map<String, Integer> inBody = new HashMap<>();
      a.sentences().forEach(s -> s.terms().forEach(t -> inBody.merge(t, 1, Integer::sum)));
      double score = 0;
      int n = 0;
      for (Map.Entry<String, Integer> e : a.terms().entrySet()) {
        if (e.getValue() > inBody.getOrDefault(e.getKey(), 0)) {
          score += support.getOrDefault(e.getKey(), 0);
          n++;
        }
      }
      score = n == 0 ? 0 : score / Math.sqrt(n);
      if (score > bestScore) {
        bestScore = score;
        best = new Headline(a.article().title(), sources.get(i).n());
      }
    }
    return best;
  }

  private List<TimelineEntry> timeline(Pool pool) {
    Map<String, TimelineEntry> entries = new TreeMap<>();
    for (Pool.Candidate c : pool.ranked) {
      for (DateMention d : c.article().dates()) {
        if (d.sentence() == c.sentence() && d.value() != null && TIMELINE_DATE.matcher(d.value()).matches()) {
          String sortKey = (d.value().startsWith("--") ? "0000" + d.value().substring(1) : d.value()) + "|" + c.text();
          entries.putIfAbsent(sortKey, new TimelineEntry(d.value(), c.text(), c.cite()));
        }
      }
    }
    return entries.values().stream().limit(config.timelineEntries()).toList();
  }
}
