package dev.newsdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsdesk.model.Hashes;
import dev.newsdesk.store.Store;
import dev.newsdesk.store.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants every story the suite produces must keep (DESIGN.md, "Invariants"), checked on the
 * documents as published in a store:
 * <ol>
 *   <li>the story and index documents validate against their JSON Schemas;
 *   <li>every sentence, the headline, every quote, fact and timeline entry stands verbatim
 *       (whitespace-normalised) in a cited source, as the desk extracted it;
 *   <li>every cite resolves to a listed source; a copy is never independent; the counts agree.
 * </ol>
 */
public final class StoryChecks {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema STORY = schema("/schema/story.schema.json");
  private static final JsonSchema INDEX = schema("/schema/index.schema.json");
  private static final JsonSchema MOVED = schema("/schema/moved.schema.json");

  private StoryChecks() {}

  private static JsonSchema schema(String resource) {
    try (InputStream in = StoryChecks.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Store store, String key) {
    StoredObject o = store.get(key).orElseThrow(() -> new AssertionError("missing " + key));
    return json(o.bytes());
  }

  static void valid(JsonSchema schema, JsonNode doc, String what) {
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), what + " does not match its schema: " + errors);
  }

  /** The public index and every live story in it, checked; returns the stories by id. */
  public static Map<String, JsonNode> checkAll(Store store, DeskConfig config) {
    JsonNode index = read(store, config.publicPrefix() + "index.json");
    valid(INDEX, index, "index.json");
    Map<String, JsonNode> stories = new HashMap<>();
    for (JsonNode card : index.get("stories")) {
      String id = card.get("id").asText();
      JsonNode story = read(store, config.publicPrefix() + card.get("url").asText());
      check(store, config, story);
      assertEquals(card.get("version").asInt(), story.get("version").asInt(), id + " version in index");
      assertEquals(card.get("headline").asText(), story.at("/headline/text").asText(), id + " headline in index");
      stories.put(id, story);
    }
    for (String key : store.list(config.publicPrefix() + "stories/")) {
      JsonNode doc = read(store, key);
      if (doc.get("schema").asText().equals("newsdesk.moved/1")) {
        valid(MOVED, doc, key);
      } else if (!stories.containsKey(doc.get("id").asText())) {
        // Not listed: then it must be a story the desk archived, every article of it in the archive.
        for (JsonNode input : doc.at("/provenance/inputs")) {
          String entry = config.deskPrefix() + "archive/articles/" + Hashes.hex(input.asText()) + ".json";
          assertEquals(doc.get("id").asText(), read(store, entry).get("story").asText(),
              key + " is a live story missing from the index, and " + entry + " does not archive it");
        }
        check(store, config, doc);
      }
    }
    return stories;
  }

  /** One story document, checked against the schema and its sources. */
  public static void check(Store store, DeskConfig config, JsonNode story) {
    String id = story.get("id").asText();
    valid(STORY, story, id);
    Map<Integer, String> text = new HashMap<>();
    Set<Integer> copies = new HashSet<>();
    int independent = 0;
    for (JsonNode source : story.get("sources")) {
      int n = source.get("n").asInt();
      String hash = source.get("hash").asText();
      JsonNode article = read(store, config.deskPrefix() + "articles/" + hash.substring(7) + ".json");
      StringBuilder all = new StringBuilder(article.get("title").asText()).append('\n');
      article.get("paragraphs").forEach(p -> all.append(p.asText()).append('\n'));
      text.put(n, normalize(all.toString()));
      if (source.get("copyOf").isNull()) {
        assertTrue(source.get("independent").asBoolean(), id + ": source " + n + " is no copy but not independent");
        independent++;
      } else {
        assertFalse(source.get("independent").asBoolean(), id + ": copy " + n + " counted as independent");
        copies.add(n);
      }
    }
    assertEquals(independent, story.get("independentSources").asInt(), id + " independentSources");
    String expectedStatus = independent <= 1 ? "single-source" : independent == 2 ? "developing" : "confirmed";
    assertEquals(expectedStatus, story.get("status").asText(), id + " status");

    JsonNode headline = story.get("headline");
    standsIn(id, "headline", headline.get("text").asText(), List.of(headline.get("source").asInt()), text);
    for (JsonNode s : story.get("summary")) {
      standsIn(id, "summary", s.get("text").asText(), cites(s), text);
    }
    for (JsonNode section : story.get("body")) {
      for (JsonNode s : section.get("sentences")) {
        standsIn(id, "body", s.get("text").asText(), cites(s), text);
      }
    }
    for (JsonNode q : story.get("quotes")) {
      standsIn(id, "quote", q.get("text").asText(), cites(q), text);
      if (!q.get("speaker").isNull()) {
        standsIn(id, "speaker", q.get("speaker").asText(), cites(q), text);
      }
    }
    for (JsonNode f : story.get("facts")) {
      standsIn(id, "fact", f.get("words").asText(), cites(f), text);
    }
    for (JsonNode t : story.get("timeline")) {
      standsIn(id, "timeline", t.get("text").asText(), cites(t), text);
    }
    for (JsonNode d : story.get("disagreements")) {
      for (JsonNode c : d.get("claims")) {
        standsIn(id, "disagreement", c.get("words").asText(), cites(c), text);
      }
    }
  }

  private static List<Integer> cites(JsonNode node) {
    List<Integer> cites = new ArrayList<>();
    node.get("cite").forEach(c -> cites.add(c.asInt()));
    assertFalse(cites.isEmpty(), "empty cite on " + node);
    return cites;
  }

  /** Every cited source must resolve, and at least one must carry the words verbatim. */
  private static void standsIn(String id, String what, String words, List<Integer> cite, Map<Integer, String> text) {
    String needle = normalize(words);
    for (int n : cite) {
      if (!text.containsKey(n)) {
        fail(id + ": " + what + " cites source " + n + ", which is not listed");
      }
    }
    for (int n : cite) {
      if (text.get(n).contains(needle)) {
        return;
      }
    }
    fail(id + ": " + what + " does not stand verbatim in cited sources " + cite + ": \"" + words + "\"");
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
