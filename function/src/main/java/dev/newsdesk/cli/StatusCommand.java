package dev.newsdesk.cli;

import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.model.DeskState;
import dev.newsdesk.publish.Json;
import dev.newsdesk.store.Store;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code newsdesk status}: what a desk holds — stories, articles, rejections. */
final class StatusCommand {
  static final String HELP = """
      usage: newsdesk status (--root DIR | --store s3://bucket[/prefix]) [--json]

      Shows the desk's stories (newest first), its article count, every rejected input with the
      reason, and how many older closed stories and articles moved to the archive.

      options:
      """ + StoreOptions.HELP + """
        --json            print as JSON
        --help            show this help
      """;

  private final PrintStream out;

  StatusCommand(PrintStream out, PrintStream err) {
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, StoreOptions.VALUE_OPTIONS, Set.of("json", "help"));
    if (args.flag("help")) {
      out.print(HELP);
      return 0;
    }
    Store store = StoreOptions.open(args, null);
    DeskConfig config = DeskConfig.DEFAULTS;
    Json json = new Json();
    String key = config.deskPrefix() + "index.json";
    DeskState state = store.get(key).map(o -> json.read(o.bytes(), DeskState.class, key)).orElse(DeskState.EMPTY);
    List<Map<String, Object>> stories = new ArrayList<>();
    state.stories().values().stream().filter(s -> s.movedTo() == null && s.card() != null).forEach(s -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", s.id());
      row.put("status", s.card().status());
      row.put("sources", s.card().sources());
      row.put("independentSources", s.card().independentSources());
      row.put("version", s.version());
      row.put("headline", s.card().headline());
      stories.add(row);
    });
    if (args.flag("json")) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("store", store.describe());
      doc.put("generation", state.generation());
      doc.put("articles", state.articles().size());
      doc.put("archivedStories", state.archivedStories());
      doc.put("archivedArticles", state.archivedArticles());
      doc.put("stories", stories);
      doc.put("rejections", state.rejections().values());
      out.print(new String(json.write(doc), StandardCharsets.UTF_8));
      return 0;
    }
    out.printf(Locale.ROOT, "%s: %d stories, %d articles, %d rejected%s%n", store.describe(), stories.size(),
        state.articles().size(), state.rejections().size(), state.archivedStories() == 0 ? ""
            : String.format(Locale.ROOT, "; %d older stories (%d articles) archived", state.archivedStories(),
                state.archivedArticles()));
    for (Map<String, Object> s : stories) {
      out.printf(Locale.ROOT, "  %s  %-13s %s/%s sources  v%s  %s%n", s.get("id"), s.get("status"),
          s.get("independentSources"), s.get("sources"), s.get("version"), s.get("headline"));
    }
    state.rejections().values().forEach(r -> out.printf(Locale.ROOT, "  rejected %s (%s): %s%n", r.key(),
        r.reason(), r.detail()));
    return 0;
  }
}
