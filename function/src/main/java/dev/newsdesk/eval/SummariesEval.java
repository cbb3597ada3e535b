package dev.newsdesk.eval;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.extract.BoilerplateLines;
import dev.newsdesk.model.Analysis;
import dev.newsdesk.model.CopyLink;
import dev.newsdesk.publish.Json;
import dev.newsdesk.summarize.StoryWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Multi-document summaries of the development clusters ({@code {"id","docs":[...],"references":[...]}}
 * per line), made by the desk's own selection ({@link StoryWriter#digest}) after the same dedupe step.
 * A document that is page chrome only ({@link StreamDocument#chrome()}) is left out, as the desk would
 * have rejected it.
 */
public final class SummariesEval {
  private final Analyzer analyzer;
  private final CopyDetector copies;
  private final StoryWriter writer;
  private final Json json;
  private final BoilerplateLines boilerplate = new BoilerplateLines();

  public SummariesEval(Analyzer analyzer, CopyDetector copies, StoryWriter writer, Json json) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.copies = Objects.requireNonNull(copies, "copies");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** One cluster: its documents and reference summaries. */
  public record Cluster(String id, List<StreamDocument> docs, List<String> references) {}

  public List<Cluster> read(Path data) {
    List<Cluster> clusters = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = data.getFileName() + " line " + n;
        Map<String, Object> c = json.readObject(line, where);
        List<StreamDocument> docs = new ArrayList<>();
        for (Object d : list(c.get("docs"), where + " docs")) {
          @SuppressWarnings("unchecked")
          Map<String, Object> doc = new LinkedHashMap<>((Map<String, Object>) d);
          doc.putIfAbsent("time", doc.get("date"));
          docs.add(StreamDocument.of(doc, where, boilerplate));
        }
        List<String> refs = new ArrayList<>();
        for (Object r : list(c.getOrDefault("references", List.of()), where + " references")) {
          refs.add(String.valueOf(r));
        }
        clusters.add(new Cluster(String.valueOf(c.get("id")), docs, refs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + data, e);
    }
    return clusters;
  }

  /** The summary of every cluster, sentences one per line, by cluster id in input order. */
  public Map<String, String> summarize(List<Cluster> clusters, int words) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      List<Analysis> members = new ArrayList<>();
      // A document that is page chrome only would have been rejected by the desk: no member.
      c.docs().stream().filter(d -> !d.chrome()).forEach(d -> members.add(analyzer.analyze(d.article())));
      members.sort(Comparator
          .comparing((Analysis a) -> a.article().published() == null ? "\uffff" : a.article().published())
          .thenComparing(Analysis::hash));
      List<CopyLink> links = copies.detect(members);
      out.put(c.id(), String.join("\n", writer.digest(members, links, words)));
    }
    return out;
  }

  /**
   * Corpus ROUGE of {@code summaries} (by cluster id) against the clusters' references, as
   * {@code rouge.py} prints it: with {@code rouge155}, ROUGE-1 and -2 in the DUC recall mode with
   * summaries and references cut at {@code words} words ({@code rouge.py --rouge155 --length-limit});
   * else ROUGE-1, -2, -L and -Lsum F1 ({@code rouge.py}). A cluster without a summary is left out,
   * as {@code rouge.py} leaves it out.
   */
  public Map<String, Rouge.Score> score(List<Cluster> clusters, Map<String, String> summaries, boolean rouge155,
      int words) {
    Rouge rouge = new Rouge();
    List<Rouge.Result> results = new ArrayList<>();
    for (Cluster c : clusters) {
      String summary = summaries.get(c.id());
      if (summary != null && !c.references().isEmpty()) {
        results.add(rouge155 ? rouge.score155(summary, c.references(), words) : rouge.score(summary, c.references()));
      }
    }
    return Rouge.Corpus.mean(results);
  }

  /** Writes {@code {"id": ..., "summary": ...}} lines, the format rouge.py reads. */
  public void write(Map<String, String> summaries, Path out) {
    StringBuilder lines = new StringBuilder();
    summaries.forEach((id, summary) -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", id);
      line.put("summary", summary);
      lines.append(json.compact(line)).append('\n');
    });
    try {
      Files.writeString(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  private static List<?> list(Object value, String what) {
    if (value instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException(what + " is not a list");
  }
}
