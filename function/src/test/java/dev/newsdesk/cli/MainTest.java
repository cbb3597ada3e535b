package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.desk.Desk;
import dev.newsdesk.desk.DeskConfig;
import dev.newsdesk.desk.StoryChecks;
import dev.newsdesk.eval.DeskBench;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.local.LocalStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("ingest", "demo", "status", "serve", "eval", "bench")) {
      Run r = run(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().startsWith("usage: newsdesk " + command), command + ": " + r.out());
    }
    Run top = run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("ingest") && top.out().contains("demo"));
  }

  @Test
  void badUsageExitsWithTwoAndNamesTheProblem() {
    assertEquals(2, run().code());
    Run unknown = run("publish");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown command 'publish'"), unknown.err());
    Run option = run("ingest", "x.txt", "--rot", "d");
    assertEquals(2, option.code());
    assertTrue(option.err().contains("unknown option --rot"), option.err());
    Run missing = run("ingest", tmp.resolve("nope.txt").toString(), "--root", tmp.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.txt: no such file or folder"), missing.err());
    Run clock = run("ingest", tmp.toString(), "--root", tmp.resolve("d").toString(), "--now", "yesterday");
    assertEquals(2, clock.code());
    assertTrue(clock.err().contains("'yesterday'"), clock.err());
  }

  @Test
  void demoPublishesTwoStoriesFromTheBundledSamples() {
    Path root = tmp.resolve("demo");
    Run r = run("demo", "--root", root.toString(), "--now", "2024-02-08T00:00:00Z");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("5 accepted"), r.out());
    Map<String, JsonNode> stories = StoryChecks.checkAll(new LocalStore(root), DeskConfig.DEFAULTS);
    assertEquals(2, stories.size());
  }

  @Test
  void ingestTakesFoldersAndReportsRejectionsWithExitOne() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Path demo = tmp.resolve("samples");
    run("demo", "--root", demo.toString());
    for (String name : new LocalStore(demo).list("articles/")) {
      Files.copy(demo.resolve(name), in.resolve(Path.of(name).getFileName()));
    }
    Files.write(tmp.resolve("in/empty.txt"), new byte[0]);
    Files.writeString(tmp.resolve("in/.hidden"), "ignored");
    Path root = tmp.resolve("desk");

    Run r = run("ingest", tmp.resolve("in").toString(), "--root", root.toString(), "--json");

    assertEquals(1, r.code(), "a rejected file makes exit code 1");
    assertTrue(r.err().contains("articles/empty.txt: rejected (empty)"), r.err());
    JsonNode summary = StoryChecks.json(r.out().getBytes(StandardCharsets.UTF_8));
    assertEquals(5, summary.get("accepted").asInt());
    assertEquals(2, summary.get("storiesCreated").size());
    assertTrue(Files.exists(root.resolve("articles/sub/004_29615b52c5e91245.txt")), "folder paths become keys");

    Run status = run("status", "--root", root.toString(), "--json");
    assertEquals(0, status.code());
    JsonNode s = StoryChecks.json(status.out().getBytes(StandardCharsets.UTF_8));
    assertEquals(5, s.get("articles").asInt());
    assertEquals(1, s.get("rejections").size());
    List<String> ids = new ArrayList<>();
    s.get("stories").forEach(x -> ids.add(x.get("id").asText()));
    assertEquals(2, ids.size());
  }

  @Test
  void statusCountsWhatTheArchiveHolds() throws Exception {
    Path root = tmp.resolve("archived");
    Store store = new LocalStore(root);
    Map<String, byte[]> articles = DeskBench.syntheticArticles(0, 200);
    articles.forEach((k, v) -> store.put(k, v, "text/plain"));
    List<String> keys = new ArrayList<>(articles.keySet());
    Desk desk = new Desk(store, DeskConfig.DEFAULTS.withKeepClosed(0).withSweepTake(0),
        Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
    for (int from = 0; from < keys.size(); from += 50) {
      desk.process(keys.subList(from, from + 50)); // stories close as later dates arrive
    }

    JsonNode s = StoryChecks.json(run("status", "--root", root.toString(), "--json").out()
        .getBytes(StandardCharsets.UTF_8));
    int archived = s.get("archivedArticles").asInt();
    assertTrue(s.get("archivedStories").asInt() > 0, s.toString());
    assertEquals(200, s.get("articles").asInt() + archived, "every article is counted once");
    assertEquals(archived, store.list("desk/archive/articles/").size());
    Run text = run("status", "--root", root.toString());
    assertTrue(text.out().contains("; " + s.get("archivedStories").asInt() + " older stories (" + archived
        + " articles) archived"), text.out());
  }

  @Test
  void evalClusteringWritesAssignmentsAndScores() throws Exception {
    Path stream = tmp.resolve("stream.jsonl");
    Files.writeString(stream, String.join("\n",
        "{\"id\":\"a\",\"time\":\"2024-01-01T00:00:00Z\",\"title\":\"Harbour fire destroys warehouse in Portvale\",\"text\":\"\",\"label\":\"x\"}",
        "{\"id\":\"b\",\"time\":\"2024-01-01T00:00:00Z\",\"title\":\"Portvale harbour warehouse destroyed by fire\",\"text\":\"\",\"label\":\"x\"}",
        "{\"id\":\"c\",\"time\":\"2024-01-01T00:00:00Z\",\"title\":\"Central bank raises interest rates again\",\"text\":\"\",\"label\":\"y\"}"),
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.jsonl");

    Run r = run("eval", "clustering", "--stream", stream.toString(), "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("pairwise P=100.00 R=100.00 F1=100.00"), r.out());
    assertEquals(3, Files.readAllLines(out).size());
  }
}
