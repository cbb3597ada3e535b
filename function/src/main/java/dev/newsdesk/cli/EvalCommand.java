package dev.newsdesk.cli;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.eval.ClusteringEval;
import dev.newsdesk.eval.ExtractionEval;
import dev.newsdesk.eval.ExtractionScores;
import dev.newsdesk.eval.Rouge;
import dev.newsdesk.eval.SummariesEval;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.publish.Json;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code newsdesk eval extraction | clustering | summaries}: runs a stage over a development corpus,
 * writes predictions in the format the reference scorers read, and prints the same metrics.
 */
final class EvalCommand {
  static final String HELP = """
      usage: newsdesk eval <task> [options]

        eval extraction --corpus DIR --out FILE.json
            DIR laid out like the extraction benchmark (html/<id>.html.gz, ground-truth.json);
            writes {"<id>": {"articleBody": ...}} and prints F1, precision, recall and accuracy
            as shared/eval/extraction/score.py computes them (when DIR has ground-truth.json).
        eval clustering --stream FILE.jsonl --out FILE.jsonl
            feeds {"id","time","title","text"} documents one at a time in stream order; writes
            {"id","cluster"} lines and prints pairwise and B-cubed P/R/F1 (when lines carry "label").
            Paragraphs that are page chrome by the extractor's rules are dropped; a document with
            nothing else is rejected as the desk would reject it, and stands alone in its own story.
        eval summaries --data FILE.jsonl --words N --out FILE.jsonl [--rouge155]
            one summary of at most N words per cluster {"id","docs":[...],"references":[...]};
            writes {"id","summary"} lines (one sentence a line) and prints ROUGE: F1 by default,
            ROUGE-1.5.5-style recall with --rouge155 (the DUC convention).
      """;

  private final PrintStream out;

  EvalCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) {
    if (argv.isEmpty() || argv.get(0).equals("--help")) {
      out.print(HELP);
      return argv.isEmpty() ? 2 : 0;
    }
    String task = argv.get(0);
    Args args = Args.parse(argv.subList(1, argv.size()), Set.of("corpus", "out", "stream", "data", "words"),
        Set.of("rouge155", "help"));
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    return switch (task) {
      case "extraction" -> extraction(args);
      case "clustering" -> clustering(args);
      case "summaries" -> summaries(args);
      default -> throw new UsageException("unknown eval task '" + task + "' (extraction, clustering, summaries)");
    };
  }

  private int extraction(Args args) {
    Path corpus = existing(required(args, "corpus"), "--corpus");
    Path target = Path.of(required(args, "out"));
    ExtractionEval eval = new ExtractionEval(new Extractor(ExtractConfig.DEFAULTS));
    Map<String, String> bodies = eval.run(corpus);
    eval.write(bodies, target);
    out.println("wrote " + bodies.size() + " articles to " + target);
    Path truth = corpus.resolve("ground-truth.json");
    if (Files.exists(truth)) {
      ExtractionScores scores = eval.score(bodies, truth);
      out.println(scores.format());
    }
    return 0;
  }

  private int clustering(Args args) {
    Path stream = existing(required(args, "stream"), "--stream");
    Path target = Path.of(required(args, "out"));
    Json json = new Json();
    ClusteringEval eval = new ClusteringEval(new Analyzer(AnalyzeConfig.DEFAULTS), ClusterConfig.DEFAULTS, json);
    var docs = eval.read(stream);
    ClusteringEval.Result result = eval.run(docs);
    List<String> lines = new ArrayList<>();
    result.assignments().forEach((id, cluster) -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", id);
      line.put("cluster", cluster);
      lines.add(json.compact(line));
    });
    write(target, String.join("\n", lines) + "\n");
    out.println("wrote " + lines.size() + " assignments to " + target
        + (result.chrome() == 0 ? "" : " (" + result.chrome() + " page chrome only, each in a story of its own)"));
    if (docs.stream().anyMatch(d -> d.label() != null)) {
      out.println(result.scores().format());
    }
    return 0;
  }

  private int summaries(Args args) {
    Path data = existing(required(args, "data"), "--data");
    Path target = Path.of(required(args, "out"));
    int words;
    try {
      words = Integer.parseInt(required(args, "words"));
    } catch (NumberFormatException e) {
      throw new UsageException("--words must be a whole number, was '" + args.option("words") + "'");
    }
    if (words < 1) {
      throw new UsageException("--words must be positive, was " + words);
    }
    Json json = new Json();
    SummariesEval eval = new SummariesEval(new Analyzer(AnalyzeConfig.DEFAULTS),
        new CopyDetector(DedupeConfig.DEFAULTS), new StoryWriter(SummarizeConfig.DEFAULTS), json);
    List<SummariesEval.Cluster> clusters = eval.read(data);
    Map<String, String> summaries = eval.summarize(clusters, words);
    eval.write(summaries, target);
    out.println("wrote " + summaries.size() + " summaries to " + target);
    Rouge rouge = new Rouge();
    List<Rouge.Result> results = new ArrayList<>();
    for (SummariesEval.Cluster c : clusters) {
      if (c.references().isEmpty()) {
        continue;
      }
      String summary = summaries.get(c.id());
      results.add(args.flag("rouge155") ? rouge.score155(summary, c.references(), words)
          : rouge.score(summary, c.references()));
    }
    if (!results.isEmpty()) {
      out.println("n=" + results.size());
      out.println(Rouge.Corpus.table(Rouge.Corpus.mean(results)));
    }
    return 0;
  }

  private static String required(Args args, String name) {
    String v = args.option(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return v;
  }

  private static Path existing(String value, String name) {
    Path p = Path.of(value);
    if (!Files.exists(p)) {
      throw new UsageException(name + " " + value + ": no such file or folder");
    }
    return p;
  }

  private static void write(Path target, String text) {
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
