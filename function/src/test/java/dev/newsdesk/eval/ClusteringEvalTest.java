package dev.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.analyze.AnalyzeConfig;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.publish.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clustering evaluation's handling of documents the desk would not have taken as articles. */
class ClusteringEvalTest {
  private static final String ARCHIVE_NOTICE = "Starting in 1996, Alexa Internet has been donating their crawl data "
      + "to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an "
      + "embargo period.";
  private static final String FLOOD = "Floods closed the Tarrow valley road on Monday after a night of heavy rain, "
      + "and the Kelmouth council said the road would reopen on Friday.\n\nResidents of Tarrow were told to stay "
      + "indoors while engineers from Kelmouth inspected the bridge.";
  private static final String STRIKE = "Dock workers at the port of Ardley walked out on Monday over pay, halting "
      + "container traffic, the Ardley Dockers Union said.\n\nThe union said the strike at Ardley would last a week "
      + "unless the port operator raised its offer.";

  @TempDir
  Path dir;

  @Test
  void identicalArchiveNoticesStandAloneWhileTheEventsAroundThemCluster() throws IOException {
    Json json = new Json();
    List<String> lines = new ArrayList<>();
    lines.add(line(json, "f1", "flood", FLOOD));
    lines.add(line(json, "n1", "flood", ARCHIVE_NOTICE));
    lines.add(line(json, "s1", "strike", STRIKE));
    lines.add(line(json, "n2", "strike", ARCHIVE_NOTICE));
    lines.add(line(json, "f2", "flood", FLOOD.replace("Monday", "Monday morning")));
    lines.add(line(json, "s2", "strike", STRIKE.replace("a week", "seven days")));
    Path stream = dir.resolve("stream.jsonl");
    Files.writeString(stream, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

    ClusteringEval eval = new ClusteringEval(new Analyzer(AnalyzeConfig.DEFAULTS), ClusterConfig.DEFAULTS, json);
    ClusteringEval.Result result = eval.run(eval.read(stream));
    Map<String, String> a = result.assignments();

    assertEquals(2, result.chrome());
    assertEquals(List.of("f1", "n1", "s1", "n2", "f2", "s2"), List.copyOf(a.keySet()), "every document, in order");
    assertNotEquals(a.get("n1"), a.get("n2"), "two copies of one notice are not one story");
    for (String article : List.of("f1", "s1", "f2", "s2")) {
      assertNotEquals(a.get(article), a.get("n1"));
      assertNotEquals(a.get(article), a.get("n2"));
    }
    assertEquals(a.get("f1"), a.get("f2"));
    assertEquals(a.get("s1"), a.get("s2"));
    assertNotEquals(a.get("f1"), a.get("s1"));
  }

  private static String line(Json json, String id, String label, String text) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("time", "2024-05-06T10:00:00Z");
    doc.put("title", "");
    doc.put("text", text);
    doc.put("label", label);
    return json.compact(doc);
  }
}
