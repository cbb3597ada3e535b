package dev.newsdesk.desk;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.publish.AtomFeed;
import dev.newsdesk.publish.Json;
import dev.newsdesk.publish.StoryDocuments;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;

/**
 * The configured stages, built once (they load their rule lists in their constructors) and shared
 * by every run. Immutable and thread-safe.
 */
record Stages(
    Extractor extractor,
    Analyzer analyzer,
    CopyDetector copies,
    ClusterConfig cluster,
    StoryWriter writer,
    Json json,
    StoryDocuments documents,
    AtomFeed feed) {

  static Stages defaults(DeskConfig config) {
    Json json = new Json();
    return new Stages(
        new Extractor(ExtractConfig.DEFAULTS),
        new Analyzer(AnalyzeConfig.DEFAULTS),
        new CopyDetector(DedupeConfig.DEFAULTS),
        ClusterConfig.DEFAULTS,
        new StoryWriter(SummarizeConfig.DEFAULTS),
        json,
        new StoryDocuments(json),
        new AtomFeed(config.feedTitle(), config.feedTagAuthority()));
  }
}
