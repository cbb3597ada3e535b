package dev.newsdesk.summarize;

import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Cited;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Fact;
import dev.newsdesk.model.Headline;
import dev.newsdesk.model.Section;
import dev.newsdesk.model.Source;
import dev.newsdesk.model.StoryDraft;
import dev.newsdesk.model.TimelineEntry;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the cited draft of a story from its member articles.
 *
 * <p>One selection makes both the story and the evaluation digest ({@link #digest}): the sentences of
 * the independent sources that cover most of what the sources say (weighted by how many independent
 * sources say it and how early), without repeats, within a budget ({@link Selection}). The chosen
 * sentences are then arranged: a lede of one to three sentences from the openings of the sources,
 * then the body by section ({@link Sections}).
 *
 * <p>Thread-safe and deterministic: the result depends only on the members, in the order given
 * (canonical: earliest publication first, then content hash), and the copy links.
 */
public final class StoryWriter {
  /** A day or a month, with or without its year: what a timeline can place. */
  private static final Pattern TIMELINE_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?|--\\d{2}-\\d{2}");
  private static final Comparator<Pool.Candidate> READING_ORDER =
      Comparator.comparingInt(Pool.Candidate::source).thenComparingInt(Pool.Candidate::index);

  private final SummarizeConfig config;
  private final Eligibility eligibility;
  private final Set<String> generic;
  private final Quotes quotes;
  private final Facts facts;
  private final Sections sections;

  public StoryWriter(SummarizeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.eligibility = new Eligibility(WordList.load("/summarize/dangling-starts.txt"),
        WordList.load("/summarize/dangling-openings.txt"), config.minWords(), config.maxWords());
    this.generic = WordList.load("/summarize/generic-terms.txt").lowerCaseSet();
    this.quotes = new Quotes(WordList.load("/summarize/reporting-verbs.txt"));
    Names names = new Names(WordList.load("/summarize/roles.txt"), WordList.load("/summarize/titles.txt"));
    Claims claims = new Claims(WordList.load("/summarize/casualty-words.txt"),
        WordList.load("/summarize/place-nouns.txt"), WordList.load("/summarize/event-words.txt"),
        WordList.load("/summarize/actor-kinds.txt"), config.leadWindow(), config.factWindow());
    this.facts = new Facts(claims, names, config.leadWindow());
    this.sections = new Sections(WordList.load("/summarize/sections.txt"), config.leadWindow());
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
    // 2. Every usable sentence of an independent source, with the concepts it covers.
    Pool pool = Pool.of(members, sources, eligibility, generic, config);
    // 3. Facts first: the event's day and place tell the body which sentences say what happened.
    Facts.Found found = facts.find(pool.independent);
    // 4. The story's sentences, most important first, then arranged as lede and body.
    List<Pool.Candidate> chosen =
        Selection.select(pool, config, config.storyWords(), config.ledeSentences() + config.bodySentences());
    Arrangement arrangement = arrange(chosen, found.facts());
    // 5. Headline, timeline and quotes, all read from the same independent sources.
    List<Section> body = new ArrayList<>();
    arrangement.body().forEach((name, sentences) -> body.add(new Section(name, cited(sentences))));
    return new StoryDraft(
        headline(members, sources, pool),
        cited(arrangement.lede()),
        body,
        found.facts(),
        timeline(pool),
        quotes.find(pool.candidates.stream().sorted(READING_ORDER).toList(), c -> pool.value(c) * c.prior(),
            config.quoteEntries()),
        found.disagreements(),
        sources);
  }

  /**
   * A summary of at most {@code words} words made by the same selection as a story: the sentences
   * that best cover what the independent sources say, within the budget, in the order a story gives
   * them (lede, then the body by section). For evaluation against reference summaries
   * ({@code newsdesk eval summaries}).
   *
   * @return the chosen sentences as published (a dateline trimmed), in story order
   */
  public List<String> digest(List<Analysis> members, List<CopyLink> copies, int words) {
    if (members.isEmpty() || words < 1) {
      throw new IllegalArgumentException("a digest needs articles and a positive word budget, got "
          + members.size() + " articles and " + words + " words");
    }
    List<Source> sources = sources(members, copies);
    Pool pool = Pool.of(members, sources, eligibility, generic, config);
    Facts.Found found = facts.find(pool.independent);
    Arrangement arrangement = arrange(Selection.select(pool, config, words, Integer.MAX_VALUE), found.facts());
    List<String> out = new ArrayList<>();
    arrangement.lede().forEach(c -> out.add(c.text()));
    arrangement.body().values().forEach(section -> section.forEach(c -> out.add(c.text())));
    return out;
  }

  /** The chosen sentences as a story gives them: the lede, then the body by section in reading order. */
  private record Arrangement(List<Pool.Candidate> lede, Map<String, List<Pool.Candidate>> body) {}

  private Arrangement arrange(List<Pool.Candidate> chosen, List<Fact> event) {
    // The lede: the most important sentences that open their source, as many as fit.
    List<Pool.Candidate> lede = new ArrayList<>();
    int words = 0;
    for (Pool.Candidate c : chosen) {
      if (lede.size() >= config.ledeSentences()) {
        break;
      }
      if (c.index() < config.leadWindow() && (lede.isEmpty() || words + c.words() <= config.ledeWords())) {
        lede.add(c);
        words += c.words();
      }
    }
    if (lede.isEmpty() && !chosen.isEmpty()) {
      lede.add(chosen.get(0));
    }
    Set<Pool.Candidate> inLede = Collections.newSetFromMap(new IdentityHashMap<>());
    inLede.addAll(lede);
    Map<String, List<Pool.Candidate>> grouped = new TreeMap<>();
    for (Pool.Candidate c : chosen) {
      if (!inLede.contains(c)) {
        grouped.computeIfAbsent(sections.of(c, event), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<Pool.Candidate>> body = new LinkedHashMap<>();
    for (String name : Sections.ORDER) {
      List<Pool.Candidate> members = grouped.get(name);
      if (members != null) {
        members.sort(READING_ORDER);
        body.put(name, List.copyOf(members));
      }
    }
    return new Arrangement(List.copyOf(lede), body);
  }

  private static List<Cited> cited(List<Pool.Candidate> sentences) {
    return sentences.stream().map(c -> new Cited(c.text(), c.cite(), c.trimmed())).toList();
  }

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

  /**
   * The title of the independent source whose title terms weigh most in the story; a title that is
   * only in a copy is never used.
   */
  private static Headline headline(List<Analysis> members, List<Source> sources, Pool pool) {
    Headline best = null;
    double bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      if (!sources.get(i).independent()) {
        continue;
      }
      Analysis a = members.get(i);
      // The title's terms are those the article counts more often than its body uses them.
      Map<String, Integer> inBody = new HashMap<>();
      a.sentences().forEach(s -> s.terms().forEach(t -> inBody.merge(t, 1, Integer::sum)));
      double score = 0;
      int n = 0;
      for (Map.Entry<String, Integer> e : a.terms().entrySet()) {
        if (e.getValue() > inBody.getOrDefault(e.getKey(), 0)) {
          score += pool.termWeight(e.getKey());
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

  /**
   * Dated sentences: one per day or month that a source names explicitly or that the analyze stage
   * resolved against a publication date, the most central sentence for each, sorted by date. Days
   * without a year come first, in the order {@link Timeline#inYearOrder} gives them. The sentence is
   * given whole, as its sources write it.
   */
  private List<TimelineEntry> timeline(Pool pool) {
    List<Pool.Candidate> all = pool.candidates;
    double[] value = new double[all.size()];
    Map<String, Integer> byDate = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Pool.Candidate c = all.get(i);
      value[i] = pool.value(c) * c.prior();
      for (DateMention d : c.article().dates()) {
        if (d.sentence() == c.index() && d.value() != null && TIMELINE_DATE.matcher(d.value()).matches()) {
          int candidate = i;
          byDate.merge(d.value(), i, (x, y) -> value[x] >= value[y] ? x : candidate);
        }
      }
    }
    // The most central dated sentences (ties: the earlier candidate), then in date order.
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(byDate.entrySet());
    entries.sort(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -value[e.getValue()])
        .thenComparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey));
    Map<String, TimelineEntry> dated = new TreeMap<>();
    Map<String, TimelineEntry> yearless = new TreeMap<>();
    for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(config.timelineEntries(), entries.size()))) {
      String text = all.get(e.getValue()).sentence().text();
      TimelineEntry entry = new TimelineEntry(e.getKey(), text, pool.citeWhole(text));
      (e.getKey().startsWith("--") ? yearless : dated).put(e.getKey(), entry);
    }
    List<TimelineEntry> out = new ArrayList<>();
    for (String day : Timeline.inYearOrder(new ArrayList<>(yearless.keySet()))) {
      out.add(yearless.get(day));
    }
    out.addAll(dated.values());
    return out;
  }
}
