package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * What the summarize stage writes for a story: everything a reader sees, all of it cited. Identity,
 * version and history are added by the desk ({@link Story}).
 *
 * @param headline      the headline
 * @param summary       the lede: one to three sentences
 * @param body          paragraphs after the lede
 * @param facts         typed facts
 * @param timeline      dated events, sorted by date
 * @param quotes        quoted speech
 * @param disagreements slots on which independent sources differ
 * @param sources       every member article, numbered from 1
 */
public record StoryDraft(
    Headline headline,
    List<Cited> summary,
    List<Section> body,
    List<Fact> facts,
    List<TimelineEntry> timeline,
    List<Quote> quotes,
    List<Disagreement> disagreements,
    List<Source> sources) {
  public StoryDraft {
    Objects.requireNonNull(headline, "headline");
    summary = List.copyOf(summary);
    body = List.copyOf(body);
    facts = List.copyOf(facts);
    timeline = List.copyOf(timeline);
    quotes = List.copyOf(quotes);
    disagreements = List.copyOf(disagreements);
    sources = List.copyOf(sources);
  }

  /** Number of sources that are not copies. */
  public int independentSources() {
    return (int) sources.stream().filter(Source::independent).count();
  }
}
