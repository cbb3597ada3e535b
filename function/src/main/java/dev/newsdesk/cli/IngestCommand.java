package dev.newsdesk.cli;

import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.desk.DeskReport;
import dev.newsdesk.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code newsdesk ingest <files or folders> --root DIR}: store the files as articles, run the desk. */
final class IngestCommand {
  static final String HELP = """
      usage: newsdesk ingest <file or folder>... (--root DIR | --store s3://bucket[/prefix]) [options]

      Stores each file under articles/<name> (a folder's files keep their path inside the folder),
      then runs the desk on them: extract, dedupe, cluster, summarize, publish. Stories are written
      to public/stories/<id>.json and listed in public/index.json. Running it again with the same
      files changes nothing; two runs may share one desk at the same time.

      options:
      """ + StoreOptions.HELP + """
        --batch N         articles per desk run (default 100)
        --quiet           print nothing but errors
        --json            print the summary as JSON
        --help            show this help
      """;

  private static final Set<String> VALUES = union(StoreOptions.VALUE_OPTIONS, Set.of("batch"));
  private static final Set<String> FLAGS = Set.of("quiet", "json", "help");

  private final PrintStream out;
  private final PrintStream err;

  IngestCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, VALUES, FLAGS);
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    if (args.operands().isEmpty()) {
      throw new UsageException("ingest needs at least one file or folder");
    }
    int batch = positive(args.option("batch", "100"), "--batch");
    DeskConfig config = DeskConfig.DEFAULTS;
    Map<String, Path> files = collect(args.operands(), config.articlesPrefix());
    Store store = StoreOptions.open(args, null);
    Desk desk = new Desk(store, config, StoreOptions.clock(args));
    Runner runner = new Runner(desk, out, err, args.flag("quiet"), args.flag("json"));
    return runner.run(files, store, batch);
  }

  /** Input key for every file, sorted by key; a usage error names a missing file or a clash. */
  static Map<String, Path> collect(List<String> operands, String prefix) {
    Map<String, Path> files = new TreeMap<>();
    for (String operand : operands) {
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
            Path relative = path.relativize(p);
            if (hidden(relative)) {
              continue;
            }
            add(files, prefix + relative.toString().replace('\\', '/'), p);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read folder " + operand, e);
        }
      } else if (Files.isRegularFile(path)) {
        add(files, prefix + path.getFileName(), path);
      } else {
        throw new UsageException(operand + ": no such file or folder");
      }
    }
    return files;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Path> files, String key, Path file) {
    Path other = files.put(key, file);
    if (other != null && !other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
      throw new UsageException(file + " and " + other + " would both be stored as " + key + "; rename one");
    }
  }

  static String contentType(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.endsWith(".html") || k.endsWith(".htm")) {
      return "text/html";
    }
    if (k.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
  }

  private static int positive(String value, String name) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be a positive whole number, was '" + value + "'");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** Uploads and processes files in batches, reporting progress and a summary. */
  static final class Runner {
    private final Desk desk;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final boolean json;

    Runner(Desk desk, PrintStream out, PrintStream err, boolean quiet, boolean json) {
      this.desk = desk;
      this.out = out;
      this.err = err;
      this.quiet = quiet;
      this.json = json;
    }

    int run(Map<String, Path> files, Store store, int batch) {
      Progress progress = new Progress(err, files.size(), quiet);
      Summary summary = new Summary();
      List<String> keys = new ArrayList<>(files.keySet());
      for (int from = 0; from < keys.size(); from += batch) {
        List<String> part = keys.subList(from, Math.min(keys.size(), from + batch));
        for (String key : part) {
          try {
            store.put(key, Files.readAllBytes(files.get(key)), contentType(key));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.get(key), e);
          }
        }
        summary.add(desk.process(part));
        progress.advance(part.size());
      }
      progress.done();
      summary.print(out, err, store.describe(), desk.config(), quiet, json);
      return summary.failures() == 0 ? 0 : 1;
    }
  }

  /** Accumulates the reports of several desk runs. */
  static final class Summary {
    private final List<String> accepted = new ArrayList<>();
    private final Map<String, String> problems = new TreeMap<>();
    private final Set<String> created = new java.util.TreeSet<>();
    private final Set<String> updated = new java.util.TreeSet<>();
    private int retries;

    void add(DeskReport report) {
      accepted.addAll(report.accepted());
      report.rejected().forEach(r -> problems.put(r.key(), "rejected (" + r.reason() + "): " + r.detail()));
      report.failed().forEach((k, why) -> problems.put(k, "failed: " + why));
      created.addAll(report.storiesCreated());
      updated.addAll(report.storiesUpdated());
      updated.removeAll(created);
      retries += report.retries();
    }

    int failures() {
      return problems.size();
    }

    void print(PrintStream out, PrintStream err, String where, DeskConfig config, boolean quiet, boolean json) {
      problems.forEach((k, why) -> err.println("newsdesk: " + k + ": " + why));
      if (json) {
        Map<String, Object> doc = new TreeMap<>();
        doc.put("store", where);
        doc.put("accepted", accepted.size());
        doc.put("problems", problems);
        doc.put("storiesCreated", List.copyOf(created));
        doc.put("storiesUpdated", List.copyOf(updated));
        doc.put("retries", retries);
        doc.put("stories", config.publicPrefix() + "stories/");
        out.print(new String(new dev.newsdesk.publish.Json().write(doc), java.nio.charset.StandardCharsets.UTF_8));
      } else if (!quiet) {
        out.printf(Locale.ROOT, "%d accepted, %d rejected or failed; stories: %d created, %d updated%n",
            accepted.size(), problems.size(), created.size(), updated.size());
        out.printf(Locale.ROOT, "stories: %s/%sstories/  index: %s/%sindex.json%n", where, config.publicPrefix(),
            where, config.publicPrefix());
      }
    }
  }
}
