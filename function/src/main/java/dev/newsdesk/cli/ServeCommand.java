package dev.newsdesk.cli;

import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.serve.SiteServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code newsdesk serve --root DIR [--port N]}: the reader site and the desk's public JSON on 127.0.0.1. */
final class ServeCommand {
  static final String HELP = """
      usage: newsdesk serve --root DIR [--port N]

      Serves the reader site (bundled in the jar) together with DIR/public/ (index.json, stories/,
      feed.xml) on http://127.0.0.1:N/ until interrupted. Default port 8080; 0 picks a free one.
      """;

  static final int DEFAULT_PORT = 8080;

  private final PrintStream out;

  ServeCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of("root", "port"), Set.of("help"));
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    String root = args.option("root");
    if (root == null) {
      throw new UsageException("--root DIR is required");
    }
    int port = port(args.option("port", Integer.toString(DEFAULT_PORT)));
    Path publicDir = Path.of(root).resolve(DeskConfig.DEFAULTS.publicPrefix());
    try {
      SiteServer server = SiteServer.serve(publicDir, port);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      out.println("serving " + publicDir.toAbsolutePath().normalize() + " at " + server.url());
      out.flush();
      server.join();
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve on port " + port, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be 0..65535, was '" + value + "'");
  }
}
