package dev.newsdesk.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

  private static Object one(String json) throws JsonReader.MalformedJsonException {
    List<Object> values = JsonReader.readAll(json);
    assertEquals(1, values.size(), "values in " + json);
    return values.get(0);
  }

  @Test
  void readsEveryKindOfValue() throws Exception {
    Object value = one("{\"s\": \"a\\\"b\\u00e9\\n\", \"n\": -1.5e2, \"t\": true, \"f\": false, \"z\": null,"
        + " \"a\": [1, {\"k\": []}], \"o\": {}}");
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals(List.of("s", "n", "t", "f", "z", "a", "o"), List.copyOf(map.keySet()), "key order is kept");
    assertEquals("a\"bé\n", map.get("s"));
    assertEquals(new BigDecimal("-1.5e2"), map.get("n"));
    assertEquals(Boolean.TRUE, map.get("t"));
    assertEquals(Boolean.FALSE, map.get("f"));
    assertNull(map.get("z"));
    assertEquals(Arrays.asList(new BigDecimal("1"), Map.of("k", List.of())), map.get("a"));
    assertEquals(Map.of(), map.get("o"));
  }

  @Test
  void toleratesWhatPagesDo() throws Exception {
    String json = "<!--\n// a comment\n{\"headline\": \"line one\nline two\", /* note */ \"x\": \"\\q\",\n"
        + " \"list\": [1, 2,],}\n-->";
    Map<?, ?> map = (Map<?, ?>) one(json);
    assertEquals("line one\nline two", map.get("headline"), "raw newline inside a string");
    assertEquals("q", map.get("x"), "unknown escape");
    assertEquals(2, ((List<?>) map.get("list")).size(), "trailing comma");
  }

  @Test
  void readsEscapesAnywhereInAString() throws Exception {
    assertEquals("\\start, caf\u00e9 \u00c9t\u00e9\t\"end\"",
        one("\"\\\\start, caf\\u00e9 \\u00C9t\\u00E9\\t\\\"end\\\"\""));
    assertEquals("", one("\"\""));
    assertEquals("\u00e9", one("\"\\u\uFF10\uFF10e9\""), "hex digits read as Character.digit reads them");
    assertThrows(JsonReader.MalformedJsonException.class, () -> JsonReader.readAll("\"\\u00g9\""));
  }

  @Test
  void readsSeveralTopLevelValues() throws Exception {
    assertEquals(3, JsonReader.readAll("{\"a\": 1} {\"b\": 2};\n[3]").size());
    assertEquals(0, JsonReader.readAll("  ").size());
  }

  @Test
  void keepsTheFirstOfRepeatedKeys() throws Exception {
    assertEquals(new BigDecimal("1"), ((Map<?, ?>) one("{\"a\": 1, \"a\": 2}")).get("a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{", "[1, 2", "{\"a\" 1}", "{\"a\": }", "{a: 1}", "\"unterminated", "[1 2]", "tru", "{\"a\": 1 \"b\": 2}",
    "[\"\\u12\"]", "-", "@"
  })
  void rejectsWhatIsNotJson(String json) {
    assertThrows(JsonReader.MalformedJsonException.class, () -> JsonReader.readAll(json));
  }

  @Test
  void boundsNestingInsteadOfOverflowingTheStack() throws Exception {
    int ok = JsonReader.MAX_DEPTH;
    assertEquals(1, JsonReader.readAll("[".repeat(ok) + "]".repeat(ok)).size());
    assertThrows(JsonReader.MalformedJsonException.class,
        () -> JsonReader.readAll("[".repeat(ok + 1) + "]".repeat(ok + 1)));
    assertThrows(JsonReader.MalformedJsonException.class,
        () -> JsonReader.readAll("{\"a\":".repeat(1_000_000)));
  }
}
