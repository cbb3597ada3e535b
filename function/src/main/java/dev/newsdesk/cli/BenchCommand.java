package dev.newsdesk.cli;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.dedupe.CopyDetector;
import dev.newsdesk.dedupe.DedupeConfig;
import dev.newsdesk.eval.ClusteringBench;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.eval.ExtractionBench;
import dev.newsdesk.extract.ExtractConfig;
import dev.newsdesk.extract.Extractor;
import dev.newsdesk.publish.Json;
import dev.newsdesk.summarize.StoryWriter;
import dev.newsdesk.summarize.SummarizeConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code newsdesk bench ...}: speed and memory figures for the README. Benchmarks print numbers;
 * nothing here asserts a duration.
 */
final class BenchCommand {
  static final String HELP = """
      usage: newsdesk bench <what> [options]

        bench extraction --corpus DIR [--rounds N] [--warmup N]
            ms per page for jsoup's bare parse + body text and for the extractor, same JVM, same pages
            (DIR laid out like the extraction benchmark: html/<id>.html.gz), after N untimed rounds
            (default 20: fewer leave the extractor's once-per-page code to the JIT's first tiers)
        bench clustering
            per-article clustering time at 1,000 and at 100,000 open stories, and index memory per story
        bench summaries [--mds DIR]
            ms per story for stories of 5, 20 and 100 articles (DIR: the mds development sets;
            synthetic articles without it)
        bench desk <cold|coldstart|warm|throughput|batch|jar> ...
            the Lambda handler: cold start in a fresh JVM, warm latency, throughput, jar size
            (arguments as documented on dev.newsdesk.eval.DeskBench)
      """;

  private final PrintStream out;

  BenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) {
    if (argv.isEmpty() || argv.get(0).equals("--help")) {
      out.print(HELP);
      return argv.isEmpty() ? 2 : 0;
    }
    String what = argv.get(0);
    if (what.equals("desk")) {
      DeskBench.main(argv.subList(1, argv.size()).toArray(new String[0]));
      return 0;
    }
    Args args = Args.parse(argv.subList(1, argv.size()), Set.of("corpus", "rounds", "mds", "warmup"), Set.of("help"));
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    int rounds = rounds(args.option("rounds", "5"));
    switch (what) {
      case "extraction" -> {
        String corpus = args.option("corpus");
        if (corpus == null || !Files.isDirectory(Path.of(corpus))) {
          throw new UsageException("--corpus DIR (a folder with html/<id>.html.gz) is required");
        }
        int warmup = count("--warmup", args.option("warmup", "20"));
        out.println(ExtractionBench.run(Path.of(corpus), new Extractor(ExtractConfig.DEFAULTS), warmup, rounds).format());
      }
      case "clustering" -> out.println(ClusteringBench.run(2_000, 5_000, 42).format());
      case "summaries" -> {
        String mds = args.option("mds");
        Json json = new Json();
        out.println(dev.newsdesk.eval.SummariesBench.run(mds == null ? null : Path.of(mds),
            new Analyzer(AnalyzeConfig.DEFAULTS), new CopyDetector(DedupeConfig.DEFAULTS),
            new StoryWriter(SummarizeConfig.DEFAULTS), json, 2, rounds).format());
      }
      default -> throw new UsageException("unknown benchmark '" + what + "' (extraction, clustering, summaries, desk)");
    }
    return 0;
  }

  private static int rounds(String value) {
    return count("--rounds", value);
  }

  private static int count(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " must be a positive whole number, was '" + value + "'");
  }
}
