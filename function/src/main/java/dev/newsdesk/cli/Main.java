package dev.newsdesk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code newsdesk <command> [options]}: the entry point of the jar.
 *
 * <pre>
 * java -jar newsdesk.jar ingest articles/ --root desk-data
 * java -jar newsdesk.jar demo
 * java -jar newsdesk.jar status --root desk-data
 * </pre>
 */
public final class Main {
  static final String USAGE = """
      usage: newsdesk <command> [options]

      commands:
        ingest   store article files under articles/ and run the desk on them
        demo     run the desk on the bundled sample articles in a local folder
        status   show stories, articles and rejections of a desk
        serve    serve the reader site and the stories on 127.0.0.1
        eval     measure a stage on a development corpus (extraction, clustering, summaries)
        bench    speed and memory figures (extraction, clustering, summaries, desk)

      Run 'newsdesk <command> --help' for a command's options.
      """;

  private Main() {}

  public static void main(String[] args) {
    int code = run(Arrays.asList(args), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Runs a command; returns the exit code (0 ok, 1 failed items, 2 bad usage). */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      (args.isEmpty() ? err : out).print(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (command) {
        case "ingest" -> new IngestCommand(out, err).run(rest);
        case "demo" -> new DemoCommand(out, err).run(rest);
        case "status" -> new StatusCommand(out, err).run(rest);
        case "serve" -> new ServeCommand(out).run(rest);
        case "eval" -> new EvalCommand(out).run(rest);
        case "bench" -> new BenchCommand(out).run(rest);
        default -> throw new UsageException("unknown command '" + command + "'");
      };
    } catch (UsageException e) {
      err.println("newsdesk: " + e.getMessage());
      err.println("Run 'newsdesk --help' for usage.");
      return 2;
    } catch (RuntimeException e) {
      err.println("newsdesk " + command + ": " + e.getMessage());
      return 1;
    }
  }
}
