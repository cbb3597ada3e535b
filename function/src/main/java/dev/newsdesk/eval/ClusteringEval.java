package dev.newsdesk.eval;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.Assignment;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.OpenStories;
import dev.newsdesk.extract.BoilerplateLines;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.publish.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Online story clustering of a labelled stream, one document at a time in stream order, with no
 * look-ahead: exactly what the desk's cluster step does, scored like {@code cluster_score.py}.
 * A document that is page chrome only (see {@link StreamDocument#chrome()}) is not clustered, as the
 * desk would have rejected it: it stands alone in a story of its own.
 */
public final class ClusteringEval {
  private final Analyzer analyzer;
  private final ClusterConfig config;
  private final Json json;
  private final BoilerplateLines boilerplate = new BoilerplateLines();

  public ClusteringEval(Analyzer analyzer, ClusterConfig config, Json json) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The result of a run: the assignment of every document, in stream order, its scores, and how many
   * documents were page chrome and so not clustered.
   */
  public record Result(Map<String, String> assignments, ClusterScores scores, int chrome) {}

  /** Reads a JSONL stream ({@code {"id","time","title","text","label"}} per line, in time order). */
  public List<StreamDocument> read(Path stream) {
    List<StreamDocument> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(stream, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (!line.isBlank()) {
          docs.add(StreamDocument.of(json.readObject(line, stream.getFileName() + " line " + n),
              stream.getFileName() + " line " + n, boilerplate));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stream, e);
    }
    return docs;
  }

  /**
   * Clusters {@code docs} in the order given and scores the result against their labels. A document
   * ends in the story it was put in, or, when that story was later merged into another, in the story
   * that absorbed it (as the desk moves a merged story's members).
   */
  public Result run(List<StreamDocument> docs) {
    OpenStories stories = OpenStories.of(config, new TreeMap<>(), new TreeMap<>(), 0);
    Map<String, String> assignments = new LinkedHashMap<>();
    Map<String, String> mergedInto = new TreeMap<>();
    TreeSet<String> used = new TreeSet<>();
    int chrome = 0;
    for (StreamDocument doc : docs) {
      String id = "st-" + Hashes.hex(doc.article().hash()).substring(0, 12);
      while (used.contains(id)) {
        id = "st-" + Hashes.hex(Hashes.sha256(id)).substring(0, 12);
      }
      if (doc.chrome()) {
        used.add(id);
        assignments.put(doc.id(), id);
        chrome++;
        continue;
      }
      Analysis analysis = analyzer.analyze(doc.article());
      Assignment a = stories.assign(analysis, id);
      if (a.opened()) {
        used.add(a.storyId());
      }
      for (String absorbed : a.merged()) {
        mergedInto.put(absorbed, a.storyId());
      }
      assignments.put(doc.id(), a.storyId());
    }
    assignments.replaceAll((doc, story) -> {
      String current = story;
      while (mergedInto.containsKey(current)) {
        current = mergedInto.get(current);
      }
      return current;
    });
    Map<String, String> gold = new LinkedHashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.label() == null ? d.id() : d.label()));
    return new Result(assignments, ClusterScores.of(gold, assignments), chrome);
  }
}
