package dev.newsdesk.cli;

import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.model.WordList;
import dev.newsdesk.store.local.LocalStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code newsdesk demo}: the bundled sample articles through the whole desk, in a local folder. */
final class DemoCommand {
  static final String HELP = """
      usage: newsdesk demo [--root DIR] [--now INSTANT] [--quiet] [--json]

      Ingests the sample articles bundled in the jar (five reports of two US strikes in Baghdad;
      see samples/seeds/README.md) into a local desk folder (default: ./newsdesk-demo) and prints
      where the story JSON is.
      """;
  static final String DEFAULT_ROOT = "newsdesk-demo";

  private final PrintStream out;
  private final PrintStream err;

  DemoCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of("root", "now"), Set.of("quiet", "json", "help"));
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    if (!args.operands().isEmpty()) {
      throw new UsageException("demo takes no files; use 'newsdesk ingest' for your own");
    }
    Path root = Path.of(args.option("root", DEFAULT_ROOT));
    LocalStore store = new LocalStore(root);
    DeskConfig config = DeskConfig.DEFAULTS;
    Map<String, byte[]> samples = samples(config.articlesPrefix());
    samples.forEach((key, bytes) -> store.put(key, bytes, IngestCommand.contentType(key)));
    Desk desk = new Desk(store, config, StoreOptions.clock(args));
    IngestCommand.Summary summary = new IngestCommand.Summary();
    summary.add(desk.process(List.copyOf(samples.keySet())));
    summary.print(out, err, store.describe(), config, args.flag("quiet"), args.flag("json"));
    if (!args.flag("quiet") && !args.flag("json")) {
      out.printf(Locale.ROOT, "read the stories: newsdesk serve --root %s   then open http://127.0.0.1:%d/%n",
          root, ServeCommand.DEFAULT_PORT);
    }
    return summary.failures() == 0 ? 0 : 1;
  }

  /** The bundled samples, listed in {@code /samples/index.txt}, by input key. */
  static Map<String, byte[]> samples(String prefix) {
    Map<String, byte[]> samples = new LinkedHashMap<>();
    for (String name : WordList.load("/samples/index.txt").entries()) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name)) {
        if (in == null) {
          throw new IllegalStateException("sample listed but missing from the jar: " + name);
        }
        samples.put(prefix + name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sample " + name, e);
      }
    }
    return samples;
  }
}
