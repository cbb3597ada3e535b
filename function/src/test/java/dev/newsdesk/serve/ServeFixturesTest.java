package dev.newsdesk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The fixtures the site is tested with are documents the desk could publish: each validates against
 * its JSON Schema, and they hold what the browser tests rely on (the seeds' disagreement, the XSS
 * payloads, a moved story).
 */
class ServeFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String name) throws IOException {
    try (InputStream in = ServeFixturesTest.class.getResourceAsStream("/schema/" + name)) {
      assertNotNull(in, "schema " + name + " on the class path");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  private static void assertValid(JsonSchema schema, JsonNode doc, String what) {
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), () -> what + " does not validate: " + errors);
  }

  @Test
  void everyStoryAndMovedDocumentValidatesAndIsNamedByItsId() throws IOException {
    JsonSchema story = schema("story.schema.json");
    JsonSchema moved = schema("moved.schema.json");
    for (Path file : ServeFixtures.storyFiles()) {
      JsonNode doc = read(file);
      String kind = doc.path("schema").asText();
      assertValid(kind.equals("newsdesk.moved/1") ? moved : story, doc, file.getFileName().toString());
      assertEquals(doc.path("id").asText() + ".json", file.getFileName().toString());
    }
  }

  @Test
  void indexValidatesAndAgreesWithTheStories() throws IOException {
    Path folder = ServeFixtures.publicFolder();
    JsonNode index = read(folder.resolve("index.json"));
    assertValid(schema("index.schema.json"), index, "index.json");
    for (JsonNode card : index.path("stories")) {
      JsonNode story = read(folder.resolve(card.path("url").asText()));
      String id = card.path("id").asText();
      assertEquals("newsdesk.story/1", story.path("schema").asText(), id);
      assertEquals(story.path("headline").path("text").asText(), card.path("headline").asText(), id);
      assertEquals(story.path("summary").path(0).path("text").asText(), card.path("lede").asText(), id);
      assertEquals(story.path("status").asText(), card.path("status").asText(), id);
      assertEquals(story.path("sources").size(), card.path("sources").asInt(), id);
      assertEquals(story.path("independentSources").asInt(), card.path("independentSources").asInt(), id);
      assertEquals(story.path("version").asInt(), card.path("version").asInt(), id);
      assertEquals(story.path("updated").asText(), card.path("updated").asText(), id);
    }
  }

  @Test
  void storiesKeepTheDesksInvariants() throws IOException {
    for (Path file : ServeFixtures.storyFiles()) {
      JsonNode doc = read(file);
      if (!doc.path("schema").asText().equals("newsdesk.story/1")) {
        continue;
      }
      String id = doc.path("id").asText();
      Set<Integer> numbers = new HashSet<>();
      int independent = 0;
      for (JsonNode source : doc.path("sources")) {
        numbers.add(source.path("n").asInt());
        boolean copy = !source.path("copyOf").isNull();
        assertFalse(copy && source.path("independent").asBoolean(), id + ": a copy is never independent");
        independent += source.path("independent").asBoolean() ? 1 : 0;
      }
      assertEquals(independent, doc.path("independentSources").asInt(), id + ": independent count");
      String status = independent >= 3 ? "confirmed" : independent == 2 ? "developing" : "single-source";
      assertEquals(status, doc.path("status").asText(), id + ": status follows the independent count");
      for (JsonNode cite : doc.findValues("cite")) {
        for (JsonNode n : cite) {
          assertTrue(numbers.contains(n.asInt()), id + ": cite " + n + " names a listed source");
        }
      }
      assertTrue(numbers.contains(doc.path("headline").path("source").asInt()), id + ": headline source");
    }
  }

  @Test
  void fixturesHoldWhatTheBrowserTestsNeed() throws IOException {
    Path stories = ServeFixtures.publicFolder().resolve("stories");
    JsonNode seedB = read(stories.resolve(ServeFixtures.SEED_B + ".json"));
    assertTrue(StreamSupport.stream(seedB.path("sources").spliterator(), false)
        .anyMatch(s -> s.path("key").asText().equals("articles/004_29615b52c5e91245.txt")), "seed B holds 004");
    assertTrue(seedB.path("disagreements").size() > 0, "seed B shows a disagreement");

    String xss = Files.readString(stories.resolve(ServeFixtures.XSS + ".json"));
    for (String payload : List.of("<script>window.__pwned=1</script>", "<img src=x onerror=\\\"window.__pwned=1\\\">",
        "\"url\": \"javascript:window.__pwned=1\"")) {
      assertTrue(xss.contains(payload), "the XSS fixture carries " + payload);
    }
    JsonNode moved = read(stories.resolve(ServeFixtures.MOVED + ".json"));
    assertEquals(ServeFixtures.SEED_B, moved.path("movedTo").asText());
  }

  @Test
  void feedIsWellFormedAtom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document feed = factory.newDocumentBuilder().parse(ServeFixtures.publicFolder().resolve("feed.xml").toFile());
    assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
    assertEquals(4, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
  }
}
